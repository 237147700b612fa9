package org.goveval.monitor.links;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recognises "soft 404s": pages answered with status 200 that really say the page does not exist. Two
 * signals, either one enough:
 *
 * <ol>
 *   <li>the page's title, or the text of a short page, contains a not-found phrase (页面不存在, 您访问的页面已删除,
 *       404 Not Found …; list in {@link #PATTERNS});
 *   <li>the page looks like the site's own answer for a URL that cannot exist: once per host the detector asks
 *       for a random missing URL; if that answers 200, a page whose text is nearly the same (character 4-gram
 *       Jaccard similarity ≥ 0.9), or that was redirected to the same place, is a soft 404.
 * </ol>
 *
 * Thread-safe: the probe runs once per host, concurrent callers wait for it.
 */
public final class Soft404Detector {
    /** Phrases with which Chinese government platforms (TRS, Hanweb, self-built) say "not found". */
    static final List<String> PATTERNS = List.of(
            "页面不存在",
            "页面未找到",
            "找不到页面",
            "找不到您要访问的页面",
            "您访问的页面不存在",
            "您所访问的页面不存在",
            "页面已删除",
            "已被删除",
            "信息已删除",
            "该信息已删除",
            "文章不存在",
            "信息不存在",
            "页面已失效",
            "页面无法访问",
            "404 not found",
            "page not found",
            "not found");

    /** A page with more visible text than this is an article, even if it mentions a phrase above. */
    static final int SHORT_PAGE_CHARACTERS = 600;

    static final double SIMILARITY = 0.9;

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** What a host answers for a URL that cannot exist: empty when it answers with a real error status. */
    private record MissingPage(Optional<URI> finalUri, Set<String> shingles) {}

    private final Function<URI, Optional<PageText>> fetchMissing;
    private final Map<String, MissingPage> missingByHost = new ConcurrentHashMap<>();

    /**
     * @param fetchMissing fetches a URL and returns its final URI and text when it answered 2xx HTML, or
     *     empty otherwise; called once per host with a random path
     */
    public Soft404Detector(Function<URI, Optional<PageText>> fetchMissing) {
        this.fetchMissing = fetchMissing;
    }

    /** A page as text: its final URL, title and visible text. */
    public record PageText(URI finalUri, String title, String text) {}

    /** Whether a page answered 2xx is a soft 404; {@code missingProbe} is the random URL to ask for on its host. */
    public boolean isSoft404(PageText page, URI missingProbe) {
        if (saysNotFound(page)) {
            return true;
        }
        MissingPage missing = missingByHost.computeIfAbsent(hostKey(missingProbe), k -> probe(missingProbe));
        if (missing.shingles().isEmpty()) {
            return false;
        }
        if (missing.finalUri().isPresent()
                && missing.finalUri().get().equals(page.finalUri())
                && !missing.finalUri().get().equals(missingProbe)) {
            return true;
        }
        return jaccard(shingles(page.text()), missing.shingles()) >= SIMILARITY;
    }

    static boolean saysNotFound(PageText page) {
        String title = page.title().toLowerCase(Locale.ROOT);
        if (PATTERNS.stream().anyMatch(title::contains)) {
            return true;
        }
        String text = SPACE.matcher(page.text()).replaceAll("").toLowerCase(Locale.ROOT);
        return text.length() <= SHORT_PAGE_CHARACTERS
                && PATTERNS.stream().anyMatch(p -> text.contains(p.replace(" ", "")));
    }

    private MissingPage probe(URI missingProbe) {
        return fetchMissing
                .apply(missingProbe)
                .map(p -> new MissingPage(Optional.of(p.finalUri()), shingles(p.text())))
                .orElse(new MissingPage(Optional.empty(), Set.of()));
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    static Set<String> shingles(String text) {
        String compact = SPACE.matcher(text).replaceAll("");
        Set<String> result = new HashSet<>();
        for (int i = 0; i + 4 <= compact.length(); i++) {
            result.add(compact.substring(i, i + 4));
        }
        return result;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / union.size();
    }
}
