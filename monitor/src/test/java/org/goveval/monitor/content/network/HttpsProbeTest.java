package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.StubResolver;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.sitefarm.tls.CertificateAuthority;
import org.goveval.sitefarm.tls.ServerIdentity;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS half against small loopback sites, one per certificate: valid, expiring within 30 days, for another
 * name, expired; then a site without https, TLS 1.0/1.1 acceptance, and the SSRF guard.
 */
class HttpsProbeTest {
    private static final String HOST = "www.example.gov.cn";
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Instant NOW = CLOCK.instant();
    private static final CertificateAuthority CA = CertificateAuthority.create("https probe test CA", NOW);
    private static final TlsTrust TRUST = TlsTrust.of(CA.trustStore(), "test CA");
    private static final NetworkSettings SETTINGS =
            NetworkSettings.defaults().withTimes(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO);

    private final MemoryEvidenceStore store = new MemoryEvidenceStore();

    private static ServerIdentity identity(String name, Duration left) {
        return CA.issue(List.of(name), NOW.minus(Duration.ofDays(30)), NOW.plus(left));
    }

    private static SiteProbes probes(boolean allowPrivate) {
        AddressPolicy guard = new AddressPolicy(StubResolver.loopbackOnly().with(HOST, "127.0.0.1"), allowPrivate);
        return new SiteProbes(SETTINGS, guard, "goveval-test", CLOCK);
    }

    private static HttpsProbe.Facts probe(TlsSite site) throws InterruptedException {
        return HttpsProbe.run(
                probes(true),
                URI.create("http://" + HOST + ":" + site.httpPort() + "/"),
                URI.create("https://" + HOST + ":" + site.httpsPort() + "/"),
                CLOCK.instant(),
                TRUST.anchors());
    }

    private List<String> codes(HttpsProbe.Facts facts) {
        NetworkFindings findings = new NetworkFindings(store, 30);
        findings.https(facts);
        return findings.findings().stream().map(Finding::code).toList();
    }

    @Test
    void aWellKeptSite() throws InterruptedException {
        try (TlsSite site =
                TlsSite.start(HOST, identity(HOST, Duration.ofDays(200).plusHours(12)), true, true)) {
            HttpsProbe.Facts facts = probe(site);
            assertThat(facts.available()).isTrue();
            assertThat(facts.redirects()).isTrue();
            assertThat(facts.hstsMaxAge()).contains(63_072_000L);
            assertThat(facts.certificate().daysLeft()).isEqualTo(200);
            assertThat(facts.certificate().valid()).isTrue();
            assertThat(facts.versions()).isEqualTo(new TlsVersions(false, false, true, true));
            assertThat(facts.https().tls().protocol()).isEqualTo("TLSv1.3");
            assertThat(codes(facts)).isEmpty();
        }
    }

    @Test
    void anExpiringCertificateNoRedirectNoHsts() throws InterruptedException {
        try (TlsSite site =
                TlsSite.start(HOST, identity(HOST, Duration.ofDays(10).plusHours(12)), false, false)) {
            HttpsProbe.Facts facts = probe(site);
            assertThat(facts.available()).isTrue();
            assertThat(facts.redirects()).isFalse();
            assertThat(facts.hstsMaxAge()).isEmpty();
            assertThat(facts.certificate().daysLeft()).isEqualTo(10);
            assertThat(codes(facts)).containsExactly("HTTP_NOT_REDIRECTED", "CERT_EXPIRING", "HSTS_MISSING");
        }
    }

