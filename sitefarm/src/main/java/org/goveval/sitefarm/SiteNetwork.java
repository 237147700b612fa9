package org.goveval.sitefarm;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How a site of a farm with network faces ({@link FarmSpec#networkFaces()}) is reached by name. Nothing
 * publishes the name: a test resolves it with a stub, to 127.0.0.1 (A) and, when {@code ipv6}, ::1 (AAAA).
 * Asked by this name (the Host header), a face serves the site's pages with links on its own origin; asked as
 * {@code 127.0.0.1:PORT}, the http face serves them exactly as a farm without faces does.
 *
 * @param host {@code SITE.farm.test} (the reserved .test top-level domain, RFC 6761)
 * @param httpPort the site's http port, that of {@link FarmSite#homepage()}; on [::1] too when {@code ipv6}
 * @param httpsPort the site's https port, on 127.0.0.1 and, when {@code ipv6}, [::1]
 * @param ipv6 whether [::1] serves the site
 */
public record SiteNetwork(String site, String host, int httpPort, int httpsPort, boolean ipv6) {
    /** The suffix of every farm site's name. */
    public static final String DOMAIN = ".farm.test";

    /** A site's certificate is valid for this many days (and 12 hours) after the farm starts. */
    public static final int CERTIFICATE_DAYS = 365;

    /** … or this many, with {@link ContentDefect#CERTIFICATE_EXPIRING}. */
    public static final int EXPIRING_CERTIFICATE_DAYS = 10;

    /** The HSTS max-age the https faces send: one year. */
    public static final long HSTS_MAX_AGE = 31_536_000L;

    public SiteNetwork {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(host, "host");
    }

    /** {@code http://SITE.farm.test:PORT/}: where a scan by name starts. */
    public URI homepage() {
        return URI.create("http://" + host + ":" + httpPort + "/");
    }

    /** {@code https://SITE.farm.test:PORT/}. */
    public URI httpsHomepage() {
        return URI.create("https://" + host + ":" + httpsPort + "/");
    }

    /** The name's A records. */
    public List<String> ipv4Addresses() {
        return List.of("127.0.0.1");
    }

    /** The name's AAAA records: {@code ::1}, or none. */
    public List<String> ipv6Addresses() {
        return ipv6 ? List.of("::1") : List.of();
    }
}
