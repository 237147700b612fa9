package org.goveval.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.goveval.evaluation.table.CsvTable;
import picocli.CommandLine.Command;
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

    @Option(
            names = "--tiers",
            paramLabel = "SPEC",
            defaultValue = "95:卓越,85:优秀,75:良好,60:发展,0:准备",
            description = "Tier thresholds and names (default: ${DEFAULT-VALUE}).")
    String tiers = "";

    @Option(
            names = "--rule",
            paramLabel = "RULE",
            defaultValue = "dense",
            description = "dense (1,2,2,3) or competition (1,2,2,4).")
    String rule = "";

    /** A total above this cannot come from any scale goveval knows; it is almost certainly a typing error. */
    private static final BigDecimal MAX_TOTAL = new BigDecimal("1000");

    @Override
    public void run() {
        var ruleValue = RankedTable.rule(rule);
        var tiersValue = RankedTable.tiers(tiers);
        CsvTable table = CsvTable.read(in);
        table.requireColumns("total");
        RankedTable ranked = new RankedTable(table);
        List<BigDecimal> totals = table.rows().stream()
                .map(row -> row.decimal("total", BigDecimal.ZERO, MAX_TOTAL))
                .toList();
        ranked.write(out, totals, ruleValue, tiersValue);
    }
}
