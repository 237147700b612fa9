package org.goveval.evaluation.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goveval.evaluation.ranking.RankingGroup;
import org.goveval.evaluation.ranking.RankingGroups;
import org.goveval.evaluation.reference.Division;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.system.Indicator;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;
import org.goveval.evaluation.table.CsvTable;
import org.goveval.evaluation.table.CsvTable.Row;
import org.goveval.evaluation.table.InputException;

/**
 * Imports published result tables (the golden data set). A set is a folder of CSV files with an
 * {@code index.csv} naming each table's ranking group, indicator system and level, and an
 * {@code aliases.csv} for printed names that are not division names. The import is all or nothing: any bad
 * cell fails it with an {@link InputException} naming file, line and column.
 */
public final class PublishedResults {
    private static final String CSTC_2020 = "goveval/published/cstc-2020/";
    private static final BigDecimal ONE = BigDecimal.ONE;

    private final IndicatorSystems systems;
    private final Divisions divisions;

    public PublishedResults(IndicatorSystems systems, Divisions divisions) {
        this.systems = systems;
        this.divisions = divisions;
    }

    /** The six tables of the 2020 website performance results (seed 001), cleaned as CLEANING.md records. */
    public List<PublishedTable> cstc2020() {
        return loadResourceSet(CSTC_2020);
    }

    private List<PublishedTable> loadResourceSet(String dir) {
        Map<String, String> aliases = new LinkedHashMap<>();
        CsvTable aliasTable = CsvTable.fromResource(dir + "aliases.csv");
        aliasTable.requireColumns("name", "admin_code", "reason");
        aliasTable.rows().forEach(r -> aliases.put(r.get("name") + "@" + r.get("admin_code"), r.get("reason")));
        CsvTable index = CsvTable.fromResource(dir + "index.csv");
        index.requireColumns("file", "group", "title", "system", "column", "ordered_by_rule");
        List<PublishedTable> tables = new ArrayList<>();
        for (Row entry : index.rows()) {
            RankingGroup group = entry.parse(
                    "group",
                    id -> RankingGroups.byId(id)
                            .orElseThrow(() -> new IllegalArgumentException("unknown ranking group '" + id + "'")));
            IndicatorSystem system = entry.parse(
                    "system",
                    id -> systems.get(id)
                            .orElseThrow(() -> new IllegalArgumentException("unknown indicator system '" + id + "'")));
            String column = entry.parse(
                    "column",
                    c -> system.column(c)
                            .map(x -> c)
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "system " + system.id() + " has no level '" + c + "'")));
            String file = entry.get("file");
            CsvTable table = CsvTable.fromResource(dir + file);
            tables.add(new PublishedTable(
                    file.replace(".csv", ""),
                    entry.get("title"),
                    group,
                    system.id(),
                    column,
                    Boolean.parseBoolean(entry.get("ordered_by_rule")),
                    indexColumns(system, column),
                    readRows(table, system, column, aliases)));
        }
        return tables;
    }

    private static List<String> indexColumns(IndicatorSystem system, String column) {
        return system.firstLevelsAssessedIn(column).stream().map(Indicator::id).toList();
    }

    private List<PublishedRow> readRows(
            CsvTable table, IndicatorSystem system, String column, Map<String, String> aliases) {
        List<String> indexColumns = indexColumns(system, column);
        table.requireColumns("rank", "name", "admin_code", "parent", "total");
        table.requireColumns(indexColumns.toArray(String[]::new));
        Set<String> expected = Set.copyOf(indexColumns);
        system.indicators().stream()
                .map(Indicator::id)
                .filter(id -> !expected.contains(id) && table.hasColumn(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new InputException(table.name(), 1, id, "is not assessed at level '" + column + "'");
                });
        BigDecimal maximum = system.maximum(column);
        List<PublishedRow> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            int rank = row.parse("rank", Integer::parseInt);
            Map<String, BigDecimal> indices = new LinkedHashMap<>();
            for (String id : indexColumns) {
                indices.put(id, row.decimal(id, BigDecimal.ZERO, ONE));
            }
            BigDecimal total = row.decimal("total", BigDecimal.ZERO, maximum);
            String code = row.get("admin_code");
            checkName(row, code, aliases);
            rows.add(new PublishedRow(rank, row.get("name"), code, row.get("parent"), indices, total));
        }
        return rows;
    }

    private void checkName(Row row, String code, Map<String, String> aliases) {
        Division division = row.parse(
                "admin_code",
                c -> divisions
                        .byCode(c)
                        .orElseThrow(() -> new IllegalArgumentException("no division has the code " + c)));
        String name = row.get("name");
        if (aliases.containsKey(name + "@" + code) || divisions.find(name).contains(division)) {
            return;
        }
        throw row.fail(
                "name",
                "'" + name + "' is not the name of division " + code + " ("
                        + divisions.path(division).stream().collect(Collectors.joining(" "))
                        + ") and aliases.csv does not list it");
    }
}
