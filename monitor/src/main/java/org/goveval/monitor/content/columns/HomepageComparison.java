package org.goveval.monitor.content.columns;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges home-page updates by comparing this scan's snapshot with earlier ones (from earlier probes or
 * scans, kept by whoever runs the monitor), which catches what dates alone cannot: a home page whose dates
 * are missing, or that shows today's date on every visit without changing.
 *
 * <p>The rule: an earlier snapshot taken within the window (2 weeks by default) that lists other items than
 * the current one proves an update within the window; a snapshot taken at or before the start of the window
 * that lists the same items (the newest such snapshot), with no snapshot in the window differing, proves
 * none. Otherwise the snapshots settle
 * nothing and the dates decide, as in a one-off scan.
 */
public final class HomepageComparison {
    private final Period window;

    public HomepageComparison(Period window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    /** Compares over two weeks, the State Council's window for the home page. */
    public static HomepageComparison twoWeeks() {
        return new HomepageComparison(Period.ofWeeks(2));
    }

    /**
     * The judgement of {@code current} (a scan's, judged by dates) refined by {@code earlier} snapshots of
     * the same home page, in any order; {@code current} itself when it has no snapshot or the snapshots
     * settle nothing.
     */
    public HomepageUpdates compare(List<HomepageSnapshot> earlier, HomepageUpdates current) {
        HomepageSnapshot now = current.snapshot();
        if (now == null) {
            return current;
        }
        Instant start = now.instant().atOffset(ZoneOffset.UTC).minus(window).toInstant();
        Set<String> items = keys(now);
        boolean changedWithin = earlier.stream()
                .filter(s -> s.instant().isAfter(start) && !s.instant().isAfter(now.instant()))
                .anyMatch(s -> !keys(s).equals(items));
        if (changedWithin) {
            return judged(true, current);
        }
        boolean sameSinceBefore = earlier.stream()
                .filter(s -> !s.instant().isAfter(start))
                .max(Comparator.comparing(HomepageSnapshot::instant))
                .map(s -> keys(s).equals(items))
                .orElse(false);
        return sameSinceBefore ? judged(false, current) : current;
    }

    private static HomepageUpdates judged(boolean updated, HomepageUpdates current) {
        return new HomepageUpdates(
                updated, current.latestDate(), HomepageUpdates.SNAPSHOTS, current.evidence(), current.snapshot());
    }

    private static Set<String> keys(HomepageSnapshot snapshot) {
        return snapshot.items().stream().map(HomepageItem::key).collect(Collectors.toSet());
    }
}
