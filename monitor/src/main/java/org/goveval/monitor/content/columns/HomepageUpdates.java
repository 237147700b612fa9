package org.goveval.monitor.content.columns;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * Whether the home page shows new content.
 *
 * @param updatedWithinTwoWeeks a dated item of the last 14 days is on the home page (or, for a
 *     navigation-only home page, on its second-level pages); null when the scan cannot tell
 * @param latestDate the newest date found, YYYY-MM-DD, or null
 * @param basis how it was judged: {@code HOMEPAGE} (dated items on the home page), {@code SECOND_LEVEL}
 *     (a navigation-only home page judged by the pages it links to), {@code SNAPSHOTS} (compared with an
 *     earlier snapshot)
 * @param evidence the pages the judgement rests on
 * @param snapshot the home page's items as this scan saw them, to compare a later scan or probe with (see
 *     {@link HomepageComparison}); null when the home page was not read
 */
public record HomepageUpdates(
        @Nullable Boolean updatedWithinTwoWeeks,
        @Nullable String latestDate,
        String basis,
        List<Evidence> evidence,
        @Nullable HomepageSnapshot snapshot) {
    public static final String HOMEPAGE = "HOMEPAGE";
    public static final String SECOND_LEVEL = "SECOND_LEVEL";
    public static final String SNAPSHOTS = "SNAPSHOTS";

    public HomepageUpdates {
        Objects.requireNonNull(basis, "basis");
        if (!List.of(HOMEPAGE, SECOND_LEVEL, SNAPSHOTS).contains(basis)) {
            throw new IllegalArgumentException("basis must be HOMEPAGE, SECOND_LEVEL or SNAPSHOTS: " + basis);
        }
        evidence = List.copyOf(evidence);
    }

    /** A judgement without a snapshot. */
    public HomepageUpdates(
            @Nullable Boolean updatedWithinTwoWeeks,
            @Nullable String latestDate,
            String basis,
            List<Evidence> evidence) {
        this(updatedWithinTwoWeeks, latestDate, basis, evidence, null);
    }
}
