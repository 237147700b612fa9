package org.goveval.monitor.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolitenessSettingsTest {

    @Test
    void defaults() {
        assertThat(PolitenessSettings.defaults())
                .isEqualTo(new PolitenessSettings(2, Duration.ofMillis(250), 4, Duration.ofSeconds(10)));
    }

    @Test
    void noDelayKeepsTheConcurrencyAndDropsEveryDelay() {
        assertThat(PolitenessSettings.noDelay()).isEqualTo(new PolitenessSettings(2, Duration.ZERO, 4, Duration.ZERO));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0 | PT0.25S  | 4 | PT10S  | maxInFlightPerHost
            2 | PT0.25S  | 0 | PT10S  | maxInFlightPerAddress
            2 | PT-0.25S | 4 | PT10S  | minDelayPerHost
            2 | PT1S     | 4 | PT0.5S | maxCrawlDelay
            """)
    void rejectsInvalidValuesNamingTheParameter(
            int perHost, Duration minDelay, int perAddress, Duration maxCrawlDelay, String parameter) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PolitenessSettings(perHost, minDelay, perAddress, maxCrawlDelay))
                .withMessageContaining(parameter);
    }
}
