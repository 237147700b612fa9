package org.goveval.monitor.content.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The network facts of a site: IPv6 (AAAA records, the home page and second-level pages over IPv6) and HTTPS
 * (availability, redirect, certificate, TLS versions, HSTS). A site scanned by IP address has no name to look
 * up or to match a certificate against: every part is null.
 *
 * @param ipv6Supported the site has AAAA records and its home page answers over IPv6; null when not checked
 * @param ipv6PageShare the share (0–1) of second-level pages that answer over IPv6; null when not checked
 * @param httpsAvailable the home page answers over https with a valid certificate; null when not checked
 * @param httpRedirectsToHttps http:// redirects to https://; null when not checked
 * @param certificateDaysLeft days until the certificate expires; null without a certificate
 * @param hsts the https answer carries Strict-Transport-Security; null when not checked
 * @param ipv6Addresses the AAAA records of the site's host (RFC 5952 text), in the DNS answer's order
 * @param ipv6PagesChecked how many second-level pages were tried over IPv6 (at most the settings' maxPages);
 *     null when not checked
 * @param ipv6PagesReachable how many of them answered over IPv6 with a status below 400; null when not checked
 * @param httpUrl the http home page probed for its redirect; null when not checked
 * @param httpsUrl the https home page probed; null when not checked
 * @param certificate the certificate the https home page presented; null when no TLS handshake completed
 * @param tlsVersions the TLS versions the https server accepts; null when no TLS handshake completed
 * @param hstsMaxAge the max-age of the Strict-Transport-Security header in seconds; null without one
 */
public record NetworkReport(
        @Nullable Boolean ipv6Supported,
        @Nullable Double ipv6PageShare,
        @Nullable Boolean httpsAvailable,
        @Nullable Boolean httpRedirectsToHttps,
        @Nullable Integer certificateDaysLeft,
        @Nullable Boolean hsts,
        List<String> ipv6Addresses,
        @Nullable Integer ipv6PagesChecked,
        @Nullable Integer ipv6PagesReachable,
        @Nullable String httpUrl,
        @Nullable String httpsUrl,
        @Nullable ServerCertificate certificate,
        @Nullable TlsVersions tlsVersions,
        @Nullable Long hstsMaxAge) {
    public NetworkReport {
        ipv6Addresses = List.copyOf(ipv6Addresses);
    }

    /** The six headline facts only, the details unknown: for code that reads those alone. */
    public NetworkReport(
            @Nullable Boolean ipv6Supported,
            @Nullable Double ipv6PageShare,
            @Nullable Boolean httpsAvailable,
            @Nullable Boolean httpRedirectsToHttps,
            @Nullable Integer certificateDaysLeft,
            @Nullable Boolean hsts) {
        this(
                ipv6Supported,
                ipv6PageShare,
                httpsAvailable,
                httpRedirectsToHttps,
                certificateDaysLeft,
                hsts,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Nothing checked: a site addressed by IP. */
    public static NetworkReport notChecked() {
        return new NetworkReport(
                null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null);
    }
}
