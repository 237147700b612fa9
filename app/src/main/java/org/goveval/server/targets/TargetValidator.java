package org.goveval.server.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goveval.evaluation.reference.Divisions;

/**
 * Checks a whole targets file: its header, every line, and that no name comes twice, in the file or among the
 * campaign's targets. It collects every problem; a file is imported only when there is none.
 */
final class TargetValidator {
    /**
     * The outcome: the file's targets in file order when {@code problems} is empty, else the problems.
     *
     * @param columnName the name column as the file's header writes it (a problem found later names it so)
     */
    record Validation(List<TargetEntry> targets, List<ImportProblem> problems, String columnName) {
        Validation {
            targets = List.copyOf(targets);
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Divisions divisions;

    TargetValidator(Divisions divisions) {
        this.divisions = divisions;
    }

    /** Checks {@code table} for a campaign that already has targets named {@code existingNames}. */
    Validation validate(TextTable table, Set<String> existingNames) {
        List<ImportProblem> problems = new ArrayList<>();
        HeaderColumns columns = HeaderColumns.read(table, problems);
        if (!problems.isEmpty()) {
            // with a header wrong, every line would report the same problem again
            return new Validation(List.of(), problems, TargetColumn.NAME.chinese());
        }
        if (table.lines().isEmpty()) {
            return new Validation(
                    List.of(),
                    List.of(ImportProblem.of(table.file(), 1, null, "noTargets")),
                    columns.name(TargetColumn.NAME));
        }
        TargetLineReader reader = new TargetLineReader(divisions, columns, table.file());
        Map<String, Integer> firstLine = new HashMap<>();
        List<TargetEntry> targets = new ArrayList<>();
        for (TextTable.Line line : table.lines()) {
            Optional<TargetEntry> entry = reader.read(line, problems);
            String name = columns.cell(line, TargetColumn.NAME);
            if (!name.isEmpty()) {
                Integer earlier = firstLine.putIfAbsent(name, line.number());
                String column = columns.name(TargetColumn.NAME);
                if (earlier != null) {
                    problems.add(ImportProblem.of(table.file(), line.number(), column, "nameTwice", name, earlier));
                } else if (existingNames.contains(name)) {
                    problems.add(ImportProblem.of(table.file(), line.number(), column, "nameTaken", name));
                }
            }
            entry.ifPresent(targets::add);
        }
        String nameColumn = columns.name(TargetColumn.NAME);
        return problems.isEmpty()
                ? new Validation(targets, List.of(), nameColumn)
                : new Validation(List.of(), problems, nameColumn);
    }
}
