package org.goveval.monitor.scan;

import java.util.Objects;
import org.goveval.monitor.crawl.CrawlSettings;

/**
 * How one site scan runs.
 *
 * @param workers requests in flight at most across the scan (politeness limits each host further)
 * @param maxPageBytes how much of a crawled page is read (the fetcher's body cap for pages)
 * @param checkpointEveryPages how often a resumable scan saves its state
 */
public record ScanSettings(CrawlSettings crawl, int workers, long maxPageBytes, int checkpointEveryPages) {
    public ScanSettings {
        Objects.requireNonNull(crawl, "crawl");
        if (workers < 1 || maxPageBytes < 1 || checkpointEveryPages < 1) {
            throw new IllegalArgumentException(
                    "scan settings must be positive: " + workers + ", " + maxPageBytes + ", " + checkpointEveryPages);
        }
    }

    public static ScanSettings defaults() {
        return new ScanSettings(
                CrawlSettings.defaults(),
                // enough to keep many hosts busy (external links) while each host sees at most 2 (politeness)
                32,
                // a government page over 10 MiB is a defect in itself; reading more would only cost memory
                10L * 1024 * 1024,
                // a checkpoint costs a file write; every 25 pages loses at most a few seconds of work on a crash
                25);
    }

    public ScanSettings withCrawl(CrawlSettings newCrawl) {
        return new ScanSettings(newCrawl, workers, maxPageBytes, checkpointEveryPages);
    }

    public ScanSettings withCheckpointEveryPages(int pages) {
        return new ScanSettings(crawl, workers, maxPageBytes, pages);
    }

    public ScanSettings withWorkers(int newWorkers) {
        return new ScanSettings(crawl, newWorkers, maxPageBytes, checkpointEveryPages);
    }
}
