package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.goveval.sitefarm.manifest.GovCheckTruth;
import org.goveval.sitefarm.manifest.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The State Council verdict each content-farm site must get (docs/content-checks.md, govcheck). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovCheckTruthTest {
    /** Without a veto: every clause the machine covers in part, then the manual deductions, in data order. */
    private static final List<String> REVIEWED_WITHOUT_VETO = List.of(
            "veto.security.expression",
            "veto.security.secrets",
            "veto.security.harmful",
            "veto.security.attack",
            "veto.security.fraud",
            "veto.security.opinion",
            "veto.columns.long-stale",
            "veto.service.guides",
            "veto.service.other",
            "deduct.publish.overview",
            "deduct.service.downloads",
            "deduct.service.online",
            "deduct.interact.messages",
            "deduct.interact.survey",
            "deduct.interact.interview",
            "deduct.design.pages");

    private RunningFarm farm;

    @BeforeAll
    void start() {
        farm = SiteFarm.start(FarmSpec.contentFarm(), Fixtures.CLOCK);
    }

    @AfterAll
    void stop() {
        farm.close();
    }

    private GovCheckTruth truth(String site) {
        return farm.site(site).manifest().content().govCheck();
    }

    @Test
    void theSiteWithoutContentDefectsPassesWithFullMarksAndSurvivesJson() {
        Manifest pass = farm.site("pass").manifest();
        assertThat(truth("pass"))
                .isEqualTo(new GovCheckTruth("PASS", 100.0, List.of(), Map.of(), REVIEWED_WITHOUT_VETO));
        assertThat(Manifest.fromJson(pass.toJson()).content().govCheck()).isEqualTo(truth("pass"));
    }

    @Test
    void theSiteWithEveryFlawFailsOnTheVetoesItPlants() {
        assertThat(truth("fail"))
                .isEqualTo(new GovCheckTruth(
                        "FAIL",
                        null,
                        List.of(
                                "veto.security.expression",
                                "veto.security.harmful",
                                "veto.homepage.updates",
                                "veto.columns.key-stale",
                                "veto.interaction.unanswered"),
                        Map.of(),
                        List.of(
                                "veto.security.secrets",
                                "veto.security.attack",
                                "veto.security.fraud",
                                "veto.security.opinion",
                                "veto.columns.long-stale",
                                "veto.service.guides",
                                "veto.service.other")));
    }

    /** No veto of {@code fail}: the parts a site must have are missing, not flawed. */
    @Test
    void theBareSiteFailsOnOtherVetoesThanTheFailSite() {
        GovCheckTruth bare = truth("bare");
        assertThat(bare)
                .isEqualTo(new GovCheckTruth(
                        "FAIL",
                        null,
                        List.of(
                                "veto.columns.long-stale",
                                "veto.columns.blank",
                                "veto.interaction.no-channel",
                                "veto.service.none"),
                        Map.of(),
                        List.of(
                                "veto.security.expression",
                                "veto.security.secrets",
                                "veto.security.harmful",
                                "veto.security.attack",
                                "veto.security.fraud",
                                "veto.security.opinion",
                                "veto.service.guides",
                                "veto.service.other")));
        assertThat(bare.vetoes()).doesNotContainAnyElementsOf(truth("fail").vetoes());
        assertThat(Manifest.fromJson(farm.site("bare").manifest().toJson())
                        .content()
                        .govCheck())
                .isEqualTo(bare);
    }

    /** Three absent marks, one blank and one stale notice column: 5 points, no veto (the malformed code costs none). */
    @Test
    void theThinSitePassesWithThePointsItsMarksAndColumnsLose() {
        assertThat(truth("thin"))
                .isEqualTo(new GovCheckTruth(
                        "PASS",
                        95.0,
                        List.of(),
                        Map.of("deduct.design.marks", 3.0, "deduct.publish.blank", 1.0, "deduct.publish.policy", 1.0),
                        REVIEWED_WITHOUT_VETO));
        assertThat(Manifest.fromJson(farm.site("thin").manifest().toJson())
                        .content()
                        .govCheck())
                .isEqualTo(truth("thin"));
    }

    @Test
    void noVerdictIsClaimedForTheLinkTestSites() {
        try (RunningFarm links = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            assertThat(links.site("defects").manifest().content().govCheck()).isEqualTo(GovCheckTruth.empty());
            assertThat(links.site("clean").manifest().content().govCheck()).isEqualTo(GovCheckTruth.empty());
        }
    }
}
