package org.goveval.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.goveval.evaluation.table.CsvTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code goveval rank}: ranks and tiers from totals. The input has {@code name}, {@code total} and
 * {@code admin_code} or {@code order}; other columns are kept.
 */
@Command(name = "rank", description = "Rank totals (ties by division code or official order) and assign tiers.")
final class RankCommand implements Runnable {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input CSV.")
    Path in = Path.of("");

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "Output CSV: the input columns plus rank and tier, in ranked order.")
    Path out = Path.of("");

    @Mixin
    RankingOptions ranking = new RankingOptions();

    /** A total above this cannot come from any scale goveval knows; it is almost certainly a typing error. */
    private static final BigDecimal MAX_TOTAL = new BigDecimal("1000");

    @Override
    public void run() {
        var ruleValue = ranking.rule();
        var tiersValue = ranking.tiers();
        CsvTable table = CsvTable.read(in);
        table.requireColumns("total");
        RankedTable ranked = new RankedTable(table);
        List<BigDecimal> totals = table.rows().stream()
                .map(row -> row.decimal("total", BigDecimal.ZERO, MAX_TOTAL))
                .toList();
        ranked.write(out, totals, ruleValue, tiersValue);
    }
}
