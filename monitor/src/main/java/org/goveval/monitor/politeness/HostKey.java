package org.goveval.monitor.politeness;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The site a URL belongs to for politeness and robots.txt: scheme, host and port. RFC 9309 §2.3 scopes a
 * robots.txt file to exactly this triple, and the gate spaces requests by it, so both use one key.
 *
 * <p>Scheme and host are lower case (they are case-insensitive), the port is explicit (80 for http, 443 for
 * https when the URL has none) and user information is dropped, so that {@code HTTPS://Gov.CN:443/a} and
 * {@code https://user@gov.cn/b} are the same key.
 *
 * @param port always set: the URL's port or the scheme's default
 */
public record HostKey(String scheme, String host, int port) {

    public HostKey {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme must be http or https: " + scheme);
        }
        if (host.isEmpty() || !host.equals(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("host must be non-empty and lower case: " + host);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1-65535: " + port);
        }
    }

    /**
     * The key of an absolute http or https URL.
     *
     * @throws IllegalArgumentException if the URL is not absolute http(s) or has no host
     */
    public static HostKey of(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("uri must be an absolute http or https URL: " + uri);
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null) {
            // java.net.URI leaves the host unset for names it does not accept as server-based authorities,
            // such as underscores (a_b.gov.cn) or Chinese domain names: read it from the authority instead.
            String authority = hostAndPort(uri);
            int colon = authority.lastIndexOf(':');
            boolean hasPort = colon >= 0 && isDigits(authority.substring(colon + 1));
            host = hasPort ? authority.substring(0, colon) : authority;
            port = hasPort ? Integer.parseInt(authority.substring(colon + 1)) : -1;
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("uri has no host: " + uri);
        }
        return new HostKey(scheme, host.toLowerCase(Locale.ROOT), port == -1 ? defaultPort(scheme) : port);
    }

    /** The origin as a URL prefix, without the port when it is the scheme's default: {@code https://gov.cn}. */
    @Override
    public String toString() {
        return port == defaultPort(scheme) ? scheme + "://" + host : scheme + "://" + host + ":" + port;
    }

    private static String hostAndPort(URI uri) {
        String authority = uri.getAuthority();
        if (authority == null) {
            throw new IllegalArgumentException("uri has no host: " + uri);
        }
        return authority.substring(authority.lastIndexOf('@') + 1);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() <= 5 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
