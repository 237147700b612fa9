package org.goveval.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The result of scoring one target in one weight column.
 *
 * @param indices first-level id → index in [0, 1], unrounded (publish with two decimals)
 * @param points first-level id → points earned (sum of its third-level scores)
 * @param total the sum of all points, bonus included, unrounded (publish with one decimal)
 */
public record ScoreCard(Map<String, BigDecimal> indices, Map<String, BigDecimal> points, BigDecimal total) {
    public ScoreCard {
        indices = Map.copyOf(indices);
        points = Map.copyOf(points);
        Objects.requireNonNull(total, "total");
    }
}
