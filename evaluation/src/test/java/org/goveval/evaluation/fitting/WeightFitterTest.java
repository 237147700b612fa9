package org.goveval.evaluation.fitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.goveval.evaluation.published.PublishedResults;
import org.goveval.evaluation.published.PublishedRow;
import org.goveval.evaluation.published.PublishedTable;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightFitterTest {
    private static final IndicatorSystems SYSTEMS = IndicatorSystems.bundled();
    private static final List<PublishedTable> TABLES = new PublishedResults(SYSTEMS, Divisions.bundled()).cstc2020();

    /** A table with planted typos: weights known, indices and totals rounded as published. */
    @Test
    void recoversKnownWeightsAndFlagsExactlyThePlantedTypos() {
        List<String> indicators = List.of("a", "b", "c", "d");
        double[] truth = {40, 30, 20, 20};
        Random random = new Random(7);
        int n = 60;
        double[][] indices = new double[n][4];
        double[] totals = new double[n];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int j = 0; j < 4; j++) {
                double exact = random.nextDouble();
                indices[i][j] = round(exact, 2);
                total += exact * truth[j];
            }
            totals[i] = round(total, 1);
            names.add("unit" + i);
        }
        totals[5] += 9.0; // a digit typed wrong: 71.3 printed as 80.3
        totals[17] -= 3.0;
        totals[42] = round(totals[42] / 10, 1); // a lost digit
        WeightFit fit = WeightFitter.fit(indicators, names, indices, totals);
        for (int j = 0; j < 4; j++) {
            assertThat(fit.weights().get(indicators.get(j)))
                    .as(indicators.get(j))
                    .isCloseTo(truth[j], within(0.2));
        }
        assertThat(fit.residuals().stream().filter(FitResidual::suspect).map(FitResidual::name))
                .containsExactly("unit5", "unit17", "unit42");
        assertThat(fit.roundingBound()).isCloseTo(0.05 + 0.005 * 110, within(0.01));
        assertThat(fit.rmse()).isLessThan(fit.roundingBound());
    }

    @Test
    void aNegativeLeastSquaresSolutionIsClampedToZero() {
        // b = 2·x1 exactly; x2 is anti-correlated noise that plain least squares would give a negative weight
        double[][] a = {{1, 0.9}, {0.5, 0.1}, {0.2, 0.8}, {0.9, 0.3}};
        double[] b = {2.0, 1.0, 0.4, 1.8};
        double[] x = Nnls.solve(a, b);
        assertThat(x[0]).isCloseTo(2.0, within(1e-9));
        assertThat(x[1]).isEqualTo(0.0);
    }

    /**
     * The tables large enough to determine eight weights: the published 2020 first-level weights (seed 003)
     * come back within one point.
     */
    @ParameterizedTest
    @CsvSource({
        "provinces,", // 23 rows
        "provincial-capitals,昆明市", // 71.0 printed; the 2020 weights give 70.44, the fit 70.37
        "prefecture-cities,",
        "counties,"
    })
    void recoversThe2020FirstLevelWeights(String tableId, String expectedSuspect) {
        PublishedTable table =
                TABLES.stream().filter(t -> t.id().equals(tableId)).findFirst().orElseThrow();
        IndicatorSystem system = SYSTEMS.get(table.systemId()).orElseThrow();
        List<String> ids = table.indexColumns();
        double[][] indices = table.rows().stream()
                .map(r -> ids.stream()
                        .mapToDouble(id -> r.indices().get(id).doubleValue())
                        .toArray())
                .toArray(double[][]::new);
        double[] totals =
                table.rows().stream().mapToDouble(r -> r.total().doubleValue()).toArray();
        List<String> names = table.rows().stream().map(PublishedRow::name).toList();
        WeightFit fit = WeightFitter.fit(ids, names, indices, totals);
        for (String id : ids) {
            double expected = system.indicator(id)
                    .orElseThrow()
                    .totalWeight(table.column())
                    .doubleValue();
            assertThat(fit.weights().get(id)).as(tableId + " " + id).isCloseTo(expected, within(1.0));
        }
        Set<String> suspects = fit.residuals().stream()
                .filter(FitResidual::suspect)
                .map(FitResidual::name)
                .collect(Collectors.toSet());
        assertThat(suspects)
                .as("rows whose residual rounding cannot explain")
                .isEqualTo(expectedSuspect == null ? Set.of() : Set.of(expectedSuspect));
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
