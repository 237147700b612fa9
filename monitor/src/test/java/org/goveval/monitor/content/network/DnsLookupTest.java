package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** AAAA look-ups through dnsjava against the local DNS stub: no query leaves the machine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DnsLookupTest {
    private DnsStub stub;
    private DnsLookup lookup;

    @BeforeAll
    void start() {
        stub = DnsStub.start()
                .with("v6.example.gov.cn", "127.0.0.1", "240e::a", "::1")
                .with("v4.example.gov.cn", "127.0.0.1")
                .failing("broken.example.gov.cn")
                .silent("mute.example.gov.cn");
        NetworkSettings settings = NetworkSettings.defaults().withDnsServer(stub.address());
        settings = new NetworkSettings(
                settings.dnsServer(),
                Duration.ofMillis(300),
                settings.connectTimeout(),
                settings.requestBudget(),
                settings.requestInterval(),
                settings.maxPages(),
                settings.expiryWarningDays(),
                settings.httpsPorts());
        lookup = DnsLookup.of(settings);
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    @Test
    void aaaaRecordsInAnswerOrder() {
        assertThat(lookup.aaaa("v6.example.gov.cn"))
                .isEqualTo(new DnsLookup.Answer.Found(
                        java.util.List.of(StubResolver.ip("240e::a"), StubResolver.ip("::1")), "NOERROR"));
        assertThat(stub.questions()).contains("AAAA v6.example.gov.cn");
    }

    @Test
    void anIpv4OnlyNameHasNoAaaa() {
        assertThat(lookup.aaaa("V4.Example.gov.cn"))
                .isEqualTo(new DnsLookup.Answer.Found(java.util.List.of(), "NOERROR"));
    }

    @Test
    void anUnknownNameIsNxdomain() {
        assertThat(lookup.aaaa("nowhere.example.gov.cn"))
                .isEqualTo(new DnsLookup.Answer.Found(java.util.List.of(), "NXDOMAIN"));
    }

    @Test
    void servfailIsNoAnswer() {
        assertThat(lookup.aaaa("broken.example.gov.cn")).isInstanceOf(DnsLookup.Answer.Failed.class);
        assertThat(((DnsLookup.Answer.Failed) lookup.aaaa("broken.example.gov.cn")).detail())
                .endsWith("SERVFAIL");
    }

    @Test
    void silenceIsNoAnswer() {
        assertThat(lookup.aaaa("mute.example.gov.cn")).isInstanceOf(DnsLookup.Answer.Failed.class);
    }

    @Test
    void theServerIsNamedForEvidence() {
        assertThat(lookup.server()).contains("127.0.0.1:" + stub.address().getPort());
    }
}
