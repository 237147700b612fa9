package org.goveval.sitefarm;

/** How a site answers a path it does not have. */
public enum Soft404Style {
    /** Unknown paths answer 404 with a "页面不存在" page. */
    REAL_404,
    /**
     * Unknown paths answer 200 with the same "页面不存在" page, so a dead link can only be told from a page by
     * comparing it with the answer to a random URL.
     */
    SOFT_200
}