    @Test
    void everyFindingCarriesEvidenceWithACopyOfTheAnswer() throws InterruptedException {
        try (TlsSite site =
                TlsSite.start(HOST, identity(HOST, Duration.ofDays(10).plusHours(12)), false, false)) {
            HttpsProbe.Facts facts = probe(site);
            NetworkFindings findings = new NetworkFindings(store, 30);
            findings.https(facts);
            Finding expiring = findings.findings().get(1);
            assertThat(expiring.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(expiring.message())
                    .isEqualTo("HTTPS 证书将在 10 天内到期（" + facts.certificate().notAfter() + "）");
            assertThat(expiring.evidence()).hasSize(1);
            assertThat(expiring.evidence().get(0).url()).isEqualTo("https://" + HOST + ":" + site.httpsPort() + "/");
            assertThat(expiring.evidence().get(0).status()).isEqualTo(200);
            assertThat(expiring.evidence().get(0).snippet()).startsWith("subject CN=" + HOST + "; issuer");
            String copy = expiring.evidence().get(0).copy();
            assertThat(new String(store.copy(copy).orElseThrow().body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("政务公开");
            Finding redirect = findings.findings().get(0);
            assertThat(redirect.evidence().get(0).url()).isEqualTo("http://" + HOST + ":" + site.httpPort() + "/");
            assertThat(redirect.evidence().get(0).snippet()).isEqualTo("HTTP [127.0.0.1]: HTTP 200");
        }
    }

    @Test
    void aCertificateForAnotherName() throws InterruptedException {
        try (TlsSite site = TlsSite.start(HOST, identity("www.other.gov.cn", Duration.ofDays(200)), true, true)) {
            HttpsProbe.Facts facts = probe(site);
            assertThat(facts.available()).isFalse();
            assertThat(facts.certificate().hostnameMatch()).isFalse();
            assertThat(codes(facts)).containsExactly("CERT_HOSTNAME_MISMATCH");
        }
    }

    @Test
    void anExpiredCertificate() throws InterruptedException {
        try (TlsSite site = TlsSite.start(HOST, identity(HOST, Duration.ofDays(-2)), true, true)) {
            HttpsProbe.Facts facts = probe(site);
            assertThat(facts.available()).isFalse();
            assertThat(facts.certificate().expired()).isTrue();
            assertThat(facts.certificate().daysLeft()).isEqualTo(-2);
            assertThat(codes(facts)).containsExactly("CERT_EXPIRED");
        }
    }

    @Test
    void anUntrustedCertificate() throws InterruptedException {
        CertificateAuthority stranger = CertificateAuthority.create("stranger", NOW);
        ServerIdentity identity =
                stranger.issue(List.of(HOST), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)));
        try (TlsSite site = TlsSite.start(HOST, identity, true, true)) {
            HttpsProbe.Facts facts = probe(site);
            assertThat(facts.available()).isFalse();
            assertThat(codes(facts)).containsExactly("CERT_UNTRUSTED");
        }
    }

    @Test
    void noHttpsAtAll() throws InterruptedException {
        HttpsProbe.Facts facts;
        int closedPort;
        try (TlsSite site = TlsSite.start(HOST, identity(HOST, Duration.ofDays(90)), false, false)) {
            closedPort = site.httpsPort();
        }
        try (TlsSite other = TlsSite.start(HOST, identity(HOST, Duration.ofDays(90)), false, false)) {
            facts = HttpsProbe.run(
                    probes(true),
                    URI.create("http://" + HOST + ":" + other.httpPort() + "/"),
                    URI.create("https://" + HOST + ":" + closedPort + "/"),
                    CLOCK.instant(),
                    TRUST.anchors());
        }
        assertThat(facts.handshake()).isFalse();
        assertThat(facts.certificate()).isNull();
        assertThat(facts.versions()).isNull();
        assertThat(facts.https().failure()).startsWith("ConnectException");
        assertThat(codes(facts)).containsExactly("HTTPS_UNAVAILABLE");
    }

    @Test
    void theSsrfGuardKeepsTheProbesOffLoopback() throws InterruptedException {
        try (TlsSite site = TlsSite.start(HOST, identity(HOST, Duration.ofDays(90)), true, true)) {
            HttpsProbe.Facts facts = HttpsProbe.run(
                    probes(false),
                    URI.create("http://" + HOST + ":" + site.httpPort() + "/"),
                    URI.create("https://" + HOST + ":" + site.httpsPort() + "/"),
                    CLOCK.instant(),
                    TRUST.anchors());
            assertThat(facts.http().response()).isNull();
            assertThat(facts.http().failure()).startsWith("refused (BLOCKED)");
            assertThat(facts.https().failure()).startsWith("refused (BLOCKED)");
        }
    }

    @Test
    void legacyVersionsAreRefusedByTheJdkServerAndSeenOnAnOldOne() throws IOException {
        LegacyTlsProbe legacy = new LegacyTlsProbe(Duration.ofSeconds(2));
        try (TlsSite site = TlsSite.start(HOST, identity(HOST, Duration.ofDays(90)), true, true);
                LegacyTlsServer old = new LegacyTlsServer()) {
            URI modern = URI.create("https://" + HOST + ":" + site.httpsPort() + "/");
            URI ancient = URI.create("https://" + HOST + ":" + old.port() + "/");
            assertThat(legacy.accepts(modern, TlsSite.loopback4(), LegacyTlsProbe.TLS10))
                    .isFalse();
            assertThat(legacy.accepts(modern, TlsSite.loopback4(), LegacyTlsProbe.TLS11))
                    .isFalse();
            assertThat(legacy.accepts(ancient, TlsSite.loopback4(), LegacyTlsProbe.TLS10))
                    .isTrue();
            assertThat(legacy.accepts(ancient, TlsSite.loopback4(), LegacyTlsProbe.TLS11))
                    .isTrue();
        }
    }

    @Test
    void anOldServerIsReported() {
        HttpProbe.Seen https = new HttpProbe.Seen(
                URI.create("https://" + HOST + "/"),
                "127.0.0.1",
                NOW,
                Duration.ZERO,
                new HttpProbe.Tls("TLSv1", List.of()),
                null,
                "EOFException");
        HttpsProbe.Facts facts = new HttpsProbe.Facts(https, https, null, new TlsVersions(true, false, false, false));
        assertThat(codes(facts)).containsExactly("HTTP_NOT_REDIRECTED", "TLS_OBSOLETE_ACCEPTED", "TLS_MODERN_MISSING");
    }
}
