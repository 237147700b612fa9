package org.goveval.monitor.content.marks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.goveval.monitor.content.CitablePage;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.jspecify.annotations.Nullable;

/**
 * Identification marks (标识) on the home page: 网站标识码, ICP 备案号, 公安机关备案号, the 党政机关网站标识
 * and 主办单位 (《政府网站发展指引》 requires each in the footer). Each is reported as found, null where
 * absent; an absent mark, a malformed one, and a site code that differs from the code of the 我为政府网站找错
 * badge are findings, with the home page as evidence.
 */
public final class MarksCheck implements SiteCheck {
    static final String CHECK = "marks";

    private record Home(int depth, CitablePage page, MarksReading reading) {}

    private final EvidenceStore store;
    private final AtomicReference<@Nullable Home> home = new AtomicReference<>();

    /** @param store where the home page's copy goes, as it is seen (a finding of this check cites it) */
    public MarksCheck(EvidenceStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public String name() {
        return CHECK;
    }

    @Override
    public PageObserver observer() {
        return page -> {
            if (page.role() == CrawledPage.Role.CRAWLED
                    && page.homepage()
                    && Optional.ofNullable(home.get())
                            .map(h -> page.depth() < h.depth())
                            .orElse(true)) {
                Home read = new Home(page.depth(), store.citable(page), MarksReader.read(page.document()));
                home.accumulateAndGet(read, (old, now) -> old == null || now.depth() < old.depth() ? now : old);
            }
        };
    }

    @Override
    public void finish(SiteContext context, ContentResults results) {
        Home page = home.get();
        if (page == null) {
            return; // the home page was not read: the link check reports why
        }
        MarksReading reading = page.reading();
        results.setMarks(reading.marks());
        results.addFindings(findings(reading, page.page()::cite));
    }

    private interface Cite {
        Evidence of(String snippet);
    }

    private static List<Finding> findings(MarksReading marks, Cite cite) {
        List<Finding> findings = new ArrayList<>();
        String footer = marks.footer().isBlank() ? "（页面无文字）" : marks.footer();
        String code = marks.siteCode();
        if (code == null) {
            String badge = marks.errorReportCodes().isEmpty()
                    ? ""
                    : "（找错标识中的标识码为 " + String.join("、", marks.errorReportCodes()) + "）";
            findings.add(missing("SITE_CODE_MISSING", "页面底部未标注网站标识码" + badge + "。", cite.of(footer)));
        } else {
            if (!MarksRules.siteCode(code)) {
                findings.add(error(
                        "SITE_CODE_MALFORMED",
                        "网站标识码“" + code + "”格式不正确：应为 10 位数字（地方）或 bm 加 8 位数字（部门）。",
                        cite.of("网站标识码：" + code)));
            }
            for (String other : marks.errorReportCodes()) {
                if (!other.equals(code)) {
                    findings.add(error(
                            "SITE_CODE_MISMATCH",
                            "页面标注的网站标识码“" + code + "”与“我为政府网站找错”标识中的“" + other + "”不一致。",
                            cite.of("网站标识码：" + code + "；找错标识：" + other)));
                }
            }
        }
        String icp = marks.icp();
        if (icp == null) {
            findings.add(missing("ICP_MISSING", "页面底部未标注 ICP 备案号。", cite.of(footer)));
        } else if (!MarksRules.icp(icp)) {
            findings.add(error("ICP_MALFORMED", "ICP 备案号“" + icp + "”格式不正确。", cite.of(icp)));
        }
        String record = marks.publicSecurityRecord();
        if (record == null) {
            findings.add(missing("PUBLIC_SECURITY_RECORD_MISSING", "页面底部未标注公安机关备案号。", cite.of(footer)));
        } else if (!MarksRules.publicSecurityRecord(record)) {
            findings.add(error("PUBLIC_SECURITY_RECORD_MALFORMED", "公安机关备案号“" + record + "”格式不正确。", cite.of(record)));
        }
        if (marks.conacBadge() == null) {
            findings.add(missing("CONAC_BADGE_MISSING", "首页未见党政机关网站标识（开办者标识）。", cite.of(footer)));
        }
        if (marks.sponsor() == null) {
            findings.add(missing("SPONSOR_MISSING", "页面底部未标注主办单位。", cite.of(footer)));
        }
        return findings;
    }

    private static Finding missing(String code, String message, Evidence evidence) {
        return error(code, message, evidence);
    }

    private static Finding error(String code, String message, Evidence evidence) {
        return new Finding(CHECK, code, Finding.Severity.ERROR, message, List.of(evidence));
    }
}
