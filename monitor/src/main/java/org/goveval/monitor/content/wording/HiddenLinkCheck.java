package org.goveval.monitor.content.wording;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchResult;
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
    private final Map<String, PageSample<Hidden>> byTarget = new ConcurrentHashMap<>();

    /** A hidden link as one page shows it. */
    record Hidden(Concealment how, String text, String snippet, FetchResult result) {}

    public HiddenLinkCheck(WordingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
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
        Map<String, Hidden> onPage = new TreeMap<>();
        for (Element link : page.document().select("a[href]")) {
            Optional<String> target = externalTarget(page.url(), link);
            if (target.isEmpty() || onPage.containsKey(target.get())) {
                continue;
            }
            HiddenLinks.find(link, rules)
                    .ifPresent(found -> onPage.put(
                            target.get(), new Hidden(found.how(), link.text(), found.snippet(), page.result())));
        }
        onPage.forEach(
                (target, hidden) -> byTarget.computeIfAbsent(target, t -> new PageSample<>(settings.pagesPerFinding()))
                        .add(page.url().toString(), hidden));
    }

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
                Hidden hidden = page.getValue();
                evidence.add(context.evidence().evidence(hidden.result(), page.getKey(), hidden.snippet()));
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
    }
}
