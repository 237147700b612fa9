package org.goveval.monitor.content.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages a finding was seen on: every page's URL is counted, the {@code limit} first in URL order are kept
 * with their details. A term in a site's footer is on every page; keeping details for all of them would hold a
 * copy of each. URL order makes the sample the same whatever order the crawl saw the pages in.
 *
 * <p>Thread-safe: observers call {@link #add} from many threads.
 */
final class PageSample<T> {
    private final int limit;
    private final TreeMap<String, T> kept = new TreeMap<>();
    private int pages;

    PageSample(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    synchronized void add(String page, T details) {
        if (kept.containsKey(page)) {
            return;
        }
        pages++;
        if (kept.size() < limit) {
            kept.put(page, details);
        } else if (page.compareTo(kept.lastKey()) < 0) {
            kept.pollLastEntry();
            kept.put(page, details);
        }
    }

    /** How many distinct pages were added. */
    synchronized int pages() {
        return pages;
    }

    /** The kept pages in URL order, with their details. */
    synchronized List<Map.Entry<String, T>> kept() {
        return new ArrayList<>(kept.entrySet());
    }
}
