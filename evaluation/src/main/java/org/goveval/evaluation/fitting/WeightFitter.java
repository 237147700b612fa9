package org.goveval.evaluation.fitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recovers first-level weights from published indices and totals, for reports that publish both but not the
 * weights. A published total is Σ index × weight, up to rounding; the weights are found by non-negative
 * least squares, made robust to a few bad rows (typos in the source tables are real) by iteratively
 * reweighting rows with Tukey's biweight. Rows whose residual exceeds what rounding explains are flagged.
 */
public final class WeightFitter {
    /** Tukey's tuning constant: 95 % efficiency for normal errors. */
    private static final double TUKEY_C = 4.685;

    private static final int MAX_ITERATIONS = 50;

    private WeightFitter() {}

    /**
     * Fits the weights.
     *
     * @param indicators the names of the index columns, in order
     * @param names one name per row, for the residual report
     * @param indices one row per unit, one index (0–1) per indicator
     * @param totals the published total per row
     */
    public static WeightFit fit(List<String> indicators, List<String> names, double[][] indices, double[] totals) {
        if (indices.length != totals.length || names.size() != totals.length) {
            throw new IllegalArgumentException("names, indices and totals must have one entry per row");
        }
        if (indices.length < indicators.size()) {
            throw new IllegalArgumentException(
                    indices.length + " rows cannot determine " + indicators.size() + " weights");
        }
        double[] rowWeights = new double[totals.length];
        Arrays.fill(rowWeights, 1);
        double[] x = weightedNnls(indices, totals, rowWeights);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] residuals = residuals(indices, totals, x);
            double scale = Math.max(madScale(residuals), roundingSd(x));
            double[] next = new double[totals.length];
            for (int i = 0; i < next.length; i++) {
                double u = residuals[i] / (TUKEY_C * scale);
                next[i] = Math.abs(u) < 1 ? (1 - u * u) * (1 - u * u) : 0;
            }
            double[] refit = weightedNnls(indices, totals, next);
            boolean converged = maxDifference(refit, x) < 1e-9;
            x = refit;
            rowWeights = next;
            if (converged) {
                break;
            }
        }
        return report(indicators, names, indices, totals, x);
    }

    private static WeightFit report(
            List<String> indicators, List<String> names, double[][] indices, double[] totals, double[] x) {
        double sum = Arrays.stream(x).sum();
        double bound = 0.05 + 0.005 * sum + 1e-9;
        double[] residuals = residuals(indices, totals, x);
        List<FitResidual> report = new ArrayList<>();
        double squares = 0;
        int good = 0;
        for (int i = 0; i < totals.length; i++) {
            boolean suspect = Math.abs(residuals[i]) > bound;
            report.add(new FitResidual(names.get(i), totals[i], totals[i] - residuals[i], residuals[i], suspect));
            if (!suspect) {
                squares += residuals[i] * residuals[i];
                good++;
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int j = 0; j < indicators.size(); j++) {
            weights.put(indicators.get(j), x[j]);
        }
        return new WeightFit(weights, report, good == 0 ? 0 : Math.sqrt(squares / good), bound);
    }

    private static double[] weightedNnls(double[][] a, double[] b, double[] rowWeights) {
        double[][] wa = new double[a.length][];
        double[] wb = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            double s = Math.sqrt(rowWeights[i]);
            wa[i] = Arrays.stream(a[i]).map(v -> v * s).toArray();
            wb[i] = b[i] * s;
        }
        return Nnls.solve(wa, wb);
    }

    /** Published minus fitted, per row. */
    private static double[] residuals(double[][] a, double[] b, double[] x) {
        double[] r = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double fitted = 0;
            for (int j = 0; j < x.length; j++) {
                fitted += a[i][j] * x[j];
            }
            r[i] = b[i] - fitted;
        }
        return r;
    }

    /** A robust standard deviation: the median absolute residual over 0.6745. */
    private static double madScale(double[] residuals) {
        double[] abs = Arrays.stream(residuals).map(Math::abs).sorted().toArray();
        int n = abs.length;
        double median = n % 2 == 1 ? abs[n / 2] : (abs[n / 2 - 1] + abs[n / 2]) / 2;
        return median / 0.6745;
    }

    /**
     * The standard deviation rounding alone gives a total: each index carries a uniform error of ±0.005
     * (variance 0.01²/12) times its weight, the total one of ±0.05. Used as a floor for the scale, so that
     * ordinary rounding noise is never down-weighted.
     */
    private static double roundingSd(double[] weights) {
        double variance = 0.1 * 0.1 / 12;
        for (double w : weights) {
            variance += w * w * 0.01 * 0.01 / 12;
        }
        return Math.sqrt(variance);
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
