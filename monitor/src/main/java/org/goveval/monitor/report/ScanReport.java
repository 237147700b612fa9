package org.goveval.monitor.report;

import java.util.List;
import java.util.Objects;

/**
 * The result of scanning one site. Its JSON form is a published contract: fields are only ever added
 * ({@code docs/scan-report.schema.json}).
 *
 * @param site the home page as scanned
 * @param startedAt ISO-8601 instant the scan started
 * @param pagesCrawled pages fetched and parsed
 * @param linksChecked unique URLs judged (crawled pages included)
 * @param brokenLinks broken links, sorted by URL
 * @param blockedOrThrottled links answered with a persistent 403 (kind BLOCKED) or 429 (kind THROTTLED)
 * @param skippedLinks links not fetched: robots.txt disallows them, or their address is private
 * @param crawledPages every page crawled, sorted
 * @param duplicatePages crawled URLs that serve the same page as another, sorted
 */
public record ScanReport(
        int schemaVersion,
        String site,
        String startedAt,
        long durationMillis,
        int pagesCrawled,
        int linksChecked,
        List<BrokenLinkFinding> brokenLinks,
        List<BrokenLinkFinding> blockedOrThrottled,
        List<SkippedLink> skippedLinks,
        List<String> crawledPages,
        List<DuplicatePage> duplicatePages) {

    /** Bumped only for additions; readers of version 1 can read every later version. */
    public static final int SCHEMA_VERSION = 1;

    public ScanReport {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(startedAt, "startedAt");
        brokenLinks = List.copyOf(brokenLinks);
        blockedOrThrottled = List.copyOf(blockedOrThrottled);
        skippedLinks = List.copyOf(skippedLinks);
        crawledPages = List.copyOf(crawledPages);
        duplicatePages = List.copyOf(duplicatePages);
    }
}
