package org.goveval.sitefarm.internal.routes;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The farm-wide release of every stalled request: closing the farm ends every wait at once. */
public final class Stall {
    private final CountDownLatch released = new CountDownLatch(1);

    /**
     * Waits for {@code duration} or until release.
     *
     * @return true if released before the duration elapsed
     */
    public boolean await(Duration duration) throws InterruptedException {
        return released.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    public void release() {
        released.countDown();
    }
}
