package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A broken link as the scan judged it, for the link-availability deduction.
 *
 * @param kind the broken-link kind ({@code HTTP_ERROR}, {@code TIMEOUT} …)
 * @param status the last HTTP status, null without a response
 * @param onHomepage the home page links to it
 * @param sourcePages the crawled pages linking to it, sorted
 */
public record BrokenLink(
        String url, String kind, @Nullable Integer status, boolean onHomepage, List<String> sourcePages) {
    public BrokenLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        sourcePages = List.copyOf(sourcePages);
    }
}
