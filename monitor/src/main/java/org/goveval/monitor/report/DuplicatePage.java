package org.goveval.monitor.report;

import java.util.Objects;

/** A crawled URL that serves the same page (same text, same links) as another: {@code /} and {@code /index.html}. */
public record DuplicatePage(String url, String duplicateOf) {
    public DuplicatePage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
}
