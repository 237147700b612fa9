package org.goveval.monitor.content.wording;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
import org.goveval.monitor.fetch.FetchResult;

/**
 * Poisoned links: links to other hosts whose page, as the scan fetched it to check the link ({@link
 * CrawledPage.Role#LINKED}, the first 64 KiB), now serves gambling or pornography — typically an expired
 * domain re-registered. Judged by {@link LinkedPageJudge}. Linking to such content is a single-veto item of
 * the State Council checks (国办秘函〔2019〕19号, 单项否决 "安全、泄密事故等严重问题": 发布或链接反动、暴力、色情等内容).
 */
public final class PoisonedLinkCheck implements SiteCheck {
    private final LinkedPageJudge judge;
    private final EvidenceStore store;
    private final Cap candidates;
    private final Map<String, Judged> judged = new ConcurrentHashMap<>();

    /** A linked page judged poisoned, and the page (where it landed) with its title and terms. */
    private record Judged(LinkedPageJudge.Verdict verdict, Evidence evidence) {}

    /**
     * @param limits {@link ContentLimits#poisonedLinks()} applies
     * @param store where the copies of the linked pages judged poisoned go, as they are seen
     */
    public PoisonedLinkCheck(
            WordingDictionary dictionary, WordingSettings settings, ContentLimits limits, EvidenceStore store) {
        this.judge = new LinkedPageJudge(
                Objects.requireNonNull(dictionary, "dictionary"), Objects.requireNonNull(settings, "settings"));
        this.store = Objects.requireNonNull(store, "store");
        this.candidates = new Cap("poisonedLinks", "判断为赌博或色情的外部链接页面", limits.poisonedLinks());
    }

    @Override
    public String name() {
        return "poisonedLinks";
    }

    @Override
    public PageObserver observer() {
        return page -> {
            if (page.role() == CrawledPage.Role.LINKED) {
                judge.judge(page)
                        .ifPresent(verdict -> judged.computeIfAbsent(page.url().toString(), url -> {
                            if (!candidates.tryTake()) {
                                return null;
                            }
                            FetchResult result = page.result();
                            String snippet = "标题：" + verdict.title() + "；词语：" + String.join("、", verdict.terms());
                            return new Judged(
                                    verdict,
                                    store.evidence(result, result.finalUri().toString(), snippet));
                        }));
            }
        };
    }

    @Override
    public void finish(SiteContext context, ContentResults results) {
        Set<String> own =
                context.homepages().stream().map(PoisonedLinkCheck::authority).collect(Collectors.toSet());
        own.add(authority(context.site().toString()));
        List<PoisonedLink> links = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Judged> entry : new TreeMap<>(judged).entrySet()) {
            if (own.contains(authority(entry.getKey()))) {
                continue; // a page of the site itself, checked rather than crawled (too deep): not a link out
            }
            String url = entry.getKey();
            LinkedPageJudge.Verdict verdict = entry.getValue().verdict();
            Evidence evidence = entry.getValue().evidence();
            List<String> sources = context.facts().sourcesOf(url);
            String kind = verdict.category() == DictionaryCategory.GAMBLING ? "赌博" : "色情";
            if (verdict.reporting()) {
                findings.add(new Finding(
                        name(),
                        "POISONED_LINK_REVIEW",
                        Finding.Severity.NEEDS_REVIEW,
                        "外部链接 " + url + " 的页面含" + kind + "词语，也含打击违法犯罪的新闻用语，请人工核实；链接所在页面：" + sources,
                        List.of(evidence)));
                continue;
            }
            links.add(new PoisonedLink(url, verdict.category().name(), sources, evidence, verdict.terms()));
            findings.add(new Finding(
                    name(),
                    "POISONED_LINK",
                    Finding.Severity.VETO,
                    "外部链接 " + url + " 现指向" + kind + "内容（单项否决：发布或链接反动、暴力、色情等内容）；链接所在页面：" + sources,
                    List.of(evidence)));
        }
        results.addPoisonedLinks(links);
        results.addFindings(findings);
        candidates.finding(name(), "其余疑似赌博或色情的外部链接未报告", context).ifPresent(f -> results.addFindings(List.of(f)));
    }

    private static String authority(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
