package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.PublishedSchema;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.report.SkippedLink;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.LoggedRequest;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.goveval.sitefarm.manifest.NotBrokenLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner against the planted-defect farm: what it reports must equal the farm's manifest exactly — no
 * missed defect, no false report — and it must have been polite while finding it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FarmScanTest {
    private RunningFarm farm;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();

    @BeforeAll
    void scanTheFarm() throws InterruptedException {
        farm = SiteFarm.start(FarmSpec.testFarm().withHang(Duration.ofSeconds(20)), Clock.systemUTC());
        try (Monitor monitor = FarmMonitor.create()) {
            for (FarmSite site : farm.sites()) {
                reports.put(site.name(), monitor.scan(site.homepage(), ScanListener.none(), Optional.empty()));
            }
        }
    }

    @AfterAll
    void stopTheFarm() {
        farm.close();
    }

    private static String line(String url, String kind, Integer status, List<String> sources, boolean onHomepage) {
        return url + " " + kind + " " + status + " home=" + onHomepage + " from " + sources;
    }

    private static List<String> lines(List<ManifestLink> links) {
        return links.stream()
                .map(l -> line(l.url(), l.kind().name(), l.status(), l.sourcePages(), l.onHomepage()))
                .sorted()
                .toList();
    }

    private static List<String> reported(List<BrokenLinkFinding> findings) {
        return findings.stream()
                .map(f -> line(f.url(), f.kind(), f.status(), f.sourcePages(), f.onHomepage()))
                .sorted()
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void brokenLinksEqualTheManifest(String siteName) {
        Manifest manifest = farm.site(siteName).manifest();
        assertThat(reported(reports.get(siteName).brokenLinks())).isEqualTo(lines(manifest.brokenLinks()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void blockedAndThrottledEqualTheManifest(String siteName) {
        Manifest manifest = farm.site(siteName).manifest();
        assertThat(reported(reports.get(siteName).blockedOrThrottled()))
                .isEqualTo(lines(manifest.blockedOrThrottled()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void everyRealPageIsCrawledAndTrapsStayShallow(String siteName) {
        Manifest manifest = farm.site(siteName).manifest();
        ScanReport report = reports.get(siteName);
        assertThat(report.crawledPages()).containsAll(manifest.pages());
        List<String> extra = report.crawledPages().stream()
                .filter(p -> !manifest.pages().contains(p))
                .toList();
        Set<String> known = new java.util.HashSet<>();
        manifest.brokenLinks().forEach(b -> known.add(b.url()));
        manifest.blockedOrThrottled().forEach(b -> known.add(b.url()));
        manifest.notBroken().forEach(n -> known.add(n.url()));
        List<String> traps = extra.stream().filter(p -> !known.contains(p)).toList();
        assertThat(traps)
                .as("crawled beyond the real pages and the planted links: trap pages only, and few")
                .allMatch(p -> p.contains("/calendar/") || p.contains("/search/") || p.contains("/a/images/"))
                .hasSizeLessThan(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void robotsDisallowedLinksAreListedAndNeverRequested(String siteName) {
        FarmSite site = farm.site(siteName);
        Set<String> skipped = reports.get(siteName).skippedLinks().stream()
                .map(SkippedLink::url)
                .collect(Collectors.toSet());
        assertThat(skipped).containsExactlyInAnyOrderElementsOf(site.manifest().robotsDisallowed());
        for (String url : site.manifest().robotsDisallowed()) {
            String path = url.substring(site.homepage().toString().length() - 1);
            assertThat(farm.requestLog().count(siteName, path)).as(path).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void trickyButWorkingLinksAreNotReported(String siteName) {
        ScanReport report = reports.get(siteName);
        Set<String> flagged =
                report.brokenLinks().stream().map(BrokenLinkFinding::url).collect(Collectors.toSet());
        report.blockedOrThrottled().forEach(b -> flagged.add(b.url()));
        for (NotBrokenLink ok : farm.site(siteName).manifest().notBroken()) {
            assertThat(flagged).as(ok.why()).doesNotContain(ok.url());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void robotsTxtCameFirstAndThePerHostLimitsHeld(String siteName) {
        assertThat(farm.requestLog().firstRequest(siteName).map(LoggedRequest::pathAndQuery))
                .contains("/robots.txt");
        assertThat(farm.requestLog().maxInFlight(siteName)).isBetween(1, 2);
        // The gate spaces admissions exactly (PolitenessGateTest); the farm sees each request only once its
        // connection is set up and a thread picks it up, which varies per request and, on a loaded machine,
        // by far more than the delay, so two starts can look close together. The rate over a longer window is
        // robust to that: a polite client starts at most 11 requests in 600 ms (60 ms apart), a late one adds
        // a few; a client without a delay starts one every millisecond or two.
        Duration window = FarmMonitor.HOST_DELAY.multipliedBy(10);
        assertThat(farm.requestLog().maxStartsWithin(siteName, window)).isBetween(2, 22);
        assertThat(farm.requestLog().requests(siteName))
                .allMatch(r -> r.userAgent().startsWith("goveval/"));
    }

    /** Real reports, as written, satisfy the published schema (docs/scan-report.schema.json) by a real validator. */
    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void everyReportValidatesAgainstThePublishedSchema(String siteName) {
        assertThat(PublishedSchema.violations(ReportJson.write(reports.get(siteName))))
                .isEmpty();
    }

    /** The defects report holds what a schema gets wrong first: many kinds, null statuses, blocked, null parts. */
    @Test
    void theDefectsReportHoldsTheSchemasHardCases() {
        ScanReport report = reports.get("defects");
        assertThat(report.brokenLinks().stream().map(BrokenLinkFinding::kind).distinct())
                .contains("HTTP_ERROR", "SOFT_404", "DNS_FAILURE", "TIMEOUT", "REDIRECT_LOOP");
        assertThat(report.brokenLinks()).anyMatch(b -> b.status() == null);
        assertThat(report.blockedOrThrottled().stream().map(BrokenLinkFinding::kind))
                .containsExactlyInAnyOrder("BLOCKED", "THROTTLED");
        assertThat(report.network()).isNotNull();
        assertThat(report.network().ipv6Supported()).isNull(); // a site scanned by IP address: not checked
    }

    /** The farm's 403 never goes away: asked once more at the end, then reported; a 429 is retried, not asked again. */
    @Test
    void theBlockedLinkWasAskedTwiceAndTheThrottledOneRetriedOnly() {
        assertThat(farm.requestLog().count("defects", "/members/list.html")).isEqualTo(2);
        assertThat(reports.get("defects").blockedOrThrottled())
                .filteredOn(b -> b.kind().equals("BLOCKED"))
                .extracting(BrokenLinkFinding::detail)
                .containsExactly("403 Forbidden, and again later");
        assertThat(farm.requestLog().count("defects", "/api/busy")).isEqualTo(3); // 1 + 2 retries
    }
}
