package org.goveval.server;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for something the server does in the background; the bound only stops a hung test, it is no goal. */
final class Await {
    private Await() {}

    static void until(String what, Duration bound, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + bound.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                fail("not within " + bound + ": " + what);
            }
            Thread.sleep(200);
        }
    }
}
