package org.goveval.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.goveval.evaluation.ranking.Rounding;
import org.goveval.evaluation.system.Indicator;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {
    private static final IndicatorSystem LOCAL =
            IndicatorSystems.bundled().get("cstc-2020-website-local").orElseThrow();

    /** Every county leaf at full marks except 法定主动公开 (19 points) at 9.5 and the bonus at 4. */
    private static Map<String, BigDecimal> countyScores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Indicator leaf : LOCAL.leaves()) {
            leaf.weight("county").ifPresent(w -> scores.put(leaf.id(), w));
        }
        scores.put("info.open.statutory", new BigDecimal("9.5"));
        scores.put("innov", new BigDecimal("4"));
        return scores;
    }

    @Test
    void thirdLevelScoresGiveIndicesAndTotal() {
        ScoreCard card = Scoring.fromScores(LOCAL, "county", countyScores());
        // 信息发布: 33 points possible, 9.5 lost → 23.5 / 33
        assertThat(card.points().get("info")).isEqualByComparingTo("23.5");
        assertThat(Rounding.index(card.indices().get("info"))).isEqualByComparingTo("0.71");
        assertThat(card.indices().get("service")).isEqualByComparingTo("1");
        assertThat(card.indices().get("innov")).isEqualByComparingTo("0.4");
        assertThat(card.indices()).doesNotContainKey("data"); // counties have no 数据开放
        // 100 − 9.5 + 4
        assertThat(card.total()).isEqualByComparingTo("94.5");
    }

    @Test
    void indicesGiveTheSameTotalAsTheScores() {
        ScoreCard card = Scoring.fromScores(LOCAL, "county", countyScores());
        assertThat(Scoring.totalFromIndices(LOCAL, "county", card.indices())
                        .setScale(6, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("94.5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            info.open.statutory  | 19.5 | info.open.statutory: score 19.5 is outside 0–19
            info.open.statutory  | -1   | info.open.statutory: score -1 is outside 0–19
            info.open            | 1    | info.open: is not a scored indicator assessed at level 'county'
            nope                 | 1    | nope: no such indicator in cstc-2020-website-local
            """)
    void rejectsBadScores(String id, String score, String message) {
        Map<String, BigDecimal> scores = countyScores();
        scores.put(id, new BigDecimal(score));
        assertThatThrownBy(() -> Scoring.fromScores(LOCAL, "county", scores))
                .isInstanceOf(ScoringException.class)
                .hasMessage(message.strip());
    }

    @Test
    void aMissingScoreIsNamed() {
        Map<String, BigDecimal> scores = countyScores();
        scores.remove("manage.ops.daily");
        assertThatThrownBy(() -> Scoring.fromScores(LOCAL, "county", scores))
                .isInstanceOf(ScoringException.class)
                .satisfies(e -> assertThat(((ScoringException) e).indicatorId()).isEqualTo("manage.ops.daily"));
    }

    @Test
    void aFirstLevelNotAssessedAtTheLevelIsRejected() {
        Map<String, BigDecimal> indices = new LinkedHashMap<>();
        LOCAL.firstLevelsAssessedIn("county").forEach(i -> indices.put(i.id(), BigDecimal.ONE));
        indices.put("data", BigDecimal.ONE);
        assertThatThrownBy(() -> Scoring.totalFromIndices(LOCAL, "county", indices))
                .hasMessage("data: is not assessed at level 'county'");
    }

    @Test
    void fullIndicesGiveTheMaximum() {
        Map<String, BigDecimal> indices = new LinkedHashMap<>();
        LOCAL.firstLevelsAssessedIn("province").forEach(i -> indices.put(i.id(), BigDecimal.ONE));
        assertThat(Scoring.totalFromIndices(LOCAL, "province", indices)).isEqualByComparingTo("110");
    }

    @Test
    void anUnknownLevelIsNamed() {
        assertThatThrownBy(() -> Scoring.totalFromIndices(LOCAL, "village", Map.of()))
                .hasMessage(
                        "system cstc-2020-website-local has no level 'village' (its levels are [province, city, county])");
    }
}
