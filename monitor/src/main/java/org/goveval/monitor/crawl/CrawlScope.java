package org.goveval.monitor.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Which pages belong to the site being crawled; links outside are checked but not crawled. */
public enum CrawlScope {
    /**
     * The same host as the home page (the default: www.x.gov.cn only), on the same port; http and https on
     * their default ports count as one site, since government sites move from one to the other.
     */
    SAME_HOST,
    /** The same registrable domain (www.x.gov.cn, zwgk.x.gov.cn, …), by the public-suffix list. */
    SAME_REGISTRABLE_DOMAIN;

    public boolean contains(URI site, URI candidate) {
        return switch (this) {
            // a URI's host is ASCII (letters, digits, '-', '.', an IPv6 literal's hex), where ignoring case is
            // lower-casing both: this runs for every link of every page, and lower-casing made two strings
            case SAME_HOST ->
                rawHost(site).equalsIgnoreCase(rawHost(candidate))
                        && (port(site) == port(candidate) || (isDefault(site) && isDefault(candidate)));
            case SAME_REGISTRABLE_DOMAIN -> registrable(host(site)).equals(registrable(host(candidate)));
        };
    }

    private static String rawHost(URI uri) {
        return Objects.requireNonNullElse(uri.getHost(), "");
    }

    private static String host(URI uri) {
        return Objects.requireNonNullElse(uri.getHost(), "").toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isDefault(URI uri) {
        return uri.getPort() < 0 || uri.getPort() == ("https".equals(uri.getScheme()) ? 443 : 80);
    }

    /** The registrable domain, or the host itself for IP literals and unknown suffixes. */
    private static String registrable(String host) {
        String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
        return domain == null ? host : domain;
    }
}
