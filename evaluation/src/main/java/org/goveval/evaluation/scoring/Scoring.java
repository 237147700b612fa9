package org.goveval.evaluation.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goveval.evaluation.system.Indicator;
import org.goveval.evaluation.system.IndicatorSystem;

/**
 * The scoring engine. A third-level score lies in [0, weight]; a first-level index is the sum of its scores
 * over the sum of its weights; the total is the sum of every score, bonus included ({@code DESIGN.md}, key
 * rules). Published tables give indices, so a total can also be recomputed from them.
 */
public final class Scoring {
    private static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private Scoring() {}

    /**
     * Scores one target from its third-level scores.
     *
     * @param column the weight column (level) the target is assessed in, e.g. {@code city}
     * @param scores leaf id → points; every leaf assessed in the column must be present, no other
     * @throws ScoringException naming the indicator when a score is missing, unknown or out of range
     */
    public static ScoreCard fromScores(IndicatorSystem system, String column, Map<String, BigDecimal> scores) {
        requireColumn(system, column);
        Map<String, Indicator> leaves = new LinkedHashMap<>();
        system.leaves().stream().filter(l -> l.weight(column).isPresent()).forEach(l -> leaves.put(l.id(), l));
        for (String id : scores.keySet()) {
            if (!leaves.containsKey(id)) {
                throw new ScoringException(
                        id,
                        system.indicator(id).isPresent()
                                ? "is not a scored indicator assessed at level '" + column + "'"
                                : "no such indicator in " + system.id());
            }
        }
        Map<String, BigDecimal> indices = new LinkedHashMap<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator first : system.firstLevelsAssessedIn(column)) {
            BigDecimal earned = BigDecimal.ZERO;
            for (Indicator leaf :
                    first.leaves().filter(l -> leaves.containsKey(l.id())).toList()) {
                earned = earned.add(checkedScore(leaf, column, scores.get(leaf.id())));
            }
            points.put(first.id(), earned);
            indices.put(first.id(), earned.divide(first.totalWeight(column), DIVISION));
            total = total.add(earned);
        }
        return new ScoreCard(indices, points, total);
    }

    private static BigDecimal checkedScore(Indicator leaf, String column, BigDecimal score) {
        if (score == null) {
            throw new ScoringException(leaf.id(), "has no score");
        }
        BigDecimal weight = leaf.weight(column).orElseThrow();
        if (score.signum() < 0 || score.compareTo(weight) > 0) {
            throw new ScoringException(
                    leaf.id(), "score " + score.toPlainString() + " is outside 0–" + weight.toPlainString());
        }
        return score;
    }

    /**
     * The total from first-level indices: the sum of index × first-level weight in the column.
     *
     * @param indices first-level id → index in [0, 1]; exactly the first levels assessed in the column
     */
    public static BigDecimal totalFromIndices(IndicatorSystem system, String column, Map<String, BigDecimal> indices) {
        requireColumn(system, column);
        List<Indicator> assessed = system.firstLevelsAssessedIn(column);
        for (String id : indices.keySet()) {
            if (assessed.stream().noneMatch(i -> i.id().equals(id))) {
                throw new ScoringException(
                        id,
                        system.indicator(id).isPresent()
                                ? "is not assessed at level '" + column + "'"
                                : "no such first-level indicator in " + system.id());
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator first : assessed) {
            BigDecimal index = indices.get(first.id());
            if (index == null) {
                throw new ScoringException(first.id(), "has no index");
            }
            if (index.signum() < 0 || index.compareTo(BigDecimal.ONE) > 0) {
                throw new ScoringException(first.id(), "index " + index.toPlainString() + " is outside 0–1");
            }
            total = total.add(index.multiply(first.totalWeight(column)));
        }
        return total;
    }

    private static void requireColumn(IndicatorSystem system, String column) {
        if (system.column(column).isEmpty()) {
            throw new IllegalArgumentException(
                    "system " + system.id() + " has no level '" + column + "' (its levels are "
                            + system.columns().stream().map(c -> c.id()).toList() + ")");
        }
    }
}
