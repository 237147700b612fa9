package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.NotBrokenLink;
import org.goveval.sitefarm.manifest.WordingTruth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wording, hidden-link and poisoned-link checks against the content farm: what a scan reports must equal
 * the manifest's wording truth exactly, on the site that must fail and on the one that must pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordingFarmTest {
    private RunningFarm farm;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();
    private final MemoryEvidenceStore evidence = new MemoryEvidenceStore();

    @BeforeAll
    void scanTheContentFarm() throws InterruptedException {
        farm = SiteFarm.start(FarmSpec.contentFarm(), Clock.systemUTC());
        try (Monitor monitor = FarmMonitor.create()) {
            for (FarmSite site : farm.sites()) {
                reports.put(
                        site.name(), monitor.scan(site.homepage(), ScanListener.none(), Optional.empty(), evidence));
            }
        }
    }

    @AfterAll
    void stopTheFarm() {
        farm.close();
    }

    private WordingTruth truth(String site) {
        return farm.site(site).manifest().content().wording();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin"})
    void wordingErrorsEqualTheTruth(String site) {
        List<String> reported = reports.get(site).wordingErrors().stream()
                .map(hit -> hit.evidence().url() + " " + hit.term() + " " + hit.category() + " → " + hit.suggestion())
                .sorted()
                .toList();
        List<String> expected = truth(site).errors().stream()
                .map(hit -> hit.page() + " " + hit.term() + " " + hit.category() + " → " + hit.suggestion())
                .sorted()
                .toList();
        assertThat(reported).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin"})
    void hiddenLinksEqualTheTruth(String site) {
        List<String> reported = reports.get(site).hiddenLinks().stream()
                .map(link -> link.url() + " " + link.how() + " " + link.pages() + " " + link.pageCount())
                .sorted()
                .toList();
        List<String> expected = truth(site).hiddenLinks().stream()
                .map(link -> link.url() + " " + link.how() + " " + link.pages() + " "
                        + link.pages().size())
                .sorted()
                .toList();
        assertThat(reported).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin"})
    void poisonedLinksEqualTheTruth(String site) {
        List<String> reported = reports.get(site).poisonedLinks().stream()
                .map(link -> link.url() + " " + link.category() + " " + link.sourcePages())
                .sorted()
                .toList();
        List<String> expected = truth(site).poisonedLinks().stream()
                .map(link -> link.url() + " " + link.category() + " " + link.sourcePages())
                .sorted()
                .toList();
        assertThat(reported).isEqualTo(expected);
    }

    @Test
    void theFailSitePlantsEveryKindAndThePassSiteNone() {
        WordingTruth fail = truth("fail");
        assertThat(fail.errors())
                .extracting(WordingTruth.Hit::category)
                .contains("POLITICAL_EXPRESSION", "OUTDATED_NAME", "SENSITIVE");
        assertThat(fail.hiddenLinks()).hasSize(8);
        assertThat(fail.poisonedLinks())
                .extracting(WordingTruth.Poisoned::category)
                .contains("GAMBLING", "PORNOGRAPHY");
        assertThat(truth("pass")).isEqualTo(WordingTruth.empty());
        assertThat(reports.get("pass").findings())
                .extracting(Finding::check)
                .doesNotContain("wording", "hiddenLinks", "poisonedLinks");
    }

    @Test
    void everyFindingCarriesEvidenceWithAStoredCopy() {
        ScanReport fail = reports.get("fail");
        List<Evidence> all = Stream.of(
                        fail.wordingErrors().stream().map(hit -> hit.evidence()),
                        fail.hiddenLinks().stream().map(link -> link.evidence()),
                        fail.poisonedLinks().stream().map(link -> link.evidence()))
                .flatMap(s -> s)
                .toList();
        assertThat(all)
                .hasSize(truth("fail").errors().size()
                        + truth("fail").hiddenLinks().size()
                        + truth("fail").poisonedLinks().size());
        assertThat(all).allSatisfy(shown -> {
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.snippet()).isNotBlank();
            assertThat(evidence.copy(shown.copy())).isPresent();
        });
        assertThat(fail.wordingErrors())
                .allSatisfy(hit -> assertThat(hit.evidence().snippet()).contains(hit.term()));
        assertThat(fail.findings())
                .filteredOn(f -> f.check().equals("poisonedLinks"))
                .extracting(Finding::code, Finding::severity)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("POISONED_LINK", Finding.Severity.VETO))
                .hasSize(truth("fail").poisonedLinks().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin"})
    void theLinksStillAgreeWithTheLinkManifestAndTheRogueLinksWork(String site) {
        ScanReport report = reports.get(site);
        assertThat(report.brokenLinks().stream().map(BrokenLinkFinding::url))
                .containsExactlyInAnyOrderElementsOf(farm.site(site).manifest().brokenLinks().stream()
                        .map(link -> link.url())
                        .toList());
        List<String> notBroken = farm.site(site).manifest().notBroken().stream()
                .map(NotBrokenLink::url)
                .toList();
        truth(site).poisonedLinks().forEach(link -> assertThat(notBroken).contains(link.url()));
        truth(site).hiddenLinks().forEach(link -> assertThat(notBroken).contains(link.url()));
        assertThat(report.crawledPages()).containsAll(farm.site(site).manifest().pages());
    }
}
