package org.goveval.server.targets;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an imported file, where the user will find it: the line as their editor or Excel
 * numbers it (the header is line 1) and the column as their header names it.
 *
 * @param column the column's header as written in the file, or null when the problem is the whole line's
 */
public record ImportProblem(String file, int line, @Nullable String column, String message) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("lines start at 1: " + line);
        }
    }

    /** {@code targets.csv:3: 行政区划代码: 999999 is not a known division code}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (column == null ? "" : column + ": ") + message;
    }
}
