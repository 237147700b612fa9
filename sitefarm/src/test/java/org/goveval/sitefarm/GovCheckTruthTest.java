package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goveval.sitefarm.manifest.GovCheckTruth;
import org.goveval.sitefarm.manifest.Manifest;
import org.junit.jupiter.api.Test;

/** The State Council verdict the content farm's {@code pass} site must get (docs/content-checks.md, govcheck). */
class GovCheckTruthTest {
    @Test
    void theSiteWithoutContentDefectsPassesWithFullMarksAndSurvivesJson() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.contentFarm(), Fixtures.CLOCK)) {
            Manifest pass = farm.site("pass").manifest();
            assertThat(pass.content().govCheck()).isEqualTo(new GovCheckTruth("PASS", 100.0, List.of()));
            assertThat(Manifest.fromJson(pass.toJson()).content().govCheck())
                    .isEqualTo(pass.content().govCheck());
        }
    }

    @Test
    void theSiteWithEveryContentDefectFailsOnTheVetoesItPlants() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.contentFarm(), Fixtures.CLOCK)) {
            assertThat(farm.site("fail").manifest().content().govCheck())
                    .isEqualTo(new GovCheckTruth(
                            "FAIL",
                            null,
                            List.of(
                                    "veto.security.expression",
                                    "veto.security.harmful",
                                    "veto.homepage.updates",
                                    "veto.columns.key-stale",
                                    "veto.interaction.unanswered")));
        }
    }

    @Test
    void noVerdictIsClaimedForTheLinkTestSites() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            assertThat(farm.site("defects").manifest().content().govCheck()).isEqualTo(GovCheckTruth.empty());
            assertThat(farm.site("clean").manifest().content().govCheck()).isEqualTo(GovCheckTruth.empty());
        }
    }
}
