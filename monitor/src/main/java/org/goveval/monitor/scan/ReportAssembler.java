package org.goveval.monitor.scan;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.DuplicatePage;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.report.SkippedLink;

/** Turns a finished scan's state into its report: findings sorted by URL, sources sorted. */
final class ReportAssembler {
    private ReportAssembler() {}

    static ScanReport assemble(URI site, Instant startedAt, Duration duration, ScanState state) {
        List<BrokenLinkFinding> broken = new ArrayList<>();
        List<BrokenLinkFinding> blocked = new ArrayList<>();
        List<SkippedLink> skipped = new ArrayList<>();
        for (LinkCheck check : state.checks.values()) {
            String url = check.url().toString();
            switch (check.verdict()) {
                case BROKEN ->
                    broken.add(finding(state, url, check.kind().orElseThrow().name(), check));
                case BLOCKED, THROTTLED ->
                    blocked.add(finding(state, url, check.verdict().name(), check));
                case ROBOTS_DISALLOWED, REFUSED ->
                    skipped.add(new SkippedLink(
                            url,
                            check.verdict() == org.goveval.monitor.links.Verdict.REFUSED
                                    ? check.detail()
                                    : "robots.txt",
                            state.sourcesOf(url)));
                case OK -> {
                    // working links are counted, not listed
                }
            }
        }
        broken.sort(Comparator.comparing(BrokenLinkFinding::url));
        blocked.sort(Comparator.comparing(BrokenLinkFinding::url));
        skipped.sort(Comparator.comparing(SkippedLink::url));
        List<String> crawled = new ArrayList<>(state.crawled);
        crawled.sort(null);
        return new ScanReport(
                ScanReport.SCHEMA_VERSION,
                site.toString(),
                startedAt.toString(),
                duration.toMillis(),
                state.crawled.size(),
                state.checks.size(),
                broken,
                blocked,
                skipped,
                crawled,
                duplicates(state));
    }

    private static List<DuplicatePage> duplicates(ScanState state) {
        return state.duplicates.entrySet().stream()
                .map(e -> new DuplicatePage(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(DuplicatePage::url))
                .toList();
    }

    private static BrokenLinkFinding finding(ScanState state, String url, String kind, LinkCheck check) {
        return new BrokenLinkFinding(
                url, kind, check.status().orElse(null), state.sourcesOf(url), state.onHomepage(url), check.detail());
    }
}
