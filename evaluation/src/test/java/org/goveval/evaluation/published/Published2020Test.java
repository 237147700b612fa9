package org.goveval.evaluation.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.goveval.evaluation.ranking.Contender;
import org.goveval.evaluation.ranking.Ranked;
import org.goveval.evaluation.ranking.Ranking;
import org.goveval.evaluation.ranking.RankingGroups;
import org.goveval.evaluation.ranking.RankingRule;
import org.goveval.evaluation.ranking.Tiers;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.scoring.Scoring;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden data set: the six 2020 tables of seed 001, against the 2020 local-website system of seed 003.
 * Indices are printed with two decimals and totals with one, so a total recomputed from printed indices can
 * differ from the printed total by at most 0.005 × 110 + 0.05 = 0.6; the issue allows ±0.65.
 */
class Published2020Test {
    private static final IndicatorSystems SYSTEMS = IndicatorSystems.bundled();
    private static final Divisions DIVISIONS = Divisions.bundled();
    private static final List<PublishedTable> TABLES = new PublishedResults(SYSTEMS, DIVISIONS).cstc2020();
    private static final BigDecimal TOLERANCE = new BigDecimal("0.65");

    static List<PublishedTable> tables() {
        return TABLES;
    }

    @org.junit.jupiter.api.Test
    void theSixTablesHaveThePublishedRowCounts() {
        Map<String, Integer> counts = TABLES.stream()
                .collect(Collectors.toMap(
                        PublishedTable::id, t -> t.rows().size(), (a, b) -> a, java.util.LinkedHashMap::new));
        assertThat(counts)
                .containsExactly(
                        Map.entry("municipalities", 4),
                        Map.entry("provinces", 23),
                        Map.entry("sub-provincial-cities", 15),
                        Map.entry("provincial-capitals", 23),
                        Map.entry("prefecture-cities", 131),
                        Map.entry("counties", 124));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void totalsRecomputedFromIndicesLieWithinRounding(PublishedTable table) {
        IndicatorSystem system = SYSTEMS.get(table.systemId()).orElseThrow();
        for (PublishedRow row : table.rows()) {
            BigDecimal total = Scoring.totalFromIndices(system, table.column(), row.indices());
            assertThat(total.subtract(row.total()).abs())
                    .as(table.id() + " " + row.name() + ": recomputed " + total)
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void rankingThePublishedTotalsReproducesThePublishedRanks(PublishedTable table) {
        List<Ranked<PublishedRow>> ranked = rank(table, RankingRule.DENSE);
        Map<String, Integer> computed =
                ranked.stream().collect(Collectors.toMap(r -> r.item().name(), Ranked::rank));
        Map<String, Integer> published =
                table.rows().stream().collect(Collectors.toMap(PublishedRow::name, PublishedRow::rank));
        assertThat(computed).isEqualTo(published);
        if (table.orderedByRule()) {
            // 注：排名相同按照行政区划排列 — ties listed by division code, so the printed order is reproduced too
            assertThat(ranked)
                    .extracting(r -> r.item().name())
                    .containsExactlyElementsOf(
                            table.rows().stream().map(PublishedRow::name).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyUnitBelongsToItsTablesRankingGroup(PublishedTable table) {
        for (PublishedRow row : table.rows()) {
            assertThat(RankingGroups.of(DIVISIONS.byCode(row.adminCode()).orElseThrow()))
                    .as(row.name())
                    .contains(table.group());
        }
    }

    @org.junit.jupiter.api.Test
    void competitionRankingSkipsTheRanksATieUses() {
        PublishedTable provinces = TABLES.get(1);
        List<Ranked<PublishedRow>> ranked = rank(provinces, RankingRule.COMPETITION);
        // 福建, 广东, 四川 share 92.8: second; 贵州 follows as fifth, not third
        assertThat(ranked.subList(0, 5))
                .extracting(r -> r.item().name() + " " + r.rank())
                .containsExactly("浙江省 1", "福建省 2", "广东省 2", "四川省 2", "贵州省 5");
    }

    @org.junit.jupiter.api.Test
    void tiersOfThePublishedTotals() {
        Tiers tiers = Tiers.defaults();
        Map<String, Long> countiesPerTier = TABLES.get(5).rows().stream()
                .collect(Collectors.groupingBy(r -> tiers.of(r.total()).name(), Collectors.counting()));
        long excellent = TABLES.get(5).rows().stream()
                .filter(r -> r.total().compareTo(new BigDecimal("85")) >= 0)
                .count();
        assertThat(countiesPerTier.getOrDefault("优秀", 0L)).isEqualTo(excellent);
        assertThat(countiesPerTier).doesNotContainKey("卓越");
        assertThat(tiers.of(TABLES.get(2).rows().get(0).total()).name()).isEqualTo("卓越"); // 青岛市 95.3
        assertThat(tiers.of(TABLES.get(0).rows().get(3).total()).name()).isEqualTo("发展"); // 天津市 60.1
    }

    private static List<Ranked<PublishedRow>> rank(PublishedTable table, RankingRule rule) {
        List<Contender<PublishedRow>> contenders = new java.util.ArrayList<>(table.rows().stream()
                .map(r -> new Contender<>(r, r.total(), Long.parseLong(r.adminCode())))
                .toList());
        java.util.Collections.reverse(contenders); // the input order must not matter
        return Ranking.rank(contenders, rule);
    }
}
