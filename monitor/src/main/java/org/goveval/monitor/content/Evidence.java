package org.goveval.monitor.content;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What was seen, so that a supervisor can show the webmaster: where, when, the HTTP status, a short text
 * snippet, and the stored copy of the page as fetched.
 *
 * @param url the page (or the URL that failed)
 * @param fetchedAt ISO-8601 instant of the fetch
 * @param status the HTTP status; null when there was no response
 * @param snippet a short excerpt of the text that shows the finding (untrusted: escape it when shown)
 * @param copy the stored copy's name in the evidence store (see {@link EvidenceStore}); null when none was kept
 */
public record Evidence(
        String url,
        String fetchedAt,
        @Nullable Integer status,
        String snippet,
        @Nullable String copy) {
    /** Longest snippet kept: enough to recognise the text, short enough for a table cell. */
    public static final int MAX_SNIPPET = 160;

    public Evidence {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(snippet, "snippet");
        snippet = shorten(snippet);
    }

    /** Collapses white space and cuts the text to {@link #MAX_SNIPPET} code points, marking the cut. */
    public static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= MAX_SNIPPET) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX_SNIPPET - 1)) + "…";
    }

    /**
     * The text around {@code at} in {@code text}: {@code radius} code points either side, for a hit found by
     * position.
     */
    public static String around(String text, int at, int length, int radius) {
        int start = Math.max(0, at - radius);
        int end = Math.min(text.length(), at + length + radius);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }
}
