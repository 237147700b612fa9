package org.goveval.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.goveval.evaluation.fitting.FitResidual;
import org.goveval.evaluation.fitting.WeightFit;
import org.goveval.evaluation.fitting.WeightFitter;
import org.goveval.evaluation.table.CsvOutput;
import org.goveval.evaluation.table.CsvTable;
import org.goveval.evaluation.table.CsvTable.Row;
import org.goveval.evaluation.table.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code goveval fit-weights}: first-level weights recovered from published indices and totals. Every column
 * other than {@code name, total, admin_code, order, parent, region, rank} is an index column.
 */
@Command(
        name = "fit-weights",
        description = "Fit first-level weights to published indices and totals (robust non-negative least squares).")
final class FitWeightsCommand implements Runnable {
    static final Set<String> NOT_INDICES = Set.of("name", "total", "admin_code", "order", "parent", "region", "rank");

    @Option(
            names = "--in",
            required = true,
            paramLabel = "FILE",
            description = "Input CSV: name, index columns, total.")
    Path in = Path.of("");

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output CSV: indicator,weight.")
    Path out = Path.of("");

    @Option(
            names = "--residuals",
            paramLabel = "FILE",
            description = "Also write name,published,fitted,residual,suspect.")
    Optional<Path> residuals = Optional.empty();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CsvTable table = CsvTable.read(in);
        table.requireColumns("name", "total");
        List<String> indicators =
                table.header().stream().filter(c -> !NOT_INDICES.contains(c)).toList();
        if (indicators.isEmpty()) {
            throw new InputException(table.name(), 1, "", "no index columns: every column is one of " + NOT_INDICES);
        }
        table.requireUniqueValues("name");
        List<String> names = new ArrayList<>();
        double[][] indices = new double[table.rows().size()][];
        double[] totals = new double[table.rows().size()];
        for (int i = 0; i < totals.length; i++) {
            Row row = table.rows().get(i);
            names.add(row.get("name"));
            indices[i] = indicators.stream()
                    .mapToDouble(
                            c -> row.decimal(c, BigDecimal.ZERO, BigDecimal.ONE).doubleValue())
                    .toArray();
            totals[i] = row.decimal("total").doubleValue();
        }
        if (totals.length < indicators.size()) {
            throw new InputException(
                    table.name(), 1, "", totals.length + " rows cannot determine " + indicators.size() + " weights");
        }
        WeightFit fit = WeightFitter.fit(indicators, names, indices, totals);
        List<List<String>> weightRows = new ArrayList<>();
        fit.weights().forEach((k, v) -> weightRows.add(List.of(k, format(v, 2))));
        CsvOutput.write(out, List.of("indicator", "weight"), weightRows);
        residuals.ifPresent(path -> CsvOutput.write(
                path,
                List.of("name", "published", "fitted", "residual", "suspect"),
                fit.residuals().stream()
                        .map(r -> List.of(
                                r.name(),
                                format(r.published(), 1),
                                format(r.fitted(), 2),
                                format(r.residual(), 2),
                                Boolean.toString(r.suspect())))
                        .toList()));
        summarise(fit, spec.commandLine().getOut());
    }

    private static void summarise(WeightFit fit, PrintWriter out) {
        fit.weights().forEach((k, v) -> out.printf(Locale.ROOT, "%-12s %7.2f%n", k, v));
        out.printf(Locale.ROOT, "sum          %7.2f%n", fit.weightSum());
        out.printf(Locale.ROOT, "rmse         %7.3f  (rows not suspect)%n", fit.rmse());
        fit.largestResidual()
                .ifPresent(r -> out.printf(
                        Locale.ROOT,
                        "largest residual %.2f (%s); rounding explains up to %.2f%n",
                        r.residual(),
                        r.name(),
                        fit.roundingBound()));
        long suspects = fit.residuals().stream().filter(FitResidual::suspect).count();
        out.printf(
                Locale.ROOT,
                "suspect rows %d of %d%n",
                suspects,
                fit.residuals().size());
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
