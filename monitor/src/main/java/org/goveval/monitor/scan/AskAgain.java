package org.goveval.monitor.scan;

import java.util.Objects;
import org.goveval.monitor.links.LinkType;

/**
 * How a URL answered 403 once is asked again at the end of the scan: crawled again at its depth (a page of the
 * crawl, whose links then count), or checked again as it was linked.
 *
 * @param crawlDepth the page's depth in the crawl; -1 for a link that was checked, not crawled
 */
record AskAgain(int crawlDepth, LinkType type) {
    AskAgain {
        Objects.requireNonNull(type, "type");
        if (crawlDepth < -1) {
            throw new IllegalArgumentException("crawlDepth: -1 or more, found " + crawlDepth);
        }
    }

    static AskAgain crawl(int depth) {
        return new AskAgain(depth, LinkType.ANCHOR);
    }

    static AskAgain check(LinkType type) {
        return new AskAgain(-1, type);
    }
}
