package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.functions.IncompleteGuide;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.FunctionsTruth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The functions check against the content farm: on every site ({@code pass}, {@code fail}, {@code bare} without
 * channel or services, {@code thin}) its report equals the planted truth exactly, and every finding carries
 * evidence with a stored copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionsFarmTest {
    /** 10:00 in Beijing: far from midnight, so the farm's date and the scan's date agree. */
    private static final Instant NOW = Instant.parse("2024-12-20T02:00:00Z");

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private RunningFarm farm;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();
    private final MemoryEvidenceStore store = new MemoryEvidenceStore();

    @BeforeAll
    void scanTheContentFarm() throws InterruptedException {
        farm = SiteFarm.start(FarmSpec.contentFarm(), Clock.fixed(NOW, BEIJING));
        // The scan's clock runs from the farm's instant, so that its fetch times date what it sees.
        Clock system = Clock.systemUTC();
        Clock scanClock = Clock.offset(system, Duration.between(system.instant(), NOW));
        try (Monitor monitor = Monitor.create(FarmMonitor.settings(), FarmMonitor.loopbackOnly(), scanClock)) {
            for (FarmSite site : farm.sites()) {
                reports.put(site.name(), monitor.scan(site.homepage(), ScanListener.none(), Optional.empty(), store));
            }
        }
    }

    @AfterAll
    void stopTheFarm() {
        farm.close();
    }

    private FunctionsReport report(String site) {
        FunctionsReport report = reports.get(site).functions();
        assertThat(report).as("functions report of " + site).isNotNull();
        return report;
    }

    private List<Finding> findings(String site) {
        return reports.get(site).findings().stream()
                .filter(f -> f.check().equals("functions"))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin"})
    void theReportEqualsThePlantedTruth(String site) {
        FunctionsTruth truth = farm.site(site).manifest().content().functions();
        FunctionsReport report = report(site);
        Map<String, List<String>> incomplete = new LinkedHashMap<>();
        report.incompleteGuides().forEach(g -> incomplete.put(g.url(), g.missing()));
        FunctionsTruth reported = new FunctionsTruth(
                report.searchPresent(),
                report.searchWorks(),
                report.interactionPresent(),
                report.messagesListed(),
                report.messagesAnsweredShare(),
                report.overdueMessages().stream()
                        .map(m -> m.title() + " (asked " + m.asked() + ")")
                        .toList(),
                report.serviceGuides(),
                incomplete,
                report.brokenAttachments(),
                report.privacyStatement(),
                report.siteMap(),
                report.accessibilityEntry(),
                report.imagesWithoutAlt(),
                report.unlabelledFormFields());
        assertThat(reported).isEqualTo(truth);
        assertThat(report.unansweredOverThreeMonths())
                .isEqualTo(truth.overdueMessages().size());
        assertThat(report.incompleteServiceGuides())
                .isEqualTo(truth.incompleteGuides().size());
        assertThat(report.htmlLang()).isEqualTo("zh-CN");
    }

    @Test
    void passHasNoFunctionFinding() {
        assertThat(findings("pass")).isEmpty();
        FunctionsReport pass = report("pass");
        assertThat(pass.searchResults()).isPositive();
        assertThat(pass.imageAltShare()).isEqualTo(1.0);
        assertThat(pass.attachmentsChecked()).isPositive();
    }

    @Test
    void failFindsEveryPlantedFunctionDefect() {
        assertThat(findings("fail").stream()
                        .map(f -> f.severity() + " " + f.code())
                        .sorted()
                        .toList())
                .containsExactly(
                        "ERROR ACCESSIBILITY_ENTRY_BROKEN",
                        "ERROR ATTACHMENT_BROKEN",
                        "ERROR PRIVACY_STATEMENT_MISSING",
                        "ERROR SEARCH_NO_RESULTS",
                        "ERROR SERVICE_GUIDE_INCOMPLETE",
                        "ERROR SERVICE_GUIDE_INCOMPLETE",
                        "VETO MESSAGE_OVERDUE",
                        "VETO MESSAGE_OVERDUE",
                        "WARNING FORM_FIELD_UNLABELLED",
                        "WARNING IMAGE_ALT_MISSING",
                        "WARNING SITE_MAP_MISSING");
        FunctionsReport fail = report("fail");
        assertThat(fail.searchResults()).isZero();
        assertThat(fail.incompleteGuides())
                .extracting(IncompleteGuide::title)
                .containsExactly("个体工商户设立登记办事指南", "城乡居民基本医疗保险参保登记办事指南");
    }

    /** No channel and no service are facts of the report; only the missing channel is a finding of this check. */
    @Test
    void bareLacksTheChannelAndTheServicesAndThinLacksNothing() {
        assertThat(findings("bare").stream()
                        .map(f -> f.severity() + " " + f.code())
                        .toList())
                .containsExactly("ERROR INTERACTION_MISSING");
        FunctionsReport bare = report("bare");
        assertThat(bare.interactionPresent()).isFalse();
        assertThat(bare.serviceGuides()).isZero();
        assertThat(bare.messagesListed()).isZero();
        assertThat(bare.messagesAnsweredShare()).isNull();
        assertThat(findings("bare").getFirst().evidence().getFirst().copy()).isNotNull();
        assertThat(findings("thin")).isEmpty();
    }

    @Test
    void everyFindingCarriesEvidenceWithAStoredCopy() {
        for (Finding finding : findings("fail")) {
            assertThat(finding.evidence()).as(finding.code()).isNotEmpty().allSatisfy(evidence -> {
                assertThat(evidence.url())
                        .startsWith(farm.site("fail").homepage().toString());
                assertThat(Instant.parse(evidence.fetchedAt())).isAfterOrEqualTo(NOW);
                assertThat(evidence.status()).isNotNull();
                assertThat(evidence.copy()).isNotNull();
                assertThat(store.copy(evidence.copy())).isPresent();
            });
        }
        Finding overdue = findings("fail").stream()
                .filter(f -> f.code().equals("MESSAGE_OVERDUE"))
                .findFirst()
                .orElseThrow();
        assertThat(overdue.evidence().getFirst().url()).endsWith("/hdjl/lyxd.html");
        assertThat(overdue.evidence().getFirst().status()).isEqualTo(200);
        assertThat(overdue.evidence().getFirst().snippet()).contains("未回复");
    }
}
