package org.goveval.monitor.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Since when each broken link has been broken: a finding's {@code firstSeen} is the start of the earliest scan in
 * the unbroken series of scans of the site that found the same URL broken with the same kind. Only the previous
 * scan's report is needed, since it carries its own series' starts: a link it listed with the same kind keeps
 * that start; any other link (new, broken another way, or fixed in between and broken again) starts a series
 * at this scan. Used by {@code goveval scan --previous} and by the server, so both count alike.
 */
public final class FirstSeen {
    private FirstSeen() {}

    /**
     * The current report with every broken, blocked or throttled link's {@code firstSeen} carried from {@code
     * previous}, or set to the current scan's start.
     *
     * @throws IllegalArgumentException when {@code previous} is of another site, or did not start before the
     *     current scan (it cannot be the scan before)
     */
    public static ScanReport carry(ScanReport previous, ScanReport current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        if (!previous.site().equals(current.site())) {
            throw new IllegalArgumentException("it is a report of " + previous.site() + ", not of " + current.site());
        }
        if (!instant(previous.startedAt()).isBefore(instant(current.startedAt()))) {
            throw new IllegalArgumentException("its scan started at " + previous.startedAt()
                    + ", not before this scan (" + current.startedAt() + ")");
        }
        Map<String, String> since = new HashMap<>();
        for (List<BrokenLinkFinding> list : List.of(previous.brokenLinks(), previous.blockedOrThrottled())) {
            // a report written before firstSeen existed: its scan found the link, so the series goes back that far
            list.forEach(f -> since.put(key(f), f.since(previous.startedAt())));
        }
        return current.withLinkFindings(
                stamp(current.brokenLinks(), since, current.startedAt()),
                stamp(current.blockedOrThrottled(), since, current.startedAt()));
    }

    private static Instant instant(String startedAt) {
        try {
            return Instant.parse(startedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("its startedAt is not an ISO-8601 instant: '" + startedAt + "'", e);
        }
    }

    private static List<BrokenLinkFinding> stamp(
            List<BrokenLinkFinding> findings, Map<String, String> since, String startedAt) {
        return findings.stream()
                .map(f -> f.withFirstSeen(since.getOrDefault(key(f), startedAt)))
                .toList();
    }

    /** A series is one URL broken one way: a 404 that turns into a timeout is a new problem. */
    private static String key(BrokenLinkFinding f) {
        return f.kind() + ' ' + f.url();
    }
}
