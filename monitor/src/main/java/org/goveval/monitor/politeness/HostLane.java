package org.goveval.monitor.politeness;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * One host's state in the gate: its queue of waiting requests, its requests in flight and the spacing of its
 * request starts. Guarded by the gate's lock: every method must be called with it held.
 */
final class HostLane {
    /** Requests waiting for this host, first come first served. */
    final ArrayDeque<Waiter> queue = new ArrayDeque<>();

    private long delayNanos;
    private boolean started;
    private long lastStartNanos;
    private int inFlight;
    private int maxInFlight;
    private long admitted;
    private boolean held;
    private long heldUntilNanos;

    HostLane(long delayNanos) {
        this.delayNanos = delayNanos;
    }

    void setDelayNanos(long delayNanos) {
        this.delayNanos = delayNanos;
    }

    int inFlight() {
        return inFlight;
    }

    /** Holds the host's next start until then, or until a later hold already set. */
    void holdUntil(long untilNanos) {
        if (!held || untilNanos - heldUntilNanos > 0) {
            held = true;
            heldUntilNanos = untilNanos;
        }
    }

    /**
     * Whether the delay since the last start has passed and no hold lasts. Differences of nanoTime values
     * never overflow.
     */
    boolean startDue(long nowNanos) {
        return nanosUntilStartDue(nowNanos) == 0;
    }

    /** How long until {@link #startDue} turns true; 0 if it is already. */
    long nanosUntilStartDue(long nowNanos) {
        long untilDelay = started ? Math.max(0, delayNanos - (nowNanos - lastStartNanos)) : 0;
        long untilHold = held ? Math.max(0, heldUntilNanos - nowNanos) : 0;
        return Math.max(untilDelay, untilHold);
    }

    void start(long nowNanos) {
        started = true;
        lastStartNanos = nowNanos;
        inFlight++;
        admitted++;
        maxInFlight = Math.max(maxInFlight, inFlight);
    }

    void finish() {
        inFlight--;
    }

    HostStats stats() {
        return new HostStats(admitted, inFlight, maxInFlight, queue.size(), Duration.ofNanos(delayNanos));
    }
}
