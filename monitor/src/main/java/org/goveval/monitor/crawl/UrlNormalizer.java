package org.goveval.monitor.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Puts URLs in one canonical form so that each page is crawled and each link checked once: crawler-commons'
 * normaliser (lower-case scheme and host, no default port, dot segments resolved, percent-escapes
 * canonical, query parameters sorted, fragment dropped) plus the removal of session identifiers, which
 * Java web stacks of government platforms put in the path ({@code ;jsessionid=…}) or the query.
 */
public final class UrlNormalizer {
    /**
     * Query parameters that only carry a session: a new value per visit would make every page new. Not
     * {@code sid}: on Chinese government platforms it is as often a site or column id as a session.
     */
    static final List<String> SESSION_PARAMETERS = List.of("jsessionid", "sessionid", "phpsessid", "aspsessionid");

    private static final Pattern PATH_SESSION = Pattern.compile(";(?i:jsessionid|sid|sessionid|phpsessid)=[^/?#]*");

    /** Resolved links remembered at most: some megabytes. */
    static final int CACHE_LIMIT = 8192;

    private final Map<String, Optional<URI>> resolved = new ConcurrentHashMap<>();

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(SESSION_PARAMETERS.stream()
                    .flatMap(p -> java.util.stream.Stream.of(p, p.toUpperCase(Locale.ROOT)))
                    .toList())
            .build();

    /** The canonical form of an absolute http(s) URL, or empty when it is not one or cannot be parsed. */
    public Optional<URI> normalize(String url) {
        String withoutSession = PATH_SESSION.matcher(url.strip()).replaceAll("");
        String canonical = normalizer.filter(withoutSession);
        if (canonical == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(canonical);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Resolves a link as written on a page against the page's URL, then normalises it. Resolution is
     * jsoup's, which copes with the spaces and stray characters real pages put in links.
     *
     * <p>The results for links that do not depend on the page's path (absolute {@code http(s)://host…} and
     * root-relative {@code /path…} links: a site's navigation, repeated on every page) are remembered, up to
     * {@link #CACHE_LIMIT} of them; resolving and normalising a URL costs more than parsing its page's HTML.
     * Thread-safe.
     */
    public Optional<URI> resolve(URI base, String href) {
        String link = href.strip();
        Optional<String> key = cacheKey(base, link);
        if (key.isEmpty()) {
            return resolveNow(base, link);
        }
        Optional<URI> known = resolved.get(key.get());
        if (known != null) {
            return known;
        }
        Optional<URI> result = resolveNow(base, link);
        if (resolved.size() >= CACHE_LIMIT) {
            resolved.clear(); // simpler than LRU, and the navigation links are back after one page
        }
        resolved.put(key.get(), result);
        return result;
    }

    private Optional<URI> resolveNow(URI base, String link) {
        String absolute = plainAbsolute(base, link);
        if (absolute == null) {
            absolute = org.jsoup.internal.StringUtil.resolve(base.toString(), link);
        }
        return absolute.isEmpty() ? Optional.empty() : normalize(absolute);
    }

    /**
     * The absolute form of a plain link, worked out without jsoup's resolver (java.net.URL and two regular
     * expressions per link: about 2.5 % of the crawl threads' CPU in a 50,000-page scan): an {@code http://} or {@code https://} link as it
     * is, a root-relative one behind the base's scheme and authority. Plain means nothing that resolver would
     * change: no control character, space or backslash, no dot segment, no upper-case scheme. Null for every
     * other link, which goes through jsoup; {@code UrlNormalizerTest} checks that both ways agree.
     */
    static @Nullable String plainAbsolute(URI base, String link) {
        boolean absolute = link.startsWith("http://") || link.startsWith("https://");
        boolean rootRelative = !absolute && link.startsWith("/") && !link.startsWith("//");
        if (!(absolute || rootRelative) || !isPlain(link)) {
            return null;
        }
        if (absolute) {
            return link;
        }
        String scheme = base.getScheme();
        String authority = base.getRawAuthority();
        if (scheme == null || authority == null || !isPlain(authority)) {
            return null;
        }
        return scheme + "://" + authority + link;
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\\' || c == 0x7F) {
                return false;
            }
            if (c == '.' && i > 0 && text.charAt(i - 1) == '/') {
                return false; // a dot segment, or a name starting with a dot: let the resolver decide
            }
        }
        return true;
    }

    /**
     * What the resolution of a link depends on: the link alone when it is absolute with a host, the base's
     * scheme and authority and the link when it is root-relative; empty (not cached) for other links, which
     * depend on the base's path.
     */
    static Optional<String> cacheKey(URI base, String link) {
        if (startsWithHttpAndHost(link)) {
            return Optional.of(link);
        }
        boolean rootRelative = link.length() > 0
                && link.charAt(0) == '/'
                && (link.length() == 1 || (link.charAt(1) != '/' && link.charAt(1) != '\\'));
        if (rootRelative && base.getScheme() != null && base.getRawAuthority() != null) {
            return Optional.of(base.getScheme() + "://" + base.getRawAuthority() + " " + link);
        }
        return Optional.empty();
    }

    private static boolean startsWithHttpAndHost(String link) {
        int afterScheme = asciiPrefixLength(link, "http://");
        if (afterScheme == 0) {
            afterScheme = asciiPrefixLength(link, "https://");
        }
        return afterScheme > 0 && afterScheme < link.length() && isAsciiLetterOrDigit(link.charAt(afterScheme));
    }

    /** The prefix's length when the text starts with it, ASCII letters in any case; else 0. */
    private static int asciiPrefixLength(String text, String lowerPrefix) {
        if (text.length() < lowerPrefix.length()) {
            return 0;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerPrefix.charAt(i)) {
                return 0;
            }
        }
        return lowerPrefix.length();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
