package org.goveval.monitor.content.functions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchResult;
import org.jsoup.nodes.Document;

/**
 * The site's functions (issue point 5): site search, interaction channel and public messages, service guides,
 * downloads, privacy statement, site map and basic accessibility. See docs/content-checks.md (functions) for
 * the rules and their sources.
 */
public final class FunctionsCheck implements SiteCheck {
    static final String NAME = "functions";
    /** Message dates are Beijing dates: a list is judged on the date it was seen in China Standard Time. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FunctionsObserver observer = new FunctionsObserver();

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
        Optional<FetchResult> homeResult = homeResult();
        Optional<Document> home = homeResult.flatMap(context.parse());
        Evidence homeEvidence = homeResult
                .map(r -> context.evidence().evidence(r, r.requested().toString(), "首页"))
                .orElseGet(() -> new Evidence(
                        context.site().toString(), context.clock().instant().toString(), null, "首页", null));
        SearchProbe.Outcome search = new SearchProbe.Outcome(null, null, null, null);
        if (home.isPresent()) {
            SearchProbe probe = new SearchProbe(context);
            search = probe.run(homeResult.get(), home.get(), homeEvidence);
            findings.addAll(probe.findings());
        }
        Entries entries = new Entries(context, observer, cited, homeResult.isPresent());
        Boolean interaction = entries.judge(EntryKind.INTERACTION, homeEvidence, findings);
        Boolean privacy = entries.judge(EntryKind.PRIVACY, homeEvidence, findings);
        Boolean siteMap = entries.judge(EntryKind.SITE_MAP, homeEvidence, findings);
        Boolean accessibility = entries.judge(EntryKind.ACCESSIBILITY, homeEvidence, findings);
        Messages messages = messages(cited, findings);
        List<IncompleteGuide> incomplete = guides(cited, findings);
        List<String> broken = new Downloads(context, cited).broken(observer.attachments(), findings);
        Accessibility access = new Accessibility(observer, cited);
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
                observer.homeLang().orElse(null),
                access.images(),
                access.imageAltShare(),
                access.imagesWithoutAlt(),
                access.formFields(),
                access.unlabelledFormFields()));
        results.addFindings(findings);
    }

    /**
     * The home page as the crawl fetched it. A resumed scan whose home page was crawled before the interruption
     * has none (observers keep nothing across a checkpoint): the search and the page's language are then not
     * judged, rather than fetching the home page again.
     */
    private Optional<FetchResult> homeResult() {
        return observer.home().flatMap(observer::seen).flatMap(FunctionsObserver.Seen::kept);
    }

    /**
     * @param listed every message read, invalid ones included
     * @param answeredShare answered over valid messages, rounded to 4 decimals; null without a valid message
     */
    record Messages(int listed, Double answeredShare, List<OverdueMessage> overdue) {}

    private Messages messages(Cited cited, List<Finding> findings) {
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
            Evidence evidence = cited.page(listed.page(), message.row());
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

    private List<IncompleteGuide> guides(Cited cited, List<Finding> findings) {
        List<IncompleteGuide> incomplete = new ArrayList<>();
        for (Map.Entry<String, ServiceGuideReader.Reading> guide :
                observer.guides().entrySet()) {
            List<String> missing =
                    guide.getValue().missing().stream().map(GuideElement::label).toList();
            if (missing.isEmpty()) {
                continue;
            }
            String title = guide.getValue().title();
            incomplete.add(new IncompleteGuide(guide.getKey(), title, missing));
            findings.add(new Finding(
                    NAME,
                    "SERVICE_GUIDE_INCOMPLETE",
                    Finding.Severity.ERROR,
                    "办事指南“" + title + "”缺少要素：" + String.join("、", missing) + "。",
                    List.of(cited.page(guide.getKey(), title + "：缺少" + String.join("、", missing)))));
        }
        return incomplete;
    }
}
