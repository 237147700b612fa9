package org.goveval.server.monitoring;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The next probe of a site: {@code interval} after the last one, give or take up to {@code jitter}, so that
 * probes of many sites spread over the day and a site is not always probed at the same minute (a server
 * restarted nightly at 02:00 must not hide from, or be caught by, probes fixed to the clock).
 */
final class JitteredInterval implements Schedule {
    private final Duration interval;
    private final Duration jitter;
    private final RandomGenerator random;

    JitteredInterval(Duration interval, Duration jitter, RandomGenerator random) {
        if (interval.isNegative() || interval.isZero() || jitter.isNegative() || jitter.compareTo(interval) >= 0) {
            throw new IllegalArgumentException(
                    "probes: need 0 <= jitter < interval, got " + jitter + " and " + interval);
        }
        this.interval = interval;
        this.jitter = jitter;
        this.random = random;
    }

    /** The longest gap between two probes: what guarantees the rule's probes per day. */
    Duration longest() {
        return interval.plus(jitter);
    }

    @Override
    public Instant getNextExecutionTime(ExecutionComplete done) {
        return next(done.getTimeDone());
    }

    Instant next(Instant from) {
        long spread = jitter.toMillis();
        long offset = spread == 0 ? 0 : random.nextLong(-spread, spread + 1);
        return from.plus(interval).plusMillis(offset);
    }

    /** A site's first probe: at a random moment of the first interval, so sites added together spread out. */
    Instant first(Instant now) {
        return now.plusMillis(random.nextLong(0, interval.toMillis()));
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }
}
