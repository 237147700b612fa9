package org.goveval.server.targets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where each column sits in a file's header, and what the header calls it. */
final class HeaderColumns {
    private final TextTable table;
    private final Map<TargetColumn, Integer> index;

    private HeaderColumns(TextTable table, Map<TargetColumn, Integer> index) {
        this.table = table;
        this.index = index;
    }

    /** The header's columns; problems with the header (line 1) go to {@code problems}. */
    static HeaderColumns read(TextTable table, List<ImportProblem> problems) {
        Map<TargetColumn, Integer> index = new EnumMap<>(TargetColumn.class);
        List<String> header = table.header();
        if (TextTable.isBlank(header)) {
            problems.add(ImportProblem.of(table.file(), 1, null, "noHeader", names()));
            return new HeaderColumns(table, index);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue; // a column without a name is fine as long as it stays empty (see unnamedValue)
            }
            Optional<TargetColumn> column = TargetColumn.byHeader(name);
            if (column.isEmpty()) {
                problems.add(ImportProblem.of(table.file(), 1, name, "unknownColumn", names()));
            } else if (index.containsKey(column.get())) {
                problems.add(ImportProblem.of(
                        table.file(),
                        1,
                        name,
                        "columnTwice",
                        column.get().chinese(),
                        index.get(column.get()) + 1,
                        i + 1));
            } else {
                index.put(column.get(), i);
            }
        }
        for (TargetColumn column : TargetColumn.values()) {
            if (column.required() && !index.containsKey(column)) {
                problems.add(ImportProblem.of(table.file(), 1, column.chinese(), "columnMissing"));
            }
        }
        return new HeaderColumns(table, index);
    }

    /** The line's value in a column; blank when the header has no such column. */
    String cell(TextTable.Line line, TargetColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : line.cell(i);
    }

    /** The column's name as the file's header writes it (problems name it so), or its Chinese name. */
    String name(TargetColumn column) {
        Integer i = index.get(column);
        return i == null ? column.chinese() : table.header().get(i);
    }

    /** The 1-based number of the first column that has a value on this line but no name in the header. */
    Optional<Integer> unnamedValue(TextTable.Line line) {
        for (int i = 0; i < line.cells().size(); i++) {
            boolean named = i < table.header().size() && !table.header().get(i).isBlank();
            if (!named && !line.cells().get(i).isBlank()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static String names() {
        List<String> names = new ArrayList<>();
        for (TargetColumn column : TargetColumn.values()) {
            names.add(column.chinese());
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
