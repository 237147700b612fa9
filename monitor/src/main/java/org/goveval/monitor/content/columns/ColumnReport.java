package org.goveval.monitor.content.columns;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column of a site as the scan found it.
 *
 * @param name the column's name as the site shows it (untrusted text)
 * @param url the column's index page
 * @param category what the name says it is for
 * @param latestDate the newest dated item listed, YYYY-MM-DD; null when no item carries a date
 * @param items how many items the index page lists
 * @param blank the column lists no item at all
 * @param stale not updated within the time its category allows (an undated item counts as not updated)
 */
public record ColumnReport(
        String name,
        String url,
        ColumnCategory category,
        @Nullable String latestDate,
        int items,
        boolean blank,
        boolean stale) {
    public ColumnReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(category, "category");
    }
}
