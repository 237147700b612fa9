package org.goveval.monitor.content.functions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;

/**
 * The site's functions (issue point 5): site search, interaction channel and public messages, service guides,
 * downloads, privacy statement, site map and basic accessibility. See docs/content-checks.md (functions) for
 * the rules and their sources.
 */
public final class FunctionsCheck implements SiteCheck {
    static final String NAME = "functions";
    /** Message dates are Beijing dates: a list is judged on the date it was seen in China Standard Time. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FunctionsObserver observer;

    /**
     * @param limits the caps on what the check keeps while the crawl runs
     * @param store where the copies of pages a finding may cite go, as they are seen
     */
    public FunctionsCheck(ContentLimits limits, EvidenceStore store) {
        this.observer =
                new FunctionsObserver(Objects.requireNonNull(limits, "limits"), Objects.requireNonNull(store, "store"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PageObserver observer() {
        return observer;
    }

    @Override
    public void finish(SiteContext context, ContentResults results) {
        List<Finding> findings = new ArrayList<>();
        Cited cited = new Cited(context, observer);
        Optional<FunctionsObserver.Home> home = observer.home();
        Evidence homeEvidence = home.map(h -> h.page().cite("首页"))
                .orElseGet(() -> new Evidence(
                        context.site().toString(), context.clock().instant().toString(), null, "首页", null));
        SearchProbe.Outcome search = new SearchProbe.Outcome(null, null, null, null);
        if (home.isPresent()) {
            SearchProbe probe = new SearchProbe(context);
            search = probe.run(home.get().search(), homeEvidence);
            findings.addAll(probe.findings());
        }
        Entries entries = new Entries(context, observer, cited, home.isPresent());
        Boolean interaction = entries.judge(EntryKind.INTERACTION, homeEvidence, findings);
        Boolean privacy = entries.judge(EntryKind.PRIVACY, homeEvidence, findings);
        Boolean siteMap = entries.judge(EntryKind.SITE_MAP, homeEvidence, findings);
        Boolean accessibility = entries.judge(EntryKind.ACCESSIBILITY, homeEvidence, findings);
        Messages messages = messages(findings);
        List<IncompleteGuide> incomplete = guides(findings);
        List<String> broken = new Downloads(context, cited).broken(observer.attachments(), findings);
        Accessibility access = new Accessibility(observer);
        access.report(homeEvidence, findings);
        results.setFunctions(new FunctionsReport(
                search.present(),
                search.works(),
                interaction,
                messages.listed(),
                messages.answeredShare(),
                messages.overdue().size(),
                observer.guides().size(),
                incomplete.size(),
                privacy,
                siteMap,
                search.term(),
                search.results(),
                messages.overdue(),
                incomplete,
                (int) observer.attachments().keySet().stream()
                        .filter(url -> context.facts().verdict(url).isPresent())
                        .count(),
                broken,
                accessibility,
                home.flatMap(FunctionsObserver.Home::lang).orElse(null),
                access.images(),
                access.imageAltShare(),
                access.imagesWithoutAlt(),
                access.formFields(),
                access.unlabelledFormFields()));
        results.addFindings(findings);
        for (Cap cap : observer.caps()) {
            cap.finding(NAME, consequence(cap), context).ifPresent(f -> results.addFindings(List.of(f)));
        }
    }

    /** What a cap reached leaves unjudged. */
    private static String consequence(Cap cap) {
        return switch (cap.setting()) {
            case "messages" -> "其余留言未计入回复率和超期未回复的判断";
            case "serviceGuides" -> "其余办事指南未检查要素是否齐全";
            case "entryLinks" -> "其余入口链接未判断是否可用";
            case "attachments" -> "其余附件和表格链接未判断能否下载";
            case "images" -> "其余图片未判断是否缺少替代文本";
            default -> "其余表单项未判断是否有标签";
        };
    }

    /**
     * @param listed every message read, invalid ones included
     * @param answeredShare answered over valid messages, rounded to 4 decimals; null without a valid message
     */
    record Messages(int listed, Double answeredShare, List<OverdueMessage> overdue) {}

    private Messages messages(List<Finding> findings) {
        List<FunctionsObserver.Listed> all = observer.messages();
        List<PublicMessage> valid = all.stream()
                .map(FunctionsObserver.Listed::message)
                .filter(m -> m.status() != PublicMessage.Status.INVALID)
                .toList();
        long answered = valid.stream()
                .filter(m -> m.status() == PublicMessage.Status.ANSWERED)
                .count();
        Double share = valid.isEmpty() ? null : Math.round(10_000.0 * answered / valid.size()) / 10_000.0;
        List<OverdueMessage> overdue = new ArrayList<>();
        for (FunctionsObserver.Listed listed : all) {
            PublicMessage message = listed.message();
            LocalDate today = listed.seenAt().atZone(CHINA).toLocalDate();
            if (!message.overdue(today)) {
                continue;
            }
            Evidence evidence = listed.cited().cite(message.row());
            overdue.add(new OverdueMessage(message.title(), message.asked().toString(), listed.page()));
            findings.add(new Finding(
                    NAME,
                    "MESSAGE_OVERDUE",
                    Finding.Severity.VETO,
                    "网民留言“" + message.title() + "”（" + message.asked() + "）超过3个月未回复。",
                    List.of(evidence)));
        }
        overdue.sort(java.util.Comparator.comparing(OverdueMessage::title).thenComparing(OverdueMessage::asked));
        return new Messages(all.size(), share, overdue);
    }

    private List<IncompleteGuide> guides(List<Finding> findings) {
        List<IncompleteGuide> incomplete = new ArrayList<>();
        for (Map.Entry<String, FunctionsObserver.Guide> guide :
                observer.guides().entrySet()) {
            ServiceGuideReader.Reading reading = guide.getValue().reading();
            List<String> missing =
                    reading.missing().stream().map(GuideElement::label).toList();
            if (missing.isEmpty()) {
                continue;
            }
            String title = reading.title();
            incomplete.add(new IncompleteGuide(guide.getKey(), title, missing));
            findings.add(new Finding(
                    NAME,
                    "SERVICE_GUIDE_INCOMPLETE",
                    Finding.Severity.ERROR,
                    "办事指南“" + title + "”缺少要素：" + String.join("、", missing) + "。",
                    List.of(guide.getValue().cited().cite(title + "：缺少" + String.join("、", missing)))));
        }
        return incomplete;
    }
}
