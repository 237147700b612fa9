package org.goveval.sitefarm.manifest;

import java.util.Objects;

/**
 * A URL that serves a page of {@link Manifest#pages()} under a second name: the same bytes, so the same text
 * and the same links. A scanner reports it as a duplicate and attributes its links to the original only.
 *
 * @param url the copy's absolute, normalised URL
 * @param duplicateOf the original page, always reached first by a breadth-first crawl (the copy is linked only
 *     from the original)
 */
public record DuplicatePage(String url, String duplicateOf) {
    public DuplicatePage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
}
