package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.sitefarm.tls.CertificateAuthority;
import org.goveval.sitefarm.tls.ServerIdentity;
import org.junit.jupiter.api.Test;

/** Certificates judged at a fixed time: valid, expiring, expired, not yet valid, wrong name, unknown issuer. */
class CertificateInspectorTest {
    private static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
    private static final CertificateAuthority CA = CertificateAuthority.create("inspector test CA", NOW);
    private static final TlsTrust TRUST = TlsTrust.of(CA.trustStore(), "test CA");

    private static ServerCertificate inspect(ServerIdentity identity, String host) {
        return CertificateInspector.inspect(identity.chain(), host, NOW, TRUST.anchors());
    }

    private static ServerIdentity issue(String name, Duration before, Duration after) {
        return CA.issue(List.of(name), NOW.minus(before), NOW.plus(after));
    }

    @Test
    void aValidCertificate() {
        ServerCertificate certificate = inspect(
                issue(
                        "www.example.gov.cn",
                        Duration.ofDays(10),
                        Duration.ofDays(200).plusHours(3)),
                "www.example.gov.cn");
        assertThat(certificate.valid()).isTrue();
        assertThat(certificate.daysLeft()).isEqualTo(200);
        assertThat(certificate.expired()).isFalse();
        assertThat(certificate.trusted()).isTrue();
        assertThat(certificate.trustProblem()).isNull();
        assertThat(certificate.hostnameMatch()).isTrue();
        assertThat(certificate.names()).containsExactly("www.example.gov.cn");
        assertThat(certificate.subject()).isEqualTo("CN=www.example.gov.cn");
        assertThat(certificate.issuer()).isEqualTo("O=goveval,CN=inspector test CA");
        assertThat(certificate.notAfter()).isEqualTo("2025-09-17T03:00:00Z");
    }

    @Test
    void aCertificateExpiringWithinThirtyDaysIsStillValid() {
        ServerCertificate certificate = inspect(
                issue(
                        "www.example.gov.cn",
                        Duration.ofDays(300),
                        Duration.ofDays(12).plusHours(23)),
                "www.example.gov.cn");
        assertThat(certificate.valid()).isTrue();
        assertThat(certificate.daysLeft()).isEqualTo(12);
    }

    @Test
    void anExpiredCertificateIsExpiredButStillTrusted() {
        ServerCertificate certificate = inspect(
                issue(
                        "www.example.gov.cn",
                        Duration.ofDays(400),
                        Duration.ofDays(-3).minusHours(1)),
                "www.example.gov.cn");
        assertThat(certificate.expired()).isTrue();
        assertThat(certificate.trusted()).isTrue();
        assertThat(certificate.valid()).isFalse();
        assertThat(certificate.daysLeft()).isEqualTo(-3);
    }

    @Test
    void aCertificateNotYetValidCountsAsExpired() {
        ServerCertificate certificate =
                inspect(issue("www.example.gov.cn", Duration.ofDays(-2), Duration.ofDays(90)), "www.example.gov.cn");
        assertThat(certificate.expired()).isTrue();
        assertThat(certificate.trusted()).isTrue();
    }

    @Test
    void aCertificateForAnotherNameDoesNotMatch() {
        ServerCertificate certificate =
                inspect(issue("www.other.gov.cn", Duration.ofDays(10), Duration.ofDays(90)), "www.example.gov.cn");
        assertThat(certificate.hostnameMatch()).isFalse();
        assertThat(certificate.trusted()).isTrue();
        assertThat(certificate.valid()).isFalse();
    }

    @Test
    void aCertificateOfAnUnknownAuthorityIsUntrusted() {
        CertificateAuthority stranger = CertificateAuthority.create("stranger CA", NOW);
        ServerIdentity identity = stranger.issue(
                List.of("www.example.gov.cn"), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)));
        ServerCertificate certificate = inspect(identity, "www.example.gov.cn");
        assertThat(certificate.trusted()).isFalse();
        assertThat(certificate.trustProblem()).isNotBlank();
        assertThat(certificate.hostnameMatch()).isTrue();
        assertThat(certificate.expired()).isFalse();
    }

    @Test
    void theLeafAloneIsEnoughWhenTheAuthorityIsTrusted() {
        ServerIdentity identity = issue("www.example.gov.cn", Duration.ofDays(1), Duration.ofDays(90));
        ServerCertificate certificate =
                CertificateInspector.inspect(List.of(identity.leaf()), "www.example.gov.cn", NOW, TRUST.anchors());
        assertThat(certificate.trusted()).isTrue();
    }
}
