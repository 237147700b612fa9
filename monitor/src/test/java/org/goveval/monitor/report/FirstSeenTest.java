package org.goveval.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The carry-forward rule of {@code firstSeen}: one URL broken one way, scan after scan, keeps its first start. */
class FirstSeenTest {
    private static final String SITE = "http://x.gov.cn/";
    private static final String MONDAY = "2026-11-02T01:00:00Z";
    private static final String TUESDAY = "2026-11-03T01:00:00Z";
    private static final String WEDNESDAY = "2026-11-04T01:00:00Z";
    private static final String THURSDAY = "2026-11-05T01:00:00Z";

    /** A report of {@code site} started at {@code startedAt}, each link first seen by this scan (as the scanner writes). */
    static ScanReport scan(
            String site, String startedAt, List<BrokenLinkFinding> broken, List<BrokenLinkFinding> blocked) {
        return new ScanReport(
                1,
                site,
                startedAt,
                1000,
                1,
                1,
                broken.stream().map(f -> f.withFirstSeen(startedAt)).toList(),
                blocked.stream().map(f -> f.withFirstSeen(startedAt)).toList(),
                List.of(),
                List.of(site),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of());
    }

    static BrokenLinkFinding link(String path, String kind) {
        return new BrokenLinkFinding(SITE + path, kind, null, List.of(SITE), false, "", null);
    }

    private static List<String> firstSeen(ScanReport report) {
        return java.util.stream.Stream.concat(report.brokenLinks().stream(), report.blockedOrThrottled().stream())
                .map(f -> f.kind() + " " + f.url() + " " + f.firstSeen())
                .toList();
    }

    @Test
    void theSameUrlBrokenTheSameWayKeepsItsFirstStartAcrossScans() {
        ScanReport monday = scan(SITE, MONDAY, List.of(link("a", "HTTP_ERROR")), List.of(link("api", "THROTTLED")));
        ScanReport tuesday = FirstSeen.carry(
                monday,
                scan(
                        SITE,
                        TUESDAY,
                        List.of(link("a", "HTTP_ERROR"), link("b", "HTTP_ERROR")),
                        List.of(link("api", "THROTTLED"))));
        ScanReport wednesday = FirstSeen.carry(
                tuesday, scan(SITE, WEDNESDAY, List.of(link("a", "HTTP_ERROR"), link("b", "HTTP_ERROR")), List.of()));
        assertThat(firstSeen(tuesday))
                .containsExactly(
                        "HTTP_ERROR http://x.gov.cn/a " + MONDAY,
                        "HTTP_ERROR http://x.gov.cn/b " + TUESDAY,
                        "THROTTLED http://x.gov.cn/api " + MONDAY);
        assertThat(firstSeen(wednesday))
                .containsExactly("HTTP_ERROR http://x.gov.cn/a " + MONDAY, "HTTP_ERROR http://x.gov.cn/b " + TUESDAY);
        // everything but the links is this scan's own
        assertThat(wednesday.startedAt()).isEqualTo(WEDNESDAY);
        assertThat(wednesday.crawledPages()).containsExactly(SITE);
    }

    @Test
    void aLinkBrokenAnotherWayStartsANewSeries() {
        ScanReport monday = scan(SITE, MONDAY, List.of(link("a", "HTTP_ERROR"), link("m", "TIMEOUT")), List.of());
        ScanReport tuesday = FirstSeen.carry(
                monday, scan(SITE, TUESDAY, List.of(link("a", "SOFT_404")), List.of(link("m", "BLOCKED"))));
        assertThat(firstSeen(tuesday))
                .containsExactly("SOFT_404 http://x.gov.cn/a " + TUESDAY, "BLOCKED http://x.gov.cn/m " + TUESDAY);
    }

    @Test
    void aLinkFixedAndBrokenAgainStartsANewSeries() {
        ScanReport monday = scan(SITE, MONDAY, List.of(link("a", "HTTP_ERROR"), link("b", "HTTP_ERROR")), List.of());
        ScanReport tuesday =
                FirstSeen.carry(monday, scan(SITE, TUESDAY, List.of(link("b", "HTTP_ERROR")), List.of())); // a fixed
        ScanReport wednesday = FirstSeen.carry(
                tuesday, scan(SITE, WEDNESDAY, List.of(link("a", "HTTP_ERROR"), link("b", "HTTP_ERROR")), List.of()));
        ScanReport thursday = FirstSeen.carry(
                wednesday, scan(SITE, THURSDAY, List.of(link("a", "HTTP_ERROR"), link("b", "HTTP_ERROR")), List.of()));
        assertThat(firstSeen(wednesday))
                .containsExactly("HTTP_ERROR http://x.gov.cn/a " + WEDNESDAY, "HTTP_ERROR http://x.gov.cn/b " + MONDAY);
        assertThat(firstSeen(thursday))
                .containsExactly("HTTP_ERROR http://x.gov.cn/a " + WEDNESDAY, "HTTP_ERROR http://x.gov.cn/b " + MONDAY);
    }

    @Test
    void aReportWrittenBeforeFirstSeenExistedCountsFromItsOwnStart() {
        ScanReport old = scan(SITE, MONDAY, List.of(), List.of())
                .withLinkFindings(List.of(link("a", "HTTP_ERROR")), List.of()); // firstSeen null, as read from it
        assertThat(old.brokenLinks().get(0).firstSeen()).isNull();
        ScanReport tuesday = FirstSeen.carry(old, scan(SITE, TUESDAY, List.of(link("a", "HTTP_ERROR")), List.of()));
        assertThat(firstSeen(tuesday)).containsExactly("HTTP_ERROR http://x.gov.cn/a " + MONDAY);
    }

    @Test
    void refusesAReportOfAnotherSite() {
        ScanReport other = scan("http://y.gov.cn/", MONDAY, List.of(link("a", "HTTP_ERROR")), List.of());
        ScanReport tuesday = scan(SITE, TUESDAY, List.of(link("a", "HTTP_ERROR")), List.of());
        assertThatThrownBy(() -> FirstSeen.carry(other, tuesday))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("it is a report of http://y.gov.cn/, not of http://x.gov.cn/");
    }

    @Test
    void refusesAReportThatIsNotOfAnEarlierScan() {
        ScanReport tuesday = scan(SITE, TUESDAY, List.of(link("a", "HTTP_ERROR")), List.of());
        ScanReport monday = scan(SITE, MONDAY, List.of(link("a", "HTTP_ERROR")), List.of());
        assertThatThrownBy(() -> FirstSeen.carry(tuesday, monday))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("its scan started at " + TUESDAY + ", not before this scan (" + MONDAY + ")");
        assertThatThrownBy(() -> FirstSeen.carry(tuesday, tuesday)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAReportWhoseStartIsNoInstant() {
        ScanReport undated = scan(SITE, MONDAY, List.of(), List.of());
        ScanReport broken = new ScanReport(
                1, SITE, "Monday", 1000, 1, 1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of());
        assertThatThrownBy(() -> FirstSeen.carry(broken, undated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("its startedAt is not an ISO-8601 instant: 'Monday'");
    }

    @Test
    void aMalformedFirstSeenIsRefusedWhenRead() {
        assertThatThrownBy(() -> link("a", "HTTP_ERROR").withFirstSeen("last week"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstSeen is not an ISO-8601 instant: 'last week'");
    }
}
