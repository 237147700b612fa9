package org.goveval.evaluation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The four 2020 systems transcribed from seed 003 load, and their first-level weights are those the seed
 * prints (digital government: 服务支撑度 21, 服务成熟度 54, 服务满意度 13, 服务保障度 12, bonus 10; ministry
 * table: 信息发布 25 …).
 */
class BundledSystemsTest {
    private final IndicatorSystems systems = IndicatorSystems.bundled();

    private static Map<String, String> firstLevelWeights(IndicatorSystem system, String column) {
        return system.indicators().stream()
                .filter(i -> i.assessedIn(column))
                .collect(Collectors.toMap(
                        Indicator::id,
                        i -> i.totalWeight(column).toPlainString(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Test
    void allFourSystemsLoad() {
        assertThat(systems.all())
                .extracting(IndicatorSystem::id)
                .containsExactly(
                        "cstc-2020-digital-government",
                        "cstc-2020-new-media",
                        "cstc-2020-website-local",
                        "cstc-2020-website-ministry");
    }

    @Test
    void digitalGovernmentFirstLevels() {
        IndicatorSystem s = systems.get("cstc-2020-digital-government").orElseThrow();
        assertThat(firstLevelWeights(s, "government"))
                .containsExactly(
                        Map.entry("support", "21"),
                        Map.entry("maturity", "54"),
                        Map.entry("satisfaction", "13"),
                        Map.entry("assurance", "12"),
                        Map.entry("innov", "10"));
        Indicator innov = s.indicator("innov").orElseThrow();
        assertThat(innov.bonus()).isTrue();
        assertThat(innov.caseCategories()).hasSize(7);
        assertThat(innov.assessment()).containsExactlyInAnyOrder(Assessment.EXPERT, Assessment.VOTE);
    }

    @Test
    void websiteSystemsHaveTheAgreedFirstLevelIds() {
        List<String> ids = List.of("info", "data", "interp", "service", "interact", "manage", "promo", "innov");
        for (String id : List.of("cstc-2020-website-ministry", "cstc-2020-website-local")) {
            assertThat(systems.get(id).orElseThrow().indicators())
                    .extracting(Indicator::id)
                    .containsExactlyElementsOf(ids);
        }
    }

    @Test
    void ministryFirstLevels() {
        IndicatorSystem s = systems.get("cstc-2020-website-ministry").orElseThrow();
        assertThat(firstLevelWeights(s, "ministry"))
                .containsExactly(
                        Map.entry("info", "25"),
                        Map.entry("data", "5"),
                        Map.entry("interp", "15"),
                        Map.entry("service", "19"),
                        Map.entry("interact", "10"),
                        Map.entry("manage", "14"),
                        Map.entry("promo", "12"),
                        Map.entry("innov", "10"));
        assertThat(s.leaves()).hasSize(34);
    }

    @Test
    void localFirstLevelsPerLevel() {
        IndicatorSystem s = systems.get("cstc-2020-website-local").orElseThrow();
        assertThat(firstLevelWeights(s, "province"))
                .containsExactly(
                        Map.entry("info", "33"),
                        Map.entry("data", "8"),
                        Map.entry("interp", "7"),
                        Map.entry("service", "21"),
                        Map.entry("interact", "8"),
                        Map.entry("manage", "14"),
                        Map.entry("promo", "9"),
                        Map.entry("innov", "10"));
        assertThat(firstLevelWeights(s, "city"))
                .containsExactly(
                        Map.entry("info", "26"),
                        Map.entry("data", "8"),
                        Map.entry("interp", "6"),
                        Map.entry("service", "28"),
                        Map.entry("interact", "8"),
                        Map.entry("manage", "14"),
                        Map.entry("promo", "10"),
                        Map.entry("innov", "10"));
        // counties have no 数据开放: "—" in the seed
        assertThat(firstLevelWeights(s, "county"))
                .containsExactly(
                        Map.entry("info", "33"),
                        Map.entry("interp", "6"),
                        Map.entry("service", "29"),
                        Map.entry("interact", "8"),
                        Map.entry("manage", "14"),
                        Map.entry("promo", "10"),
                        Map.entry("innov", "10"));
        assertThat(s.indicator("data").orElseThrow().assessedIn("county")).isFalse();
        assertThat(s.leaves()).hasSize(37);
    }

    @Test
    void newMediaHasThreeChannelsAndNoBonus() {
        IndicatorSystem s = systems.get("cstc-2020-new-media").orElseThrow();
        assertThat(s.columns()).extracting(WeightColumn::id).containsExactly("wechat", "app", "weibo");
        assertThat(s.bonus()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(firstLevelWeights(s, "wechat"))
                .containsExactly(
                        Map.entry("publish", "32"),
                        Map.entry("quality", "18"),
                        Map.entry("interact", "28"),
                        Map.entry("manage", "22"));
        assertThat(firstLevelWeights(s, "app"))
                .containsExactly(
                        Map.entry("publish", "22"),
                        Map.entry("quality", "34"),
                        Map.entry("interact", "18"),
                        Map.entry("manage", "16"),
                        Map.entry("platform", "10"));
        assertThat(firstLevelWeights(s, "weibo"))
                .containsExactly(Map.entry("publish", "40"), Map.entry("interact", "20"), Map.entry("manage", "40"));
    }

    @Test
    void everyLeafHasItsEvaluationTextAndAnAssessment() {
        for (IndicatorSystem s : systems.all()) {
            for (Indicator leaf : s.leaves()) {
                assertThat(leaf.assessment()).as(s.id() + " " + leaf.id()).isNotEmpty();
                if (!leaf.bonus()) {
                    // a single-sentence 评估内容 is kept as the summary with no numbered points
                    assertThat(leaf.summary().isEmpty() && leaf.points().isEmpty())
                            .as(s.id() + " " + leaf.id())
                            .isFalse();
                }
            }
        }
    }
}
