package org.goveval.sitefarm.manifest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the network check must report for a site scanned by name ({@code SiteNetwork.homepage()}, with the
 * farm's trust store, its names resolved to loopback, and the scan's clock within 12 hours of the farm's). A
 * farm without network faces has no names: every part is null and nothing is found, as a scan by IP reports.
 *
 * @param ipv6Supported the name has an AAAA record (::1) and the home page answers over IPv6
 * @param ipv6Addresses the AAAA records
 * @param ipv6PagesChecked the second-level pages: the distinct real pages of the site the home page links to
 *     with {@code <a>} (not itself, not robots-disallowed), at most 50 (the monitor's default sample)
 * @param ipv6PagesReachable how many of them answer over IPv6: all with IPv6, none without
 * @param ipv6PageShare reachable / checked
 * @param httpsAvailable the https face answers with a valid certificate (always, with faces)
 * @param httpRedirectsToHttps the http face by name redirects to https
 * @param certificateDaysLeft 365, or 10 with CERTIFICATE_EXPIRING
 * @param certificateTrusted signed by the farm's authority
 * @param certificateHostnameMatch the certificate names the site's host
 * @param certificateExpired outside its validity
 * @param hsts the https answers carry Strict-Transport-Security
 * @param hstsMaxAge its max-age
 * @param tls10 the JDK's https server refuses TLS 1.0
 * @param tls11 … and TLS 1.1
 * @param tls12 … and accepts TLS 1.2
 * @param tls13 … and TLS 1.3
 * @param findings the codes of the network findings, sorted
 */
public record NetworkTruth(
        @Nullable Boolean ipv6Supported,
        List<String> ipv6Addresses,
        @Nullable Integer ipv6PagesChecked,
        @Nullable Integer ipv6PagesReachable,
        @Nullable Double ipv6PageShare,
        @Nullable Boolean httpsAvailable,
        @Nullable Boolean httpRedirectsToHttps,
        @Nullable Integer certificateDaysLeft,
        @Nullable Boolean certificateTrusted,
        @Nullable Boolean certificateHostnameMatch,
        @Nullable Boolean certificateExpired,
        @Nullable Boolean hsts,
        @Nullable Long hstsMaxAge,
        @Nullable Boolean tls10,
        @Nullable Boolean tls11,
        @Nullable Boolean tls12,
        @Nullable Boolean tls13,
        List<String> findings) {
    public NetworkTruth {
        ipv6Addresses = List.copyOf(ipv6Addresses);
        findings = findings.stream().sorted().toList();
    }

    /** Nothing to find: for manifests in tests that do not look at this part, and farms without names. */
    public static NetworkTruth empty() {
        return new NetworkTruth(
                null, List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of());
    }
}
