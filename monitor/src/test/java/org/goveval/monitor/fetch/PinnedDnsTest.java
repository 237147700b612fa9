package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.UnknownHostException;
import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.api.Test;

/** The client's only resolver knows the hosts of requests in flight, and only while they are. */
class PinnedDnsTest {
    private final PinnedDns dns = new PinnedDns();

    @Test
    void aHostNotPinnedDoesNotResolve() {
        assertThatExceptionOfType(UnknownHostException.class)
                .isThrownBy(() -> dns.lookup("www.example.gov.cn"))
                .withMessage("www.example.gov.cn: not checked by the address policy");
    }

    @Test
    void aPinnedHostResolvesToItsAddressUntilTheLeaseIsClosed() throws UnknownHostException {
        PinnedDns.Lease lease = dns.pin("www.example.gov.cn", StubResolver.ip("203.0.113.7"));

        assertThat(dns.lookup("www.example.gov.cn")).containsExactly(StubResolver.ip("203.0.113.7"));

        lease.close();
        assertThat(dns.pinnedHosts()).isZero();
        assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> dns.lookup("www.example.gov.cn"));
    }

    @Test
    void aHostStaysPinnedWhileAnyRequestHoldsItAndTheLaterAddressWins() throws UnknownHostException {
        PinnedDns.Lease first = dns.pin("www.example.gov.cn", StubResolver.ip("203.0.113.7"));
        PinnedDns.Lease second = dns.pin("www.example.gov.cn", StubResolver.ip("203.0.113.8"));

        assertThat(dns.lookup("www.example.gov.cn")).containsExactly(StubResolver.ip("203.0.113.8"));
        first.close();
        assertThat(dns.lookup("www.example.gov.cn")).containsExactly(StubResolver.ip("203.0.113.8"));
        second.close();
        assertThat(dns.pinnedHosts()).isZero();
    }
}
