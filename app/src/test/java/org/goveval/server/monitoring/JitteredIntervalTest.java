package org.goveval.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JitteredIntervalTest {
    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void theNextProbeFallsWithinTheJitterAroundTheIntervalAndSpreads() {
        JitteredInterval schedule = new JitteredInterval(Duration.ofMinutes(60), Duration.ofMinutes(12), new Random(7));
        long distinct = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> schedule.next(T))
                .peek(next ->
                        assertThat(next).isBetween(T.plus(Duration.ofMinutes(48)), T.plus(Duration.ofMinutes(72))))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(900);
        assertThat(schedule.longest()).isEqualTo(Duration.ofMinutes(72));
        // the defaults never let a day have fewer than the State Council's 20 probes
        assertThat(Duration.ofDays(1).dividedBy(schedule.longest())).isEqualTo(20);
    }

    @Test
    void theFirstProbeIsSomewhereInTheFirstInterval() {
        JitteredInterval schedule = new JitteredInterval(Duration.ofMinutes(60), Duration.ZERO, new Random(3));
        for (int i = 0; i < 100; i++) {
            assertThat(schedule.first(T)).isBetween(T, T.plus(Duration.ofMinutes(60)));
        }
        assertThat(schedule.next(T)).isEqualTo(T.plus(Duration.ofMinutes(60)));
    }

    @Test
    void jitterMustBeSmallerThanTheInterval() {
        assertThatThrownBy(() -> new JitteredInterval(Duration.ofMinutes(10), Duration.ofMinutes(10), new Random()))
                .hasMessage("probes: need 0 <= jitter < interval, got PT10M and PT10M");
    }
}
