package org.goveval.sitefarm.manifest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link a scanner must report, with every page that carries it.
 *
 * @param url the absolute, normalised URL as a crawler resolves it from the pages
 * @param status the HTTP status the URL answers, or null when there is no answer (DNS, connection, timeout,
 *     TLS, redirect loop or chain)
 * @param sourcePages the pages of {@link Manifest#pages()} that link to it, sorted
 * @param onHomepage whether the homepage is among the source pages
 */
public record ManifestLink(
        String url, LinkKind kind, @Nullable Integer status, List<String> sourcePages, boolean onHomepage) {
    public ManifestLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourcePages, "sourcePages");
        sourcePages = sourcePages.stream().sorted().toList();
        if (sourcePages.isEmpty()) {
            throw new IllegalArgumentException("sourcePages cannot be empty: " + url);
        }
    }
}
