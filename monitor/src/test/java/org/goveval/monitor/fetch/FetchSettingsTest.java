package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchSettingsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(FetchSettings.defaults())
                .isEqualTo(new FetchSettings(
                        "goveval/0.1 (+https://github.com/goveval/goveval; government website evaluation)",
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(15),
                        10,
                        2,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(30),
                        10 * 1024 * 1024));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' '     | PT5S | PT15S | 10 | 2  | PT1S  | PT30S  | 100        | userAgent
            'a\\nb' | PT5S | PT15S | 10 | 2  | PT1S  | PT30S  | 100        | userAgent
            '监测 (+https://x.gov.cn/)' | PT5S | PT15S | 10 | 2  | PT1S  | PT30S  | 100 | userAgent
            ua      | PT0S | PT15S | 10 | 2  | PT1S  | PT30S  | 100        | connectTimeout
            ua      | PT5S | PT-1S | 10 | 2  | PT1S  | PT30S  | 100        | requestBudget
            ua      | PT5S | PT15S | -1 | 2  | PT1S  | PT30S  | 100        | maxRedirects
            ua      | PT5S | PT15S | 10 | -1 | PT1S  | PT30S  | 100        | maxRetries
            ua      | PT5S | PT15S | 10 | 2  | PT-1S | PT30S  | 100        | retryBaseDelay
            ua      | PT5S | PT15S | 10 | 2  | PT1S  | PT-30S | 100        | maxRetryAfter
            ua      | PT5S | PT15S | 10 | 2  | PT1S  | PT30S  | -1         | maxBodyBytes
            ua      | PT5S | PT15S | 10 | 2  | PT1S  | PT30S  | 2147483640 | maxBodyBytes
            """)
    void rejectsValuesThatMakeNoSenseNamingTheParameter(
            String userAgent,
            Duration connect,
            Duration budget,
            int redirects,
            int retries,
            Duration base,
            Duration retryAfter,
            long maxBody,
            String parameter) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FetchSettings(
                        userAgent.replace("\\n", "\n"), connect, budget, redirects, retries, base, retryAfter, maxBody))
                .withMessageStartingWith(parameter);
    }

    @Test
    void acceptsZeroWhereZeroMeansNone() {
        FetchSettings none = new FetchSettings(
                "ua", Duration.ofMillis(1), Duration.ofMillis(1), 0, 0, Duration.ZERO, Duration.ZERO, 0);

        assertThat(none.maxBodyBytes()).isZero();
        assertThat(none.maxRedirects()).isZero();
    }
}
