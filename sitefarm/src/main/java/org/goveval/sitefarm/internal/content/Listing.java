package org.goveval.sitefarm.internal.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item of a column list: an article, or a planted article URL that does not work.
 *
 * @param onHome whether the homepage's block of the column may show it (it does if it is among the five newest)
 */
public record Listing(String title, String path, LocalDate date, boolean onHome) {
    public Listing {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(date, "date");
    }
}
