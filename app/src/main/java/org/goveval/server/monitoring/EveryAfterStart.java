package org.goveval.server.monitoring;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;

/**
 * A fixed delay between runs whose first run also waits one delay. db-scheduler's {@code FixedDelay} runs
 * a new recurring task at once, racing the demo loader on a fresh server: whether the demo websites got
 * scanned unasked would depend on which came first. (An existing execution keeps its time over a restart.)
 */
record EveryAfterStart(Duration delay) implements Schedule {
    EveryAfterStart {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("the delay must be positive: " + delay);
        }
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
        return now.plus(delay);
    }

    @Override
    public Instant getNextExecutionTime(ExecutionComplete done) {
        return done.getTimeDone().plus(delay);
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }
}
