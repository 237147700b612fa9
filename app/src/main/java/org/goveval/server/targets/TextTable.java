package org.goveval.server.targets;

import java.util.List;
import java.util.Objects;

/**
 * A targets file read as text, before any checking: its header and every non-blank line below it, each with
 * the line number the user sees (CSV line, or Excel row).
 */
record TextTable(String file, List<String> header, List<TextTable.Line> lines) {
    /** One line below the header; {@code cells} may be shorter than the header (missing cells are blank). */
    record Line(int number, List<String> cells) {
        Line {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    TextTable {
        Objects.requireNonNull(file, "file");
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    /** Thrown by the readers when a file cannot be read as a table at all (bad CSV quoting, a broken xlsx). */
    static final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem problem;

        UnreadableException(ImportProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    /** More lines than any campaign has targets: a wrong file, or one to split. */
    static final int MAX_LINES = 20_000;

    static void checkSize(String file, int lines) {
        if (lines > MAX_LINES) {
            throw new UnreadableException(ImportProblem.of(file, 1, null, "tooManyLines", MAX_LINES));
        }
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
