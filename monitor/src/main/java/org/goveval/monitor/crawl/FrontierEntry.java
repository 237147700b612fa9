package org.goveval.monitor.crawl;

import java.net.URI;
import java.util.Objects;

/** A page waiting to be crawled, with its distance in links from the home page. */
public record FrontierEntry(URI uri, int depth) {
    public FrontierEntry {
        Objects.requireNonNull(uri, "uri");
        if (depth < 0) {
            throw new IllegalArgumentException("depth cannot be negative: " + depth);
        }
    }
}
