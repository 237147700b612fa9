package org.goveval.monitor.content.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;

/**
 * Serious wording errors: wrongly written fixed political expressions, outdated official names and sensitive
 * words, found with the {@link WordingDictionary} in the visible text of every crawled page. An outdated name
 * used historically is not an error ({@link HistoricalContext}); a term counts once per page (its first
 * occurrence). Each term is one finding, listing the pages it is on.
 *
 * <p>Severity: a wrong political expression is a 严重表述错误, which the State Council checks (国办秘函〔2019〕19号,
 * 单项否决 "安全、泄密事故等严重问题") veto; an outdated name loses points; a sensitive word is for a person to
 * judge (it may sit in a message a citizen left).
 */
public final class WordingCheck implements SiteCheck {
    /** Characters of context either side of a hit in its evidence. */
    static final int CONTEXT = 30;

    private final WordingDictionary dictionary;
    private final WordingSettings settings;
    private final EvidenceStore store;
    private final Cap hitCap;
    private final Map<String, TermPages> byTerm = new ConcurrentHashMap<>();

    /** A hit on one page: the text as found, and the page with the text around it. */
    private record Seen(String found, Evidence evidence) {}

    private record TermPages(DictionaryEntry entry, PageSample<Seen> pages) {}

    /**
     * @param limits {@link ContentLimits#wordingHits()} applies
     * @param store where the copies of the pages a finding lists go, as they are seen
     */
    public WordingCheck(
            WordingDictionary dictionary, WordingSettings settings, ContentLimits limits, EvidenceStore store) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.hitCap = new Cap("wordingHits", "每个词语第一个页面之外列出证据的页面", limits.wordingHits());
    }

    @Override
    public String name() {
        return "wording";
    }

    @Override
    public PageObserver observer() {
        return PageObserver.crawledOnly(this::read);
    }

    private void read(CrawledPage page) {
        String text = page.text();
        Map<String, TermMatch> first = new LinkedHashMap<>();
        for (TermMatch match : dictionary.wordingMatches(text)) {
            if (match.entry().category().isWordingError() && !HistoricalContext.isHistorical(text, match)) {
                first.putIfAbsent(match.entry().term(), match);
            }
        }
        for (TermMatch match : first.values()) {
            String context = Evidence.around(text, match.start(), match.end() - match.start(), CONTEXT);
            byTerm.computeIfAbsent(
                            match.entry().term(),
                            term -> new TermPages(match.entry(), new PageSample<>(settings.pagesPerFinding(), hitCap)))
                    .pages()
                    .add(page.url().toString(), () -> new Seen(match.found(), store.evidence(page, context)));
        }
    }

    @Override
    public void finish(SiteContext context, ContentResults results) {
        List<WordingHit> hits = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<TermPages> terms = new ArrayList<>(byTerm.values());
        terms.sort(Comparator.comparing((TermPages t) -> t.entry().category())
                .thenComparing(t -> t.entry().term()));
        for (TermPages term : terms) {
            List<Evidence> evidence = new ArrayList<>();
            for (Map.Entry<String, Seen> page : term.pages().kept()) {
                Seen seen = page.getValue();
                Evidence shown = seen.evidence();
                evidence.add(shown);
                DictionaryEntry entry = term.entry();
                hits.add(new WordingHit(seen.found(), entry.category().name(), entry.suggestion(), shown));
            }
            findings.add(finding(term.entry(), term.pages().pages(), evidence));
        }
        hits.sort(Comparator.comparing((WordingHit hit) -> hit.evidence().url()).thenComparing(WordingHit::term));
        results.addWordingErrors(hits);
        results.addFindings(findings);
        hitCap.finding(name(), "这些页面仍计入各词语的页面数，但未列出证据", context).ifPresent(f -> results.addFindings(List.of(f)));
    }

    private Finding finding(DictionaryEntry entry, int pages, List<Evidence> evidence) {
        String where = "出现在" + pages + "个页面" + (pages > evidence.size() ? "（列出前" + evidence.size() + "个）" : "");
        return switch (entry.category()) {
            case POLITICAL_EXPRESSION ->
                new Finding(
                        name(),
                        "WORDING_POLITICAL_EXPRESSION",
                        Finding.Severity.VETO,
                        "严重表述错误：“" + entry.term() + "”应为“" + entry.suggestion() + "”，" + where + "。",
                        evidence);
            case OUTDATED_NAME ->
                new Finding(
                        name(),
                        "WORDING_OUTDATED_NAME",
                        Finding.Severity.ERROR,
                        "机构名称已过时：“" + entry.term() + "”自" + entry.replacedIn().getAsInt() + "年起应为“" + entry.suggestion()
                                + "”，" + where + "。",
                        evidence);
            default ->
                new Finding(
                        name(),
                        "WORDING_SENSITIVE",
                        Finding.Severity.NEEDS_REVIEW,
                        "敏感词“" + entry.term() + "”" + where + "，请人工核实并删除。",
                        evidence);
        };
    }
}
