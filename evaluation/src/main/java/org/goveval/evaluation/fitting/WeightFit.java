package org.goveval.evaluation.fitting;

import java.util.List;
import java.util.Map;

/**
 * Fitted weights with the evidence of how well they fit.
 *
 * @param weights indicator → fitted weight (points), in input column order
 * @param rmse root-mean-square residual over the rows not flagged as suspect
 * @param roundingBound the largest residual rounding alone can cause: every index was rounded to two decimals
 *     (error ≤ 0.005 × its weight) and the total to one (≤ 0.05), so 0.05 + 0.005 × the sum of the weights
 */
public record WeightFit(Map<String, Double> weights, List<FitResidual> residuals, double rmse, double roundingBound) {
    public WeightFit {
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        residuals = List.copyOf(residuals);
    }

    public double weightSum() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The residual of largest magnitude, or empty when there are no rows. */
    public java.util.Optional<FitResidual> largestResidual() {
        return residuals.stream().max(java.util.Comparator.comparingDouble(r -> Math.abs(r.residual())));
    }
}
