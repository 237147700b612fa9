package org.goveval.monitor.scan;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.DuplicatePage;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.report.SkippedLink;

/** Turns a finished scan's state into its report: findings sorted by URL, sources sorted. */
final class ReportAssembler {
    private ReportAssembler() {}

    static ScanReport assemble(
            URI site, Instant startedAt, Duration duration, ScanState state, ContentResults content) {
        List<BrokenLinkFinding> broken = new ArrayList<>();
        List<BrokenLinkFinding> blocked = new ArrayList<>();
        List<SkippedLink> skipped = new ArrayList<>();
        for (LinkCheck check : state.checks.values()) {
            String url = check.url().toString();
            switch (check.verdict()) {
                case BROKEN ->
                    broken.add(finding(state, url, check.kind().orElseThrow().name(), check, startedAt));
                case BLOCKED, THROTTLED ->
                    blocked.add(finding(state, url, check.verdict().name(), check, startedAt));
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
        return new ScanReport(
                ScanReport.SCHEMA_VERSION,
                site.toString(),
                startedAt.toString(),
                duration.toMillis(),
                state.parsed.size(),
                state.checks.size(),
                broken,
                blocked,
                skipped,
                sorted(state.crawled),
                duplicates(state),
                sorted(state.truncated),
                content.columns().stream()
                        .sorted(Comparator.comparing(ColumnReport::url))
                        .toList(),
                content.homepageUpdates(),
                content.marks(),
                content.network(),
                content.functions(),
                content.wordingErrors(),
                content.hiddenLinks(),
                content.poisonedLinks(),
                content.findings(),
                content.govCheck(),
                content.cstcProposals());
    }

    private static List<String> sorted(java.util.Collection<String> urls) {
        List<String> list = new ArrayList<>(urls);
        list.sort(null);
        return list;
    }

    private static List<DuplicatePage> duplicates(ScanState state) {
        return state.duplicates.entrySet().stream()
                .map(e -> new DuplicatePage(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(DuplicatePage::url))
                .toList();
    }

    /** First seen by this scan: a caller with the previous report carries the earlier start ({@code FirstSeen}). */
    private static BrokenLinkFinding finding(
            ScanState state, String url, String kind, LinkCheck check, Instant startedAt) {
        return new BrokenLinkFinding(
                url,
                kind,
                check.status().orElse(null),
                state.sourcesOf(url),
                state.onHomepage(url),
                check.detail(),
                startedAt.toString());
    }
}
