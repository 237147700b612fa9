package org.goveval.monitor.content.columns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * The items a home page listed at one moment: what a later probe or scan compares with (see {@link
 * HomepageComparison}). Small enough to store with every scan.
 *
 * @param takenAt ISO-8601 instant the home page was fetched
 * @param items the items listed, in page order, at most {@link #MAX_ITEMS}
 */
public record HomepageSnapshot(String takenAt, List<HomepageItem> items) {
    /** A portal's home page lists a few hundred items at most. */
    public static final int MAX_ITEMS = 500;

    public HomepageSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Instant.parse(takenAt);
        items = items.size() > MAX_ITEMS ? List.copyOf(items.subList(0, MAX_ITEMS)) : List.copyOf(items);
    }

    /** The items a home page lists, as fetched at {@code fetchedAt} (dates inferred in {@code zone}). */
    public static HomepageSnapshot of(Document homepage, Instant fetchedAt, ZoneId zone) {
        return of(ListingReader.allItems(homepage, LocalDate.ofInstant(fetchedAt, zone)), fetchedAt.toString());
    }

    /** A snapshot of listed items, taken at {@code takenAt} (ISO-8601). */
    static HomepageSnapshot of(List<ListedItem> listed, String takenAt) {
        List<HomepageItem> items = listed.stream()
                .map(item -> new HomepageItem(
                        item.title(),
                        item.url(),
                        item.date() == null ? null : item.date().toString()))
                .toList();
        return new HomepageSnapshot(takenAt, items);
    }

    public Instant instant() {
        return Instant.parse(takenAt);
    }
}
