package org.goveval.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.goveval.monitor.scan.ScanProgress;

/** The live progress line of {@code goveval scan} on stderr, summed over the sites being scanned. */
final class ProgressLine {
    private final PrintWriter err;
    private final ScanProgress[] latest;
    private final long startNanos = System.nanoTime();

    ProgressLine(PrintWriter err, int sites) {
        this.err = err;
        this.latest = new ScanProgress[sites];
    }

    synchronized void update(int site, ScanProgress progress) {
        latest[site] = progress;
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
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
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
