package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HstsTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            max-age=31536000                              | 31536000
            max-age=31536000; includeSubDomains; preload  | 31536000
            includeSubDomains; MAX-AGE = 600              | 600
            max-age="86400"                               | 86400
            max-age=0                                     | 0
            max-age=forever                               |
            includeSubDomains                             |
            """)
    void readsMaxAge(String header, Long expected) {
        assertThat(HttpsProbe.maxAge(header)).isEqualTo(Optional.ofNullable(expected));
    }
}
