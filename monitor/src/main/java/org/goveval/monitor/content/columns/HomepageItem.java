package org.goveval.monitor.content.columns;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An item listed on the home page.
 *
 * @param title its link text (untrusted)
 * @param url its absolute URL
 * @param date the date it shows, YYYY-MM-DD, or null
 */
public record HomepageItem(
        String title, String url, @Nullable String date) {
    public HomepageItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    /** What identifies the item across snapshots: its URL and title (a re-dated item is the same item). */
    String key() {
        return url + "\n" + title;
    }
}
