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
        return canonicalAsIs(url) ? toWebUri(url) : normalizeFully(url);
    }

    /** {@link #normalize} without the short way for URLs already canonical: what that short way must match. */
    Optional<URI> normalizeFully(String url) {
        String stripped = url.strip();
        String withoutSession = stripped.indexOf(';') < 0
                ? stripped
                : PATH_SESSION.matcher(stripped).replaceAll("");
        String canonical;
        try {
            canonical = normalizer.filter(pathUnescapedBeforeQuery(withoutSession));
        } catch (RuntimeException e) {
            return Optional.empty(); // a URL the normaliser cannot take is one the scan cannot name either
        }
        return canonical == null ? Optional.empty() : toWebUri(canonical);
    }

    /**
     * Works around crawler-commons issue 559 (fixed upstream after 1.6, the newest release served here): when
     * the path holds escaped unreserved characters ({@code %7E}, {@code %2D}) and a query follows, 1.6 finds
     * the query at its place before unescaping and cuts it at the wrong place, so that {@code /%7Ea?id=1&b=2}
     * becomes {@code /~a?i?b=2} (two links made one, neither the page's) or throws. Escaping and then
     * unescaping the path first, as the normaliser itself does, leaves it nothing to shorten. Escaping first
     * matters: a stray {@code %} before an escaped digit ({@code %%34%31}) is made {@code %25} before the digit is
     * unescaped, instead of forming a new escape with it.
     */
    static String pathUnescapedBeforeQuery(String url) {
        int fragment = url.indexOf('#');
        int query = url.indexOf('?');
        int authority = url.indexOf("://");
        if (query < 0 || (fragment >= 0 && fragment < query) || authority < 0 || authority > query) {
            return url;
        }
        int path = authority + 3;
        while (path < query && url.charAt(path) != '/') {
            path++;
        }
        if (url.lastIndexOf('%', query) < path) {
            return url;
        }
        return url.substring(0, path)
                + BasicURLNormalizer.unescapePath(BasicURLNormalizer.escapePath(url.substring(path, query)))
                + url.substring(query);
    }

    private static Optional<URI> toWebUri(String canonical) {
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
     * Whether a URL is already in the form crawler-commons would give it, so that its normaliser can be
     * skipped: it costs several microseconds a URL (two parses into java.net.URL, escaping and unescaping
     * passes, regular expressions), about a third of extracting a page's links. Already canonical means
     * {@code http://} or {@code https://}, a lower-case host of letters, digits and hyphens in dot-separated
     * labels (no trailing dot), an optional port in plain digits other than the scheme's default, and a path
     * that starts with {@code /}, holds only characters neither escaping nor unescaping touches (letters,
     * digits, {@code -._~/!$&'()*+,=:@}; no {@code %}, no {@code ;} of a session id) and nothing
     * {@code URI.normalize} would change (no {@code //}, {@code /.} or {@code ./}); no query, no fragment.
     * Nearly all links of the farm's TRS and Hanweb layouts are. {@code UrlNormalizerTest} checks the claim
     * against crawler-commons on generated URLs.
     */
    static boolean canonicalAsIs(String url) {
        int host;
        boolean https;
        if (url.startsWith("http://")) {
            host = 7;
            https = false;
        } else if (url.startsWith("https://")) {
            host = 8;
            https = true;
        } else {
            return false;
        }
        int i = host;
        int labelStart = i;
        while (i < url.length() && url.charAt(i) != ':' && url.charAt(i) != '/') {
            char c = url.charAt(i);
            if (c == '.') {
                if (!isLabel(url, labelStart, i)) {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isLowerAsciiLetterOrDigit(c) && c != '-') {
                return false;
            }
            i++;
        }
        if (!isLabel(url, labelStart, i)) {
            return false; // also an empty host, or one ending with a dot
        }
        if (i < url.length() && url.charAt(i) == ':') {
            int portStart = ++i;
            while (i < url.length() && url.charAt(i) >= '0' && url.charAt(i) <= '9') {
                i++;
            }
            if (!isCanonicalPort(url.substring(portStart, i), https)) {
                return false;
            }
        }
        if (i >= url.length() || url.charAt(i) != '/') {
            return false; // no path: crawler-commons adds the slash
        }
        for (int j = i; j < url.length(); j++) {
            char c = url.charAt(j);
            if (!isPathCharKeptAsIs(c)) {
                return false;
            }
            if ((c == '/' || c == '.') && j + 1 < url.length()) {
                char next = url.charAt(j + 1);
                if ((c == '/' && (next == '/' || next == '.')) || (c == '.' && next == '/')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A host label: not empty, neither starting nor ending with a hyphen. */
    private static boolean isLabel(String url, int from, int to) {
        return to > from && url.charAt(from) != '-' && url.charAt(to - 1) != '-';
    }

    /** Plain digits without a leading zero, a valid port, and not the scheme's default (which is dropped). */
    private static boolean isCanonicalPort(String digits, boolean https) {
        if (digits.isEmpty() || digits.length() > 5 || digits.charAt(0) == '0') {
            return false;
        }
        int port = Integer.parseInt(digits);
        return port <= 65535 && port != (https ? 443 : 80);
    }

    private static boolean isLowerAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isPathCharKeptAsIs(char c) {
        return isLowerAsciiLetterOrDigit(c) || (c >= 'A' && c <= 'Z') || "-._~/!$&'()*+,=:@".indexOf(c) >= 0;
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
     * expressions per link: about 2.5 % of the crawl threads' CPU in a 50,000-page scan): an {@code http://}
     * or {@code https://} link as it is, a root-relative one behind the base's scheme and authority, a
     * path-relative one ({@code art_12_1.html}, TRS's {@code ./202412/t20241220_1.html} and
     * {@code ../index.html}) behind the base's directory, less its leading {@code ./} and with one segment
     * taken off the directory for each leading {@code ../}. Plain means nothing that resolver would change: no control character, space or
     * backslash, no dot segment but leading ones, none above the root, no upper-case scheme, no scheme at all
     * for a relative link. Null for every other link, which goes through jsoup; {@code UrlNormalizerTest}
     * checks that both ways agree.
     */
    static @Nullable String plainAbsolute(URI base, String link) {
        boolean absolute = link.startsWith("http://") || link.startsWith("https://");
        boolean rootRelative = !absolute && link.startsWith("/") && !link.startsWith("//");
        if (absolute) {
            return isPlain(link) ? link : null;
        }
        String scheme = base.getScheme();
        String authority = base.getRawAuthority();
        if (scheme == null || authority == null || !isPlain(authority)) {
            return null;
        }
        if (rootRelative) {
            return isPlain(link) ? scheme + "://" + authority + link : null;
        }
        return pathRelative(base, link)
                .map(path -> scheme + "://" + authority + path)
                .orElse(null);
    }

    /** The absolute path of a plain path-relative link, or empty when the resolver must decide. */
    private static Optional<String> pathRelative(URI base, String link) {
        int up = 0;
        int from = 0;
        while (true) {
            if (link.startsWith("./", from)) {
                from += 2;
            } else if (link.startsWith("../", from)) {
                from += 3;
                up++;
            } else {
                break;
            }
        }
        String rest = link.substring(from);
        boolean onlyDotSegments = rest.isEmpty() && from > 0;
        if (!(onlyDotSegments || isPathRelative(rest)) || !isPlain(rest)) {
            return Optional.empty();
        }
        String path = base.getRawPath();
        if (path == null) {
            return Optional.empty();
        }
        String directory = path.isEmpty() ? "/" : path.substring(0, path.lastIndexOf('/') + 1);
        if (!directory.startsWith("/") || !isPlain(directory)) {
            return Optional.empty();
        }
        for (int i = 0; i < up; i++) {
            if (directory.equals("/")) {
                return Optional.empty(); // above the root: resolvers differ, jsoup's is the one taken
            }
            directory = directory.substring(0, directory.lastIndexOf('/', directory.length() - 2) + 1);
        }
        return Optional.of(directory + rest);
    }

    /**
     * A link relative to the base's directory: it starts with neither {@code /}, {@code ?}, {@code #} nor a
     * dot (a dot segment or a hidden name: the resolver decides), and has no colon before its first slash,
     * question mark or hash (which would make its start a scheme, or look like one).
     */
    private static boolean isPathRelative(String link) {
        if (link.isEmpty() || "/?#.".indexOf(link.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
            if (c == ':') {
                return false;
            }
        }
        return true;
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
