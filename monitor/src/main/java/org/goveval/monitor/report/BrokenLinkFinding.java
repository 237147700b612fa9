package org.goveval.monitor.report;

import java.util.List;
import java.util.Objects;

/**
 * A broken link as the scan report lists it (part of the published JSON contract, docs/scan-report.schema.json).
 *
 * @param kind a {@link org.goveval.monitor.links.LinkKind} name
 * @param status the last HTTP status, or null when there was no response
 * @param sourcePages every crawled page that links to it, sorted
 * @param onHomepage whether the home page links to it
 * @param detail a short technical explanation (not part of the contract's required fields)
 */
public record BrokenLinkFinding(
        String url, String kind, Integer status, List<String> sourcePages, boolean onHomepage, String detail) {
    public BrokenLinkFinding {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        sourcePages = List.copyOf(sourcePages);
        Objects.requireNonNull(detail, "detail");
    }
}
