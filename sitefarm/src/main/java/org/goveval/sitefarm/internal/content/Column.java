package org.goveval.sitefarm.internal.content;

import java.util.Objects;

/**
 * A column of a site.
 *
 * @param number the CMS's column number (TRS: {@code col{number}})
 * @param path the path of its index page
 */
public record Column(ColumnKind kind, int number, String path) {
    public Column {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    public String label() {
        return kind.label();
    }
}
