package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.content.ContentSettings;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.goveval.monitor.content.govcheck.GovCheck;
import org.goveval.monitor.content.govcheck.GovCheckSettings;
import org.goveval.monitor.content.govcheck.Veto;
import org.goveval.monitor.content.network.Ipv6Loopback;
import org.goveval.monitor.content.network.NetworkSettings;
import org.goveval.monitor.net.StubResolver;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.monitor.report.ReportHtml;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.GovCheckTruth;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole chain on the content farm, as a supervisor would run it: every check on, each site scanned by
 * name (https, IPv6, DNS through a stub, all on loopback) with a week of clean availability probes, and the
 * State Council verdict compared with the farm's truth (verdict, score, vetoes, deductions and what is left to a
 * person): {@code pass} passes with 100, {@code fail} and {@code bare} fail on exactly the vetoes their defects
 * plant (different ones), each with evidence, and {@code thin} passes with the points its marks and columns lose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerdictFarmTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private RunningFarm farm;
    private FarmByName byName;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();
    private final MemoryEvidenceStore store = new MemoryEvidenceStore();

    @BeforeAll
    void scanTheContentFarmByName() throws InterruptedException {
        Ipv6Loopback.require();
        // the system clock for farm and scan alike: the farm's certificates count from it, and a fixed clock in
        // the past would fail the crawl's own TLS handshakes
        farm = SiteFarm.start(FarmSpec.contentFarm(), Clock.system(BEIJING));
        byName = FarmByName.of(farm);
        StubResolver guardResolver = byName.guardResolver();
        NetworkSettings network = byName.network();
        for (FarmSite site : farm.sites()) {
            URI home = farm.network(site.name()).homepage();
            MonitorSettings settings = FarmMonitor.settings()
                    .withTrust(TlsTrust.of(farm.trustStore(), "the farm's CA"))
                    .withContent(ContentSettings.defaults()
                            .withNetwork(network)
                            .withGovCheck(GovCheckSettings.defaults().withProbes(cleanWeek(home))));
            try (Monitor monitor = Monitor.create(settings, guardResolver, Clock.systemUTC())) {
                reports.put(site.name(), monitor.scan(home, ScanListener.none(), Optional.empty(), store));
            }
        }
    }

    /** Seven full days before today (Beijing), 24 probes a day, every one opened in 300 ms. */
    private static List<ProbeResult> cleanWeek(URI home) {
        ZonedDateTime start = ZonedDateTime.now(Clock.system(BEIJING))
                .toLocalDate()
                .minusDays(7)
                .atStartOfDay(BEIJING);
        List<ProbeResult> probes = new ArrayList<>();
        for (int hour = 0; hour < 7 * 24; hour++) {
            Instant at = start.plusHours(hour).plusMinutes(17).toInstant();
            probes.add(new ProbeResult(home, at, ProbeOutcome.OPENED, 300, 200, ""));
        }
        return probes;
    }

    @AfterAll
    void stop() {
        if (byName != null) {
            byName.close();
        }
        if (farm != null) {
            farm.close();
        }
    }

    private static GovCheckTruth observed(ScanReport report) {
        GovCheck check = report.govCheck();
        assertThat(check).as("govCheck of " + report.site()).isNotNull();
        Map<String, Double> deductions = new LinkedHashMap<>();
        check.deductions().forEach(d -> deductions.merge(d.indicator(), d.points(), Double::sum));
        return new GovCheckTruth(
                check.verdict(),
                check.score(),
                check.vetoes().stream().map(Veto::indicator).toList(),
                deductions,
                check.manualReview());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin"})
    void theVerdictEqualsTheTruth(String site) {
        GovCheckTruth truth = farm.site(site).manifest().content().govCheck();
        assertThat(truth).isNotEqualTo(GovCheckTruth.empty());
        assertThat(observed(reports.get(site)))
                .as("deductions: " + reports.get(site).govCheck().deductions())
                .isEqualTo(truth);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail", "bare"})
    void everyVetoCarriesEvidenceWithAStoredCopy(String site) {
        List<Veto> vetoes = reports.get(site).govCheck().vetoes();
        assertThat(vetoes).isNotEmpty();
        assertThat(vetoes).allSatisfy(veto -> {
            assertThat(veto.evidence()).as(veto.indicator()).isNotEmpty();
            assertThat(veto.evidence())
                    .as(veto.indicator())
                    .anySatisfy(e -> assertThat(e.copy()).isNotNull());
        });
    }

    /** One VETO finding per veto and nothing left undecided or suspected on the sites without hidden links. */
    @ParameterizedTest
    @ValueSource(strings = {"pass", "bare", "thin"})
    void theVerdictFindingsAreOnePerVetoAndNoneUndecided(String site) {
        ScanReport report = reports.get(site);
        assertThat(report.findings().stream()
                        .filter(f -> f.check().equals("govcheck"))
                        .map(Finding::code)
                        .toList())
                .containsExactlyElementsOf(
                        report.govCheck().vetoes().stream().map(v -> "VETO").toList());
    }

    /** The report a supervisor signs: the verdict first, each veto named, nothing from the site unescaped. */
    @Test
    void theHtmlReportLeadsWithTheVerdict() {
        var doc = Jsoup.parse(ReportHtml.render(reports.get("fail")));
        assertThat(doc.select("h2").first().text()).isEqualTo("国办检查指标结论 State Council checks");
        assertThat(doc.select("p.verdict").text()).isEqualTo("结论：不合格 (FAIL)");
        assertThat(doc.select("script")).isEmpty();
        var pass = Jsoup.parse(ReportHtml.render(reports.get("pass")));
        assertThat(pass.select("p.verdict").text()).startsWith("结论：合格 (PASS)");
    }

    @Test
    void aScanWithoutProbeHistoryLeavesAvailabilityToAPerson() throws InterruptedException {
        FarmSite pass = farm.site("pass");
        ScanReport report;
        try (Monitor monitor = Monitor.create(FarmMonitor.settings(), FarmMonitor.loopbackOnly(), Clock.systemUTC())) {
            report = monitor.scan(pass.homepage(), ScanListener.none(), Optional.empty());
        }
        assertThat(report.govCheck().verdict()).isEqualTo("NEEDS_REVIEW");
        assertThat(report.govCheck().manualReview()).anyMatch(item -> item.contains("veto.availability"));
    }

    @Test
    void theProbeWeekIsLongEnough() {
        assertThat(cleanWeek(URI.create("http://x.gov.cn/"))).hasSize(168);
        assertThat(Duration.between(
                        cleanWeek(URI.create("http://x.gov.cn/")).getFirst().at(),
                        cleanWeek(URI.create("http://x.gov.cn/")).getLast().at()))
                .isEqualTo(Duration.ofHours(167));
    }
}
