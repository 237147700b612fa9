package org.goveval.sitefarm.internal.site;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves and normalises hrefs the way a crawler does: resolved against the page (RFC 3986 section 5), scheme
 * and host lower-cased, default port dropped, empty path made {@code /}, fragment removed; the path and query
 * are kept as served.
 */
final class Urls {
    private Urls() {}

    /** Whether an href names nothing to fetch: a fragment of the same page, or a javascript:, mailto:, tel: URL. */
    static boolean neverFetched(String href) {
        String value = href.strip().toLowerCase(Locale.ROOT);
        return value.startsWith("#")
                || value.startsWith("javascript:")
                || value.startsWith("mailto:")
                || value.startsWith("tel:");
    }

    static URI resolve(URI page, String href) {
        return normalise(page.resolve(href.strip()));
    }

    static URI normalise(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host =
                Optional.ofNullable(url.getHost()).orElseThrow(() -> new IllegalArgumentException("no host: " + url));
        int port = url.getPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String authority = host.toLowerCase(Locale.ROOT) + (port < 0 || defaultPort ? "" : ":" + port);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return URI.create(scheme + "://" + authority + path + query);
    }

    /** {@code host:port} of an http URL, as the farm's sites are keyed. */
    static String authority(URI url) {
        return url.getRawAuthority();
    }
}
