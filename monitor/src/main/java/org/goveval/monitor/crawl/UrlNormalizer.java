package org.goveval.monitor.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
     */
    public Optional<URI> resolve(URI base, String href) {
        String absolute = org.jsoup.internal.StringUtil.resolve(base.toString(), href.strip());
        return absolute.isEmpty() ? Optional.empty() : normalize(absolute);
    }
}
