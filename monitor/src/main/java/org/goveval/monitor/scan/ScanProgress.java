package org.goveval.monitor.scan;

import java.time.Duration;

/**
 * A moment of a running scan, for progress lines and metrics.
 *
 * @param errors links found broken so far
 */
public record ScanProgress(int pagesCrawled, int pagesQueued, int linksChecked, int errors, Duration elapsed) {
    /** URLs judged per second since the start (crawled pages are among the links checked). */
    public double rate() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return linksChecked / seconds;
    }
}
