package org.goveval.monitor.scan;

import java.time.Duration;
import java.util.Objects;
import org.goveval.monitor.crawl.CrawlSettings;

/**
 * How one site scan runs.
 *
 * @param workers requests in flight at most across the scan (politeness limits each host further)
 * @param maxPageBytes how much of a crawled page is read (the fetcher's body cap for pages)
 * @param checkpointInterval how often a resumable scan saves its state
 * @param forbiddenRecheckAfter how long after the last 403 the scan waits, at its end, before asking every URL
 *     answered 403 once more (only a 403 that persists is reported as blocked); zero asks at once
 */
public record ScanSettings(
        CrawlSettings crawl,
        int workers,
        long maxPageBytes,
        Duration checkpointInterval,
        Duration forbiddenRecheckAfter) {
    /** A 403 that came and went in a moment (an overloaded firewall, a deploy) is gone a few seconds later. */
    static final Duration DEFAULT_FORBIDDEN_RECHECK = Duration.ofSeconds(10);

    public ScanSettings {
        Objects.requireNonNull(crawl, "crawl");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(forbiddenRecheckAfter, "forbiddenRecheckAfter");
        if (workers < 1 || maxPageBytes < 1 || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException(
                    "scan settings must be positive: " + workers + ", " + maxPageBytes + ", " + checkpointInterval);
        }
        if (forbiddenRecheckAfter.isNegative()) {
            throw new IllegalArgumentException("forbiddenRecheckAfter cannot be negative: " + forbiddenRecheckAfter);
        }
    }

    /** Settings with the default wait before a 403 is asked again. */
    public ScanSettings(CrawlSettings crawl, int workers, long maxPageBytes, Duration checkpointInterval) {
        this(crawl, workers, maxPageBytes, checkpointInterval, DEFAULT_FORBIDDEN_RECHECK);
    }

    public static ScanSettings defaults() {
        return new ScanSettings(
                CrawlSettings.defaults(),
                // enough to keep many hosts busy (external links) while each host sees at most 2 (politeness)
                32,
                // a government page over 10 MiB is a defect in itself; reading more would only cost memory
                10L * 1024 * 1024,
                // a checkpoint copies the whole state: every 30 s costs little and loses at most 30 s of work
                Duration.ofSeconds(30),
                DEFAULT_FORBIDDEN_RECHECK);
    }

    public ScanSettings withCrawl(CrawlSettings newCrawl) {
        return new ScanSettings(newCrawl, workers, maxPageBytes, checkpointInterval, forbiddenRecheckAfter);
    }

    public ScanSettings withCheckpointInterval(Duration interval) {
        return new ScanSettings(crawl, workers, maxPageBytes, interval, forbiddenRecheckAfter);
    }

    public ScanSettings withWorkers(int newWorkers) {
        return new ScanSettings(crawl, newWorkers, maxPageBytes, checkpointInterval, forbiddenRecheckAfter);
    }

    public ScanSettings withForbiddenRecheckAfter(Duration wait) {
        return new ScanSettings(crawl, workers, maxPageBytes, checkpointInterval, wait);
    }
}
