package org.goveval.monitor.scan;

import java.util.Objects;
import org.goveval.monitor.crawl.CrawlSettings;

/**
 * How one site scan runs.
 *
 * @param workers requests in flight at most across the scan (politeness limits each host further)
 * @param maxPageBytes how much of a crawled page is read (the fetcher's body cap for pages)
 * @param checkpointInterval how often a resumable scan saves its state
 */
public record ScanSettings(CrawlSettings crawl, int workers, long maxPageBytes, java.time.Duration checkpointInterval) {
    public ScanSettings {
        Objects.requireNonNull(crawl, "crawl");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        if (workers < 1 || maxPageBytes < 1 || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException(
                    "scan settings must be positive: " + workers + ", " + maxPageBytes + ", " + checkpointInterval);
        }
    }

    public static ScanSettings defaults() {
        return new ScanSettings(
                CrawlSettings.defaults(),
                // enough to keep many hosts busy (external links) while each host sees at most 2 (politeness)
                32,
                // a government page over 10 MiB is a defect in itself; reading more would only cost memory
                10L * 1024 * 1024,
                // a checkpoint copies the whole state: every 30 s costs little and loses at most 30 s of work
                java.time.Duration.ofSeconds(30));
    }

    public ScanSettings withCrawl(CrawlSettings newCrawl) {
        return new ScanSettings(newCrawl, workers, maxPageBytes, checkpointInterval);
    }

    public ScanSettings withCheckpointInterval(java.time.Duration interval) {
        return new ScanSettings(crawl, workers, maxPageBytes, interval);
    }

    public ScanSettings withWorkers(int newWorkers) {
        return new ScanSettings(crawl, newWorkers, maxPageBytes, checkpointInterval);
    }
}
