package org.goveval.sitefarm.manifest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column as the columns check must report it.
 *
 * @param category the monitor's column category ({@code NEWS}, {@code NOTICE}, {@code POLICY} …)
 * @param latestDate YYYY-MM-DD, or null when the column lists nothing
 * @param items the items of its index page (at most 20: later ones are on {@code index_1.html} …)
 */
public record ColumnTruth(
        String name,
        String url,
        String category,
        @Nullable String latestDate,
        int items,
        boolean blank,
        boolean stale) {
    public ColumnTruth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(category, "category");
    }
}
