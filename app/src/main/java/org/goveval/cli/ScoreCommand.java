package org.goveval.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.goveval.evaluation.scoring.Scoring;
import org.goveval.evaluation.scoring.ScoringException;
import org.goveval.evaluation.system.Indicator;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.table.CsvTable;
import org.goveval.evaluation.table.CsvTable.Row;
import org.goveval.evaluation.table.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code goveval score}: totals, ranks and tiers from first-level indices. The input has {@code name},
 * {@code admin_code} or {@code order}, and one column per first-level indicator assessed at the level.
 */
@Command(name = "score", description = "Compute totals from first-level indices, then rank and tier them.")
final class ScoreCommand implements Runnable {
    @Option(
            names = "--system",
            required = true,
            paramLabel = "ID",
            description = "Indicator system, e.g. cstc-2020-website-local.")
    String systemId = "";

    @Option(
            names = "--level",
            required = true,
            paramLabel = "LEVEL",
            description = "Weight column, e.g. province, city, county.")
    String level = "";

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input CSV.")
    Path in = Path.of("");

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "Output CSV: the input columns plus total, rank, tier.")
    Path out = Path.of("");

    @Mixin
    RankingOptions ranking = new RankingOptions();

    @Mixin
    SystemsOption systems = new SystemsOption();

    @Override
    public void run() {
        IndicatorSystem system = systems.find(systemId);
        String column = SystemsOption.column(system, level).id();
        var ruleValue = ranking.rule();
        var tiersValue = ranking.tiers();
        CsvTable table = CsvTable.read(in);
        RankedTable ranked = new RankedTable(table);
        List<String> indexColumns =
                system.firstLevelsAssessedIn(column).stream().map(Indicator::id).toList();
        checkHeader(table, system, column, indexColumns);
        List<BigDecimal> totals = new ArrayList<>();
        for (Row row : table.rows()) {
            Map<String, BigDecimal> indices = new LinkedHashMap<>();
            for (String id : indexColumns) {
                indices.put(id, row.decimal(id, BigDecimal.ZERO, BigDecimal.ONE));
            }
            try {
                totals.add(Scoring.totalFromIndices(system, column, indices));
            } catch (ScoringException e) {
                throw row.fail(e.indicatorId(), e.problem());
            }
        }
        ranked.write(out, totals, ruleValue, tiersValue);
    }

    private static void checkHeader(CsvTable table, IndicatorSystem system, String column, List<String> indexColumns) {
        for (Indicator first : system.indicators()) {
            if (!indexColumns.contains(first.id()) && table.hasColumn(first.id())) {
                throw new InputException(
                        table.name(),
                        1,
                        first.id(),
                        "first-level indicator " + first.name() + " is not assessed at level '" + column
                                + "'; remove the column");
            }
        }
        for (String id : indexColumns) {
            if (!table.hasColumn(id)) {
                throw new InputException(
                        table.name(),
                        1,
                        id,
                        "missing: level '" + column + "' of " + system.id() + " needs the columns "
                                + indexColumns.stream().collect(Collectors.joining(", ")));
            }
        }
    }
}
