package org.goveval.monitor.crawl;

import java.util.Objects;

/**
 * Limits of one site crawl.
 *
 * @param maxPages pages fetched and parsed at most (links found on them are still all checked)
 * @param maxDepth link hops from the home page at most
 */
public record CrawlSettings(
        int maxPages,
        int maxDepth,
        CrawlScope scope,
        int maxUrlLength,
        int maxSegmentRepeats,
        int maxPathDepth,
        int maxQueryVariantsPerPath) {

    public CrawlSettings {
        Objects.requireNonNull(scope, "scope");
        if (maxPages < 1
                || maxDepth < 0
                || maxUrlLength < 16
                || maxSegmentRepeats < 1
                || maxPathDepth < 1
                || maxQueryVariantsPerPath < 1) {
            throw new IllegalArgumentException("crawl limits must be positive: " + this);
        }
    }

    public static CrawlSettings defaults() {
        return new CrawlSettings(
                // a county portal has a few thousand pages; a ministry's can have far more, so the CLI can raise it
                10_000,
                // CSTC checks second-level pages and beyond; 8 hops reach every article of TRS/Hanweb layouts
                8,
                // a site's own pages only; links to other hosts are checked, not crawled
                CrawlScope.SAME_HOST,
                // browsers and servers start failing past ~2,000 characters; real pages stay far below 1,024
                1024,
                // /a/images/images/images/…: a relative-link bug repeats a segment without end
                2,
                // real layouts (/xxgk/zwdt/202412/t20241220_1.html) stay under 12 levels
                12,
                // calendars, search results and pagers differ only in their query: 50 variants of one path suffice
                50);
    }

    public CrawlSettings withMaxPages(int pages) {
        return new CrawlSettings(
                pages, maxDepth, scope, maxUrlLength, maxSegmentRepeats, maxPathDepth, maxQueryVariantsPerPath);
    }

    public CrawlSettings withScope(CrawlScope newScope) {
        return new CrawlSettings(
                maxPages, maxDepth, newScope, maxUrlLength, maxSegmentRepeats, maxPathDepth, maxQueryVariantsPerPath);
    }
}
