package org.goveval.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EveryAfterStartTest {
    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void theFirstRunWaitsOneDelayAndEachNextOneDelayAfterTheLastEnded() {
        EveryAfterStart schedule = new EveryAfterStart(Duration.ofHours(1));
        assertThat(schedule.getInitialExecutionTime(T)).isEqualTo(T.plus(Duration.ofHours(1)));
        Instant ended = T.plus(Duration.ofMinutes(61));
        assertThat(schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(ended)))
                .isEqualTo(ended.plus(Duration.ofHours(1)));
    }

    @Test
    void aDelayMustBePositive() {
        assertThatThrownBy(() -> new EveryAfterStart(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
