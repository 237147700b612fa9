package org.goveval.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.goveval.evaluation.ranking.Contender;
import org.goveval.evaluation.ranking.Ranked;
import org.goveval.evaluation.ranking.Ranking;
import org.goveval.evaluation.ranking.RankingRule;
import org.goveval.evaluation.ranking.Tiers;
import org.goveval.evaluation.table.CsvOutput;
import org.goveval.evaluation.table.CsvTable;
import org.goveval.evaluation.table.CsvTable.Row;

/**
 * The shared half of {@code score} and {@code rank}: names and tie keys read from a CSV, totals ranked,
 * and the output written with {@code total}, {@code rank} and {@code tier} after the input's other columns.
 */
final class RankedTable {
    static final Set<String> COMPUTED = Set.of("total", "rank", "tier");
    private static final Pattern ADMIN_CODE = Pattern.compile("\\d{6}");

    private final CsvTable table;
    private final String tieColumn;

    RankedTable(CsvTable table) {
        this.table = table;
        table.requireColumns("name");
        this.tieColumn = table.requireOneOf("admin_code", "order");
        table.requireUniqueValues("name");
    }

    /** The place of a row in the tie order: its division code or its official order. */
    long tieKey(Row row) {
        if (tieColumn.equals("admin_code")) {
            return row.parse("admin_code", text -> {
                if (!ADMIN_CODE.matcher(text).matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a six-digit division code");
                }
                return Long.parseLong(text);
            });
        }
        return row.parse("order", text -> {
            try {
                long order = Long.parseLong(text);
                if (order < 1) {
                    throw new IllegalArgumentException("'" + text + "' is not a positive whole number");
                }
                return order;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a positive whole number", e);
            }
        });
    }

    /** Ranks the rows by their totals (one per row, same order) and writes the output file. */
    void write(Path out, List<BigDecimal> totals, RankingRule rule, Tiers tiers) {
        List<Contender<Row>> contenders = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            contenders.add(new Contender<>(row, totals.get(i), tieKey(row)));
        }
        List<Ranked<Row>> ranked = Ranking.rank(contenders, rule);
        List<String> kept =
                table.header().stream().filter(c -> !COMPUTED.contains(c)).toList();
        List<String> header = new ArrayList<>(kept);
        header.addAll(List.of("total", "rank", "tier"));
        List<List<String>> rows = new ArrayList<>();
        for (Ranked<Row> r : ranked) {
            List<String> cells = new ArrayList<>();
            kept.forEach(c -> cells.add(r.item().get(c)));
            cells.add(r.publishedTotal().toPlainString());
            cells.add(Integer.toString(r.rank()));
            cells.add(tiers.of(r.publishedTotal()).name());
            rows.add(cells);
        }
        CsvOutput.write(out, header, rows);
    }
}
