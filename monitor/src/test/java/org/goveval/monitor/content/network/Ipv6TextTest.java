package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv6TextTest {
    @ParameterizedTest
    @CsvSource({
        "0:0:0:0:0:0:0:1, ::1",
        "2001:db8:0:0:0:0:0:1, 2001:db8::1",
        "2001:DB8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "1:0:0:0:0:0:0:0, 1::",
        "0:0:0:0:0:0:0:0, ::",
        "240e:0:0:0:0:0:0:a, 240e::a",
        "127.0.0.1, 127.0.0.1"
    })
    void writesRfc5952Text(String literal, String expected) {
        assertThat(Ipv6Text.of(StubResolver.ip(literal))).isEqualTo(expected);
    }
}
