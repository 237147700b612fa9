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
    /** The outcome: the file's targets in file order when {@code problems} is empty, else the problems. */
    record Validation(List<TargetEntry> targets, List<ImportProblem> problems) {
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
            return new Validation(List.of(), problems);
        }
        if (table.lines().isEmpty()) {
            return new Validation(
                    List.of(), List.of(new ImportProblem(table.file(), 1, null, "no targets below the header")));
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
                    problems.add(new ImportProblem(
                            table.file(), line.number(), column, "'" + name + "' is also on line " + earlier));
                } else if (existingNames.contains(name)) {
                    problems.add(new ImportProblem(
                            table.file(),
                            line.number(),
                            column,
                            "'" + name + "' is already a target of this campaign"));
                }
            }
            entry.ifPresent(targets::add);
        }
        return problems.isEmpty() ? new Validation(targets, List.of()) : new Validation(List.of(), problems);
    }
}
