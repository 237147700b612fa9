package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.goveval.monitor.fetch.Outcome.Failed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The retry rules, without a server: which outcomes are retried and how long to wait. */
class RetryPolicyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);
    private final RetryPolicy policy = new RetryPolicy(FetchSettings.defaults(), CLOCK);

    @Test
    void backsOffExponentiallyFromTheBaseDelay() {
        Failed timeout = new Failed(FailureKind.TIMEOUT, "");

        assertThat(policy.delayBefore(1, timeout)).contains(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(2, timeout)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(3, timeout)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = FailureKind.class,
            names = {"TIMEOUT", "CONNECTION_FAILED"},
            mode = EnumSource.Mode.EXCLUDE)
    void neverRetriesFailuresThatWouldFailAgain(FailureKind kind) {
        assertThat(policy.delayBefore(1, new Failed(kind, ""))).isEmpty();
    }

    @Test
    void retriesAFailedConnection() {
        assertThat(policy.delayBefore(1, new Failed(FailureKind.CONNECTION_FAILED, "")))
                .contains(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            429 | 1                             | PT1S
            429 | 30                            | PT30S
            429 | 31                            | none
            429 | 3600                          | none
            429 | 99999999999999999999999       | none
            503 | 0                             | PT0S
            503 | Wed, 21 Oct 2015 07:28:02 GMT | PT2S
            503 | Wed, 21 Oct 2015 07:27:00 GMT | PT0S
            503 | Wed, 21 Oct 2015 08:28:00 GMT | none
            429 | soon                          | PT1S
            429 | -5                            | PT1S
            """)
    void honoursRetryAfterUpToTheCap(int status, String retryAfter, String expected) {
        Answered answer = new Answered(
                status, Map.of("retry-after", List.of(retryAfter)), new byte[0], false, HttpVersion.HTTP_1_1);

        Optional<Duration> delay = policy.delayBefore(1, answer);

        assertThat(delay).isEqualTo(expected.equals("none") ? Optional.empty() : Optional.of(Duration.parse(expected)));
    }

    @Test
    void aTransientStatusWithoutRetryAfterBacksOff() {
        Answered busy = new Answered(503, Map.of(), new byte[0], false, HttpVersion.HTTP_1_1);

        assertThat(policy.delayBefore(2, busy)).contains(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @CsvSource({"200", "301", "400", "404", "500", "501", "505"})
    void otherStatusesAreTheAnswer(int status) {
        assertThat(policy.delayBefore(1, new Answered(status, Map.of(), new byte[0], false, HttpVersion.HTTP_1_1)))
                .isEmpty();
    }
}
