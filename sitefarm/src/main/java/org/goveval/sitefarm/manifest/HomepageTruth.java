package org.goveval.sitefarm.manifest;

import java.util.Objects;

/**
 * Whether the home page shows an item of the last 2 weeks, as a one-off scan judges it from the dates it lists.
 *
 * @param latestDate the newest date on the home page, YYYY-MM-DD
 * @param basis {@code HOMEPAGE}: the farm's home pages list dated items
 */
public record HomepageTruth(boolean updatedWithinTwoWeeks, String latestDate, String basis) {
    public HomepageTruth {
        Objects.requireNonNull(latestDate, "latestDate");
        Objects.requireNonNull(basis, "basis");
    }
}
