package org.goveval.monitor.fetch;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Where a fetch reads how long it took. The 15 s rule of an availability probe is decided on a fetch's
 * {@code elapsed}, and the system clock can step during one (NTP, a virtual machine resumed): then elapsed
 * comes from {@link System#nanoTime}, which never steps, while {@code fetchedAt} stays on the clock. Any other
 * clock is one a test moves by hand to stand for time passing, and is read for both.
 */
final class MonotonicTime {
    /** Nanoseconds from an arbitrary origin that moves only forward. */
    static final LongSupplier SYSTEM = System::nanoTime;

    private MonotonicTime() {}

    static LongSupplier of(Clock clock) {
        // the JDK's system clocks are equal when their zones are: any zone, the same instants
        if (clock.equals(Clock.system(clock.getZone()))) {
            return SYSTEM;
        }
        return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
    }
}
