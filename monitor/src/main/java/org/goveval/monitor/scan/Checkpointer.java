package org.goveval.monitor.scan;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Saves a running scan's state on a timer, from one thread of its own, so that the workers never queue
 * behind a write and a large site is not copied after every few pages.
 */
final class Checkpointer implements AutoCloseable {
    private final CheckpointStore store;
    private final Duration interval;
    private final Supplier<ScanCheckpoint.Saved> capture;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    /** @param capture takes a consistent copy of the state (the run holds its write lock while copying) */
    Checkpointer(CheckpointStore store, Duration interval, Supplier<ScanCheckpoint.Saved> capture) {
        this.store = store;
        this.interval = interval;
        this.capture = capture;
        this.thread = Thread.ofVirtual().name("scan-checkpoint").start(this::loop);
    }

    private void loop() {
        try {
            while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    saveNow();
                } catch (RuntimeException failed) {
                    // the store keeps the previous checkpoint (a database restarting, a full disk): the scan goes
                    // on and the next tick tries again, rather than never saving again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Captures and writes the state now. */
    void saveNow() {
        store.save(ScanCheckpoint.toBytes(capture.get()));
    }

    @Override
    public void close() {
        stop.countDown();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
