package org.goveval.monitor.content.wording;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.CitablePage;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.jsoup.nodes.Element;

/**
 * Hidden links (暗链): links to another host that a visitor cannot see, hidden by an inline style, a {@code
 * <style>} rule ({@link StyleSheetRules}), the {@code hidden} attribute or text coloured as its background
 * ({@link Concealment}), on the link or any of its ancestors.
 *
 * <p>Not reported, on purpose: links within the page's own host (drop-down menus, skip links to {@code
 * #content}), links that are not http(s), and links to hosts under a trusted suffix ({@code gov.cn}: the site
 * lists of government portals). Each target is one finding listing the pages that hide it.
 */
public final class HiddenLinkCheck implements SiteCheck {
    private final WordingSettings settings;
    private final EvidenceStore store;
    private final Cap targets;
    /** Pages per target are bounded by {@code pagesPerFinding} alone: the targets' cap bounds the rest. */
    private final Cap anyPages = new Cap("pagesPerFinding", "每个暗链列出的页面", Integer.MAX_VALUE);

    private final Map<String, PageSample<Hidden>> byTarget = new ConcurrentHashMap<>();

    /** A hidden link as one page shows it: how, its text, and the page with the hiding markup. */
    record Hidden(Concealment how, String text, Evidence evidence) {}

    /**
     * @param limits {@link ContentLimits#hiddenLinks()} applies
     * @param store where the copies of the pages a finding lists go, as they are seen
     */
    public HiddenLinkCheck(WordingSettings settings, ContentLimits limits, EvidenceStore store) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.targets = new Cap("hiddenLinks", "暗链目标", limits.hiddenLinks());
    }

    @Override
    public String name() {
        return "hiddenLinks";
    }

    @Override
    public PageObserver observer() {
        return PageObserver.crawledOnly(this::read);
    }

    private void read(CrawledPage page) {
        StyleSheetRules rules = StyleSheetRules.of(page.document());
        Map<String, HiddenOnPage> onPage = new TreeMap<>();
        for (Element link : page.document().select("a[href]")) {
            Optional<String> target = externalTarget(page.url(), link);
            if (target.isEmpty() || onPage.containsKey(target.get())) {
                continue;
            }
            HiddenLinks.find(link, rules)
                    .ifPresent(found -> onPage.put(target.get(), new HiddenOnPage(found, link.text())));
        }
        CitablePage[] cited = new CitablePage[1]; // the page's copy is stored once, when a sample first keeps it
        onPage.forEach((target, hidden) -> {
            PageSample<Hidden> sample = byTarget.computeIfAbsent(
                    target, t -> targets.tryTake() ? new PageSample<>(settings.pagesPerFinding(), anyPages) : null);
            if (sample != null) {
                sample.add(page.url().toString(), () -> {
                    if (cited[0] == null) {
                        cited[0] = store.citable(page);
                    }
                    return new Hidden(
                            hidden.found().how(),
                            hidden.text(),
                            cited[0].cite(hidden.found().snippet()));
                });
            }
        });
    }

    private record HiddenOnPage(HiddenLinks.Found found, String text) {}

    /** The link's absolute http(s) URL when it leads to another, untrusted host. */
    private Optional<String> externalTarget(URI page, Element link) {
        String absolute = link.absUrl("href");
        if (absolute.isEmpty()) {
            return Optional.empty();
        }
        URI target;
        try {
            target = new URI(absolute);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = target.getScheme();
        if (target.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            return Optional.empty();
        }
        if (Objects.equals(authority(target), authority(page)) || settings.isTrusted(target.getHost())) {
            return Optional.empty();
        }
        return Optional.of(target.toString());
    }

    private static String authority(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + uri.getPort();
    }

    @Override
    public void finish(SiteContext context, ContentResults results) {
        List<HiddenLink> links = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, PageSample<Hidden>> target : new TreeMap<>(byTarget).entrySet()) {
            List<Evidence> evidence = new ArrayList<>();
            List<String> pages = new ArrayList<>();
            for (Map.Entry<String, Hidden> page : target.getValue().kept()) {
                evidence.add(page.getValue().evidence());
                pages.add(page.getKey());
            }
            Hidden first = target.getValue().kept().getFirst().getValue();
            int count = target.getValue().pages();
            links.add(new HiddenLink(
                    target.getKey(), first.how().name(), evidence.getFirst(), first.text(), pages, count));
            findings.add(new Finding(
                    name(),
                    "HIDDEN_LINK",
                    first.how().togglable() ? Finding.Severity.NEEDS_REVIEW : Finding.Severity.ERROR,
                    "访客看不见的外部链接（暗链，" + first.how().name() + "）：" + target.getKey() + "，出现在" + count + "个页面"
                            + (first.how().togglable() ? "；也可能是脚本控制显示的菜单，请人工核实。" : "。"),
                    evidence));
        }
        results.addHiddenLinks(links);
        results.addFindings(findings);
        targets.finding(name(), "其余暗链目标未报告（未保留数按其出现的页面计）", context).ifPresent(f -> results.addFindings(List.of(f)));
    }
}
