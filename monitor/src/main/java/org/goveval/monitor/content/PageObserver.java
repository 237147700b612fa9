package org.goveval.monitor.content;

/**
 * Sees pages while a scan runs. Called from many threads at once, once per page; must be thread-safe,
 * quick, and must not keep the page.
 */
@FunctionalInterface
public interface PageObserver {
    PageObserver NONE = page -> {};

    void page(CrawledPage page);

    /** An observer of the site's own crawled pages only (not the external pages a link check fetched). */
    static PageObserver crawledOnly(PageObserver observer) {
        return page -> {
            if (page.role() == CrawledPage.Role.CRAWLED) {
                observer.page(page);
            }
        };
    }
}
