package org.goveval.monitor.content;

/**
 * One content check of a site scan. It watches the crawl through its {@link #observer()} (called from many
 * threads at once) and, when the crawl is over, writes its part of the report in {@link #finish}. Checks
 * finish one after another in the order they were given, so a later check (the State Council verdict) can
 * read what the earlier ones found.
 *
 * <p>A check instance serves one scan.
 */
public interface SiteCheck {
    /** A short name, also the {@link Finding#check()} of its findings. */
    String name();

    /** What the check does with each page; keep summaries only. */
    default PageObserver observer() {
        return PageObserver.NONE;
    }

    /**
     * Completes the check: may fetch more (politely, through the context), then records its results.
     *
     * @throws InterruptedException when the scan is interrupted
     */
    void finish(SiteContext context, ContentResults results) throws InterruptedException;
}
