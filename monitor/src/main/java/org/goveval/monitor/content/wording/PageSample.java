package org.goveval.monitor.content.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.goveval.monitor.content.Cap;

/**
 * The pages a finding was seen on: every page's URL is counted, the {@code limit} first in URL order are kept
 * with their details. A term in a site's footer is on every page; keeping details for all of them would hold a
 * copy of each. URL order makes the sample the same whatever order the crawl saw the pages in.
 *
 * <p>The first page is always kept; each further page kept takes a place from {@code extra}, a cap shared by
 * all the samples of a site. Once that cap is reached a sample keeps its size, still trading a later URL for an
 * earlier one.
 *
 * <p>Thread-safe: observers call {@link #add} from many threads.
 */
final class PageSample<T> {
    private final int limit;
    private final Cap extra;
    private final TreeMap<String, T> kept = new TreeMap<>();
    private int pages;

    PageSample(int limit, Cap extra) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.extra = extra;
    }

    /**
     * Counts a page and keeps it if it belongs to the sample; {@code details} is asked only then (it may store a
     * copy of the page).
     */
    synchronized void add(String page, Supplier<T> details) {
        if (kept.containsKey(page)) {
            return;
        }
        pages++;
        if (kept.isEmpty() || (kept.size() < limit && extra.tryTake())) {
            kept.put(page, details.get());
        } else if (page.compareTo(kept.lastKey()) < 0) {
            kept.pollLastEntry();
            kept.put(page, details.get());
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
