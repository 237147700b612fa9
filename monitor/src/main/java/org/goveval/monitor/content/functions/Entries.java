package org.goveval.monitor.content.functions;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Judges the links that enter a function (interaction, privacy statement, site map, accessibility) by the
 * crawl's verdicts on their targets: present when one target works; absent when there is none or every one
 * is broken; not known when none was judged or the only entries are scripts.
 */
final class Entries {
    private final SiteContext context;
    private final FunctionsObserver observer;
    private final Cited cited;
    private final Set<String> crawled;
    private final boolean wholeSite;

    /**
     * @param wholeSite the crawl was seen from the home page on; false for a resumed scan whose earlier pages
     *     this run did not see, where an absent entry proves nothing
     */
    Entries(SiteContext context, FunctionsObserver observer, Cited cited, boolean wholeSite) {
        this.wholeSite = wholeSite;
        this.context = context;
        this.observer = observer;
        this.cited = cited;
        this.crawled = new HashSet<>(context.facts().crawledPages());
    }

    @Nullable
    Boolean judge(EntryKind kind, Evidence home, List<Finding> findings) {
        List<FunctionsObserver.Entry> entries = observer.entries(kind);
        List<FunctionsObserver.Entry> links =
                entries.stream().filter(e -> e.url().isPresent()).toList();
        if (links.stream().anyMatch(this::works)) {
            return true;
        }
        List<FunctionsObserver.Entry> broken =
                links.stream().filter(this::broken).toList();
        if (!broken.isEmpty() && broken.size() == links.size()) {
            FunctionsObserver.Entry first = broken.getFirst();
            String url = first.url().orElseThrow();
            String status = context.facts()
                    .verdict(url)
                    .flatMap(LinkCheck::status)
                    .map(s -> "HTTP " + s)
                    .orElse("无法访问");
            findings.add(new Finding(
                    FunctionsCheck.NAME,
                    code(kind) + "_BROKEN",
                    kind == EntryKind.SITE_MAP ? Finding.Severity.WARNING : Finding.Severity.ERROR,
                    "“" + first.text() + "”入口链接失效（" + status + "）：" + url,
                    List.of(cited.page(first.page(), first.text() + " → " + url))));
            return false;
        }
        if (links.isEmpty() && !entries.isEmpty()) {
            FunctionsObserver.Entry first = entries.getFirst();
            findings.add(new Finding(
                    FunctionsCheck.NAME,
                    code(kind) + "_UNVERIFIED",
                    Finding.Severity.NEEDS_REVIEW,
                    "“" + first.text() + "”入口由脚本实现，无法自动检验是否可用，需人工核实。",
                    List.of(cited.page(first.page(), first.text()))));
            return null;
        }
        if (entries.isEmpty() && wholeSite) {
            findings.add(new Finding(
                    FunctionsCheck.NAME, code(kind) + "_MISSING", severity(kind), missing(kind), List.of(home)));
            return false;
        }
        return null; // linked, but no target was judged (the crawl stopped first)
    }

    private boolean works(FunctionsObserver.Entry entry) {
        String url = entry.url().orElseThrow();
        Optional<LinkCheck> check = context.facts().verdict(url);
        return check.map(c -> c.verdict() == Verdict.OK).orElseGet(() -> crawled.contains(url));
    }

    private boolean broken(FunctionsObserver.Entry entry) {
        return context.facts()
                .verdict(entry.url().orElseThrow())
                .map(c -> c.verdict() == Verdict.BROKEN)
                .orElse(false);
    }

    private static String code(EntryKind kind) {
        return switch (kind) {
            case INTERACTION -> "INTERACTION";
            case PRIVACY -> "PRIVACY_STATEMENT";
            case SITE_MAP -> "SITE_MAP";
            case ACCESSIBILITY -> "ACCESSIBILITY_ENTRY";
        };
    }

    private static Finding.Severity severity(EntryKind kind) {
        return switch (kind) {
            case INTERACTION, PRIVACY -> Finding.Severity.ERROR;
            case SITE_MAP, ACCESSIBILITY -> Finding.Severity.WARNING;
        };
    }

    private static String missing(EntryKind kind) {
        return switch (kind) {
            case INTERACTION -> "网站未提供留言、咨询或信箱等互动渠道。";
            case PRIVACY -> "网站未提供隐私声明。";
            case SITE_MAP -> "网站未提供网站地图。";
            case ACCESSIBILITY -> "网站未提供无障碍或长者模式入口。";
        };
    }
}
