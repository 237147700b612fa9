package org.goveval.monitor.content;

import java.util.List;
import java.util.Optional;
import org.goveval.monitor.links.LinkCheck;

/** What the finished crawl knows, for checks that judge the site as a whole. */
public interface ScanFacts {
    /** The verdict on a URL, when the scan reached one. */
    Optional<LinkCheck> verdict(String url);

    /** The crawled pages linking to a URL, sorted. */
    List<String> sourcesOf(String url);

    /** Every page crawled, sorted. */
    List<String> crawledPages();

    /**
     * Every URL the scan judged broken ({@link org.goveval.monitor.links.Verdict#BROKEN}), sorted: the links
     * the State Council checks deduct for. Empty for facts that do not know them.
     */
    default List<String> brokenLinks() {
        return List.of();
    }
}
