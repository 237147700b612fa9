package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.content.govcheck.Deduction;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The State Council link-availability deduction (gov-check-2019 {@code deduct.design.links}) against the
 * planted broken links: 1 point per broken link the home page carries, 0.1 per other, at most 5, citing every
 * planted URL and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovCheckLinksFarmTest {
    private RunningFarm farm;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();

    @BeforeAll
    void scanTheFarm() throws InterruptedException {
        farm = SiteFarm.start(FarmSpec.testFarm().withHang(Duration.ofSeconds(20)), Clock.systemUTC());
        try (Monitor monitor = FarmMonitor.create()) {
            for (String name : List.of("defects", "clean")) {
                FarmSite site = farm.site(name);
                reports.put(name, monitor.scan(site.homepage(), ScanListener.none(), Optional.empty()));
            }
        }
    }

    @AfterAll
    void stopTheFarm() {
        farm.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "clean"})
    void theLinkDeductionFollowsThePlantedBrokenLinks(String name) {
        List<ManifestLink> planted = farm.site(name).manifest().brokenLinks();
        long home = planted.stream().filter(ManifestLink::onHomepage).count();
        long other = planted.size() - home;
        BigDecimal expected = BigDecimal.valueOf(home)
                .add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(other)))
                .min(BigDecimal.valueOf(5));
        List<Deduction> links = reports.get(name).govCheck().deductions().stream()
                .filter(d -> d.indicator().equals("deduct.design.links"))
                .toList();
        if (planted.isEmpty()) {
            assertThat(links).isEmpty();
            return;
        }
        assertThat(links).singleElement().satisfies(d -> {
            assertThat(BigDecimal.valueOf(d.points())).isEqualByComparingTo(expected);
            List<String> plantedUrls = Stream.concat(
                            planted.stream().filter(ManifestLink::onHomepage),
                            planted.stream().filter(l -> !l.onHomepage()))
                    .map(ManifestLink::url)
                    .toList();
            assertThat(d.evidence()).extracting(e -> e.url()).containsExactlyElementsOf(plantedUrls);
        });
    }
}
