package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.goveval.sitefarm.manifest.LinkKind;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.junit.jupiter.api.Test;

/** The benchmark farm: ordinary sites whose only defects are plain 404s every link checker sees. */
class BenchmarkFarmTest {

    @Test
    void everySitePlantsFourPlain404sAndNothingElse() {
        FarmSpec spec = FarmSpec.benchmark(4, 25, 7);
        assertThat(spec.sites())
                .extracting(SiteSpec::name, SiteSpec::layout, SiteSpec::encoding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("site-001", Layout.TRS, Encoding.UTF_8),
                        org.assertj.core.groups.Tuple.tuple("site-002", Layout.HANWEB, Encoding.UTF_8),
                        org.assertj.core.groups.Tuple.tuple("site-003", Layout.TRS, Encoding.UTF_8),
                        org.assertj.core.groups.Tuple.tuple("site-004", Layout.HANWEB, Encoding.GBK));
        try (RunningFarm farm = SiteFarm.start(spec, Fixtures.CLOCK)) {
            for (FarmSite site : farm.sites()) {
                Manifest manifest = site.manifest();
                assertThat(manifest.pages()).hasSize(25);
                assertThat(manifest.brokenLinks()).hasSize(4).allSatisfy(link -> {
                    assertThat(link.kind()).isEqualTo(LinkKind.HTTP_ERROR);
                    assertThat(link.status()).isEqualTo(404);
                    assertThat(Http.get(URI.create(link.url())).statusCode()).isEqualTo(404);
                });
                assertThat(manifest.brokenLinks())
                        .filteredOn(ManifestLink::onHomepage)
                        .hasSize(1);
                assertThat(manifest.blockedOrThrottled()).isEmpty();
                assertThat(manifest.trapEntrances()).isEmpty();
                assertThat(manifest.robotsDisallowed()).isEmpty();
                assertThat(manifest.notBroken())
                        .allSatisfy(link -> assertThat(link.why()).startsWith("attachment"));
            }
        }
    }

    @Test
    void equalSeedsGiveEqualSitesAndOtherSeedsOtherOnes() {
        try (RunningFarm first = SiteFarm.start(FarmSpec.benchmark(2, 20, 5), Fixtures.CLOCK);
                RunningFarm again = SiteFarm.start(FarmSpec.benchmark(2, 20, 5), Fixtures.CLOCK);
                RunningFarm other = SiteFarm.start(FarmSpec.benchmark(2, 20, 6), Fixtures.CLOCK)) {
            assertThat(titles(again)).isEqualTo(titles(first));
            assertThat(paths(again)).isEqualTo(paths(first));
            assertThat(titles(other)).isNotEqualTo(titles(first));
        }
    }

    private static List<String> titles(RunningFarm farm) {
        return farm.sites().stream()
                .flatMap(site -> site.manifest().titles().values().stream())
                .toList();
    }

    private static List<String> paths(RunningFarm farm) {
        return farm.sites().stream()
                .flatMap(site -> site.manifest().pages().stream())
                .map(url -> URI.create(url).getRawPath())
                .toList();
    }
}
