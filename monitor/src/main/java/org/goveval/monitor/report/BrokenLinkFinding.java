package org.goveval.monitor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A broken link as the scan report lists it (part of the published JSON contract, docs/scan-report.schema.json).
 *
 * @param kind a {@link org.goveval.monitor.links.LinkKind} name
 * @param status the last HTTP status, or null when there was no response
 * @param sourcePages every crawled page that links to it, sorted
 * @param onHomepage whether the home page links to it
 * @param detail a short technical explanation (not part of the contract's required fields)
 * @param firstSeen ISO-8601 instant (UTC): the start of the first scan in the unbroken series of scans of this site
 *     that found this URL broken with this kind ({@link FirstSeen}); null only in reports written before the field
 *     existed, and then left out of the JSON
 */
public record BrokenLinkFinding(
        String url,
        String kind,
        Integer status,
        List<String> sourcePages,
        boolean onHomepage,
        String detail,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String firstSeen) {
    public BrokenLinkFinding {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        sourcePages = List.copyOf(sourcePages);
        Objects.requireNonNull(detail, "detail");
        if (firstSeen != null) {
            try {
                Instant.parse(firstSeen); // a reader refuses a malformed date rather than carry it forward
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("firstSeen is not an ISO-8601 instant: '" + firstSeen + "'", e);
            }
        }
    }

    public BrokenLinkFinding withFirstSeen(String newFirstSeen) {
        return new BrokenLinkFinding(url, kind, status, sourcePages, onHomepage, detail, newFirstSeen);
    }

    /**
     * Since when the link has been broken, as of a scan that started at {@code scanStartedAt}: {@code firstSeen},
     * or the scan's start for a report written before {@code firstSeen} existed.
     */
    public String since(String scanStartedAt) {
        return firstSeen == null ? scanStartedAt : firstSeen;
    }

    /** How long the link had been broken when that scan started: zero when that scan was the first to find it. */
    public Duration brokenFor(String scanStartedAt) {
        Duration d = Duration.between(Instant.parse(since(scanStartedAt)), Instant.parse(scanStartedAt));
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** {@link #brokenFor} in whole days, for pages that say "已持续 N 天". */
    public long daysBroken(String scanStartedAt) {
        return brokenFor(scanStartedAt).toDays();
    }
}
