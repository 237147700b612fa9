package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;
import java.util.Map;
import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkSettingsTest {
    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1, 53",
        "127.0.0.1:5353, 127.0.0.1, 5353",
        "[::1]:5353, ::1, 5353",
        "[::1], ::1, 53",
        "::1, ::1, 53",
        "' 10.0.0.2 ', 10.0.0.2, 53"
    })
    void aDnsServerIsAnAddressAndAPort(String text, String address, int port) {
        assertThat(NetworkSettings.dnsServer(text)).isEqualTo(new InetSocketAddress(StubResolver.ip(address), port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dns.example.gov.cn", "dns.example.gov.cn:53", "127.0.0.1:0", "127.0.0.1:x", "1.2.3", ""})
    void namesAndBadPortsAreRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> NetworkSettings.dnsServer(text));
    }

    @Test
    void httpsPortsMapBothWays() {
        NetworkSettings settings = NetworkSettings.defaults().withHttpsPorts(Map.of(8080, 8443));
        assertThat(settings.httpsPortFor(8080)).isEqualTo(8443);
        assertThat(settings.httpsPortFor(-1)).isEqualTo(443);
        assertThat(settings.httpsPortFor(8081)).isEqualTo(443);
        assertThat(settings.httpPortFor(8443)).isEqualTo(8080);
        assertThat(settings.httpPortFor(-1)).isEqualTo(80);
    }

    @Test
    void aDnsServerMustBeAnAddress() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NetworkSettings.defaults()
                        .withDnsServer(InetSocketAddress.createUnresolved("dns.example.gov.cn", 53)));
    }
}
