package org.goveval.sitefarm.internal.content;

import java.util.List;
import java.util.Objects;

/**
 * A sub-column (子栏目) of one of the nine columns, named in the parent column page's sub-navigation.
 *
 * @param category what a content check must classify it as (the monitor's column category)
 * @param items what it lists, newest first
 */
public record SubColumn(ColumnKind parent, String label, String path, String category, List<Listing> items) {
    public SubColumn {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(category, "category");
        items = List.copyOf(items);
    }
}
