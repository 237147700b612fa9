package org.goveval.monitor.content.network;

import java.net.InetAddress;
import java.net.URI;
import java.security.cert.TrustAnchor;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The HTTPS half of the network check: the http home page (does it redirect to https?), the https home page
 * (handshake, certificate, answer, HSTS), then one handshake per TLS version.
 */
final class HttpsProbe {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /**
     * What was found.
     *
     * @param http the http home page's answer
     * @param https the https home page's answer
     * @param certificate the https certificate judged; null without a handshake
     * @param versions the TLS versions; null without a handshake
     */
    record Facts(
            HttpProbe.Seen http,
            HttpProbe.Seen https,
            @Nullable ServerCertificate certificate,
            @Nullable TlsVersions versions) {

        boolean handshake() {
            return https.tls() != null;
        }

        boolean available() {
            return handshake()
                    && certificate != null
                    && certificate.valid()
                    && https.response() != null
                    && https.response().status() < 400;
        }

        /**
         * The first answer of the http home page is a redirect to an https URL (on any host: {@code gov.cn} to
         * {@code https://www.gov.cn/} counts).
         */
        boolean redirects() {
            if (http.response() == null || !REDIRECTS.contains(http.response().status())) {
                return false;
            }
            Optional<String> location = http.response().header("location");
            if (location.isEmpty()) {
                return false;
            }
            try {
                URI target = http.url().resolve(location.get().strip());
                return "https".equalsIgnoreCase(target.getScheme()) && target.getHost() != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /** The HSTS max-age of the https answer; empty without a valid header. */
        Optional<Long> hstsMaxAge() {
            if (https.response() == null) {
                return Optional.empty();
            }
            return https.response().header("strict-transport-security").flatMap(HttpsProbe::maxAge);
        }
    }

    private HttpsProbe() {}

    static Facts run(SiteProbes probes, URI httpHome, URI httpsHome, Instant now, Set<TrustAnchor> anchors)
            throws InterruptedException {
        HttpProbe.Seen http = probes.get(httpHome);
        Optional<InetAddress> address = probes.address(httpsHome);
        HttpProbe.Seen https = address.isPresent() ? probes.getAt(httpsHome, address.get()) : probes.get(httpsHome);
        if (https.tls() == null || https.tls().chain().isEmpty() || address.isEmpty()) {
            return new Facts(http, https, null, null);
        }
        ServerCertificate certificate =
                CertificateInspector.inspect(https.tls().chain(), httpsHome.getHost(), now, anchors);
        InetAddress at = address.get();
        TlsVersions versions = new TlsVersions(
                probes.acceptsLegacy(httpsHome, at, LegacyTlsProbe.TLS10),
                probes.acceptsLegacy(httpsHome, at, LegacyTlsProbe.TLS11),
                probes.handshakes(httpsHome, at, "TLSv1.2"),
                probes.handshakes(httpsHome, at, "TLSv1.3"));
        return new Facts(http, https, certificate, versions);
    }

    /** The max-age directive of a Strict-Transport-Security value (RFC 6797 §6.1), quoted or not. */
    static Optional<Long> maxAge(String header) {
        for (String directive : header.split(";")) {
            String[] pair = directive.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("max-age")) {
                String value = pair[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                try {
                    return Optional.of(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
