package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.ColumnTruth;
import org.goveval.sitefarm.manifest.ColumnsTruth;
import org.goveval.sitefarm.manifest.HomepageTruth;
import org.goveval.sitefarm.manifest.MarksTruth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The columns and marks checks against the farm: what they report equals the manifest's columns and marks
 * truth exactly. The content farm's {@code pass}, {@code fail}, {@code bare} and {@code thin} (TRS layout: ISO,
 * [MM-dd] and 年月日 dates, some over a year old)
 * and the test farm's {@code clean} and {@code gbk} (Hanweb layout: slashed and dotted dates, dates only in
 * URLs, relative links, GBK) are scanned with the monitor's clock set to the farm's date, as a scan on that
 * day would be: dates are judged against the scan's clock, never the machine's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnsAndMarksFarmTest {
    /** 2024-12-20, 10:00 in Beijing. */
    private static final Instant FARM_DAY = Instant.parse("2024-12-20T02:00:00Z");

    private RunningFarm contentFarm;
    private RunningFarm testFarm;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();
    private final Map<String, FarmSite> sites = new ConcurrentHashMap<>();
    private final MemoryEvidenceStore evidence = new MemoryEvidenceStore();

    /** The test farm whose clean and gbk sites are scanned; a subclass runs every assertion on another frame. */
    FarmSpec testFarmSpec() {
        return FarmSpec.testFarm().withHang(Duration.ofSeconds(5));
    }

    @BeforeAll
    void scanTheFarms() throws InterruptedException {
        Clock farmClock = Clock.fixed(FARM_DAY, ZoneId.of("Asia/Shanghai"));
        contentFarm = SiteFarm.start(FarmSpec.contentFarm(), farmClock);
        testFarm = SiteFarm.start(testFarmSpec(), farmClock);
        Clock system = Clock.systemUTC();
        // a clock that ticks (politeness and time-outs need it) but reads the farm's day
        Clock scanClock = Clock.offset(system, Duration.between(system.instant(), FARM_DAY));
        try (Monitor monitor = Monitor.create(FarmMonitor.settings(), FarmMonitor.loopbackOnly(), scanClock)) {
            for (FarmSite site : List.of(
                    contentFarm.site("pass"),
                    contentFarm.site("fail"),
                    contentFarm.site("bare"),
                    contentFarm.site("thin"),
                    testFarm.site("clean"),
                    testFarm.site("gbk"))) {
                sites.put(site.name(), site);
                reports.put(
                        site.name(), monitor.scan(site.homepage(), ScanListener.none(), Optional.empty(), evidence));
            }
        }
    }

    @Test
    void aHomepageSnapshotTakenBetweenScansListsWhatTheScanSaw() {
        Clock system = Clock.systemUTC();
        Clock scanClock = Clock.offset(system, Duration.between(system.instant(), FARM_DAY));
        try (Monitor monitor = Monitor.create(FarmMonitor.settings(), FarmMonitor.loopbackOnly(), scanClock)) {
            for (String name : List.of("pass", "gbk")) {
                var snapshot = monitor.homepageSnapshot(sites.get(name).homepage());
                assertThat(snapshot).as(name).isPresent();
                assertThat(snapshot.get().items())
                        .as(name)
                        .isNotEmpty()
                        .isEqualTo(
                                reports.get(name).homepageUpdates().snapshot().items());
            }
        }
    }

    @AfterAll
    void stopTheFarms() {
        contentFarm.close();
        testFarm.close();
    }

    private static List<ColumnTruth> columns(ScanReport report) {
        return report.columns().stream()
                .map(c -> new ColumnTruth(
                        c.name(), c.url(), c.category().name(), c.latestDate(), c.items(), c.blank(), c.stale()))
                .toList();
    }

    private static List<Finding> findings(ScanReport report, String check) {
        return report.findings().stream().filter(f -> f.check().equals(check)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin", "clean", "gbk"})
    void columnsEqualTheManifest(String site) {
        ColumnsTruth truth = sites.get(site).manifest().content().columns();
        assertThat(columns(reports.get(site))).isEqualTo(truth.columns());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin", "clean", "gbk"})
    void homepageUpdatesEqualTheManifest(String site) {
        HomepageTruth truth = sites.get(site).manifest().content().columns().homepage();
        HomepageUpdates updates = reports.get(site).homepageUpdates();
        assertThat(updates).isNotNull();
        assertThat(new HomepageTruth(
                        Boolean.TRUE.equals(updates.updatedWithinTwoWeeks()), updates.latestDate(), updates.basis()))
                .isEqualTo(truth);
        assertThat(updates.updatedWithinTwoWeeks()).isNotNull();
        assertThat(updates.snapshot()).isNotNull();
        assertThat(updates.snapshot().items()).isNotEmpty();
        assertThat(updates.snapshot().takenAt()).startsWith("2024-12-20T");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin", "clean", "gbk"})
    void columnFindingsEqualTheManifestAndCiteTheColumnPage(String site) {
        ColumnsTruth truth = sites.get(site).manifest().content().columns();
        List<Finding> found = findings(reports.get(site), "columns");
        assertThat(found.stream()
                        .map(f -> f.code() + " " + f.evidence().getFirst().url())
                        .sorted()
                        .toList())
                .isEqualTo(truth.findings());
        assertThat(found).allSatisfy(this::hasStoredEvidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin", "clean", "gbk"})
    void marksEqualTheManifest(String site) {
        MarksTruth truth = sites.get(site).manifest().content().marks();
        Marks marks = reports.get(site).marks();
        assertThat(marks).isNotNull();
        List<Finding> found = findings(reports.get(site), "marks");
        assertThat(new MarksTruth(
                        marks.siteCode(),
                        marks.icp(),
                        marks.publicSecurityRecord(),
                        marks.conacBadge(),
                        marks.sponsor(),
                        found.stream().map(Finding::code).toList()))
                .isEqualTo(truth);
        assertThat(found).allSatisfy(this::hasStoredEvidence);
    }

    @Test
    void passIsCleanAndFailPlantsWhatTheStateCouncilVetoes() {
        assertThat(findings(reports.get("pass"), "columns")).isEmpty();
        assertThat(findings(reports.get("pass"), "marks")).isEmpty();
        ScanReport fail = reports.get("fail");
        assertThat(fail.columns())
                .filteredOn(c -> c.stale() && c.category().name().equals("NEWS"))
                .hasSize(5);
        assertThat(fail.columns()).filteredOn(c -> c.blank()).hasSize(1);
        assertThat(fail.homepageUpdates().updatedWithinTwoWeeks()).isFalse();
        assertThat(findings(fail, "columns"))
                .filteredOn(f -> f.code().equals("HOMEPAGE_NOT_UPDATED"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.VETO));
    }

    /**
     * {@code bare} plants the State Council's column thresholds exactly: five blank columns and ten stale ones,
     * each over a year old (past every window), only two of them news, notice or policy columns; no footer mark
     * but the site code and the ICP filing.
     */
    @Test
    void bareReachesTheBlankAndLongStaleThresholdsAndLacksThreeMarks() {
        ScanReport bare = reports.get("bare");
        assertThat(bare.columns()).filteredOn(c -> c.blank()).hasSize(5);
        assertThat(bare.columns())
                .filteredOn(c -> c.stale())
                .hasSize(10)
                .allSatisfy(c -> assertThat(LocalDate.parse(c.latestDate())).isBefore(LocalDate.of(2023, 12, 20)));
        assertThat(bare.columns())
                .filteredOn(c -> c.stale()
                        && List.of("NEWS", "NOTICE", "POLICY")
                                .contains(c.category().name()))
                .hasSize(2);
        assertThat(bare.columns())
                .noneMatch(c ->
                        List.of("INTERACTION", "SERVICE").contains(c.category().name()));
        assertThat(bare.homepageUpdates().updatedWithinTwoWeeks()).isTrue();
        Marks marks = bare.marks();
        assertThat(marks.publicSecurityRecord()).isNull();
        assertThat(marks.conacBadge()).isNull();
        assertThat(marks.sponsor()).isNull();
        assertThat(marks.siteCode()).isNotNull();
        assertThat(marks.icp()).isNotNull();
    }

    private void hasStoredEvidence(Finding finding) {
        assertThat(finding.evidence()).isNotEmpty();
        Evidence first = finding.evidence().getFirst();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.fetchedAt()).startsWith("2024-12-20T");
        assertThat(first.copy()).isNotNull();
        assertThat(evidence.copy(first.copy())).isPresent();
        assertThat(first.snippet()).isNotBlank();
    }
}
