package org.goveval.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.goveval.monitor.scan.ScanProgress;

/**
 * The live progress line of {@code goveval scan} on stderr, summed over the sites being scanned:
 * {@code pages 12 (queued 30)  links 240  errors 3  18.5/s  00:00:13}. It is drawn when a scan reports
 * progress and, with {@link #redrawEvery}, on a timer too: a scan waiting on slow servers reports nothing,
 * and a frozen clock would look like a hung program.
 */
final class ProgressLine {
    private final PrintWriter err;
    private final ScanProgress[] latest;
    private final LongSupplier nanoTime;
    private final long startNanos;

    ProgressLine(PrintWriter err, int sites) {
        this(err, sites, System::nanoTime);
    }

    /** @param nanoTime the time source, {@link System#nanoTime} but in tests */
    ProgressLine(PrintWriter err, int sites, LongSupplier nanoTime) {
        this.err = err;
        this.latest = new ScanProgress[sites];
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    synchronized void update(int site, ScanProgress progress) {
        latest[site] = progress;
        draw();
    }

    /** Draws the line again with what the scans last reported and the time now. */
    synchronized void redraw() {
        draw();
    }

    /**
     * Redraws the line every {@code period} on a virtual thread (so it never keeps the JVM alive) until the
     * returned handle is closed; closing waits for the thread, so that nothing is drawn after it.
     */
    Ticking redrawEvery(Duration period) {
        Thread timer = Thread.ofVirtual().name("goveval-progress").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(period);
                    redraw();
                }
            } catch (InterruptedException stopped) {
                // closed: the scan is over
            }
        });
        return () -> {
            timer.interrupt();
            try {
                timer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A running timer; {@link #close} stops it. */
    interface Ticking extends AutoCloseable {
        @Override
        void close();
    }

    private void draw() {
        int pages = 0;
        int queued = 0;
        int links = 0;
        int errors = 0;
        for (ScanProgress p : latest) {
            if (p != null) {
                pages += p.pagesCrawled();
                queued += p.pagesQueued();
                links += p.linksChecked();
                errors += p.errors();
            }
        }
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startNanos);
        double rate = links / Math.max(elapsed.toMillis() / 1000.0, 0.001); // links include the crawled pages
        long s = elapsed.toSeconds();
        err.printf(
                Locale.ROOT,
                "\rpages %d (queued %d)  links %d  errors %d  %.1f/s  %02d:%02d:%02d ",
                pages,
                queued,
                links,
                errors,
                rate,
                s / 3600,
                s / 60 % 60,
                s % 60);
        err.flush();
    }
}
