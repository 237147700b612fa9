package org.goveval.monitor.content.columns;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a list on a page: its link text, its absolute URL and its date, if it shows one.
 *
 * @param text the row's whole text, title and date (untrusted)
 */
record ListedItem(String title, String url, @Nullable LocalDate date, String text) {
    ListedItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
    }
}
