package org.goveval.evaluation.system;

import java.util.Objects;

/**
 * One thing wrong in an indicator-system file.
 *
 * @param file the file or resource name as given to the loader
 * @param line 1-based line of the offending node, or 0 when the problem concerns the whole file
 * @param field the path of the field, e.g. {@code indicators[info.open.statutory].weights.city}
 */
public record Problem(String file, int line, String field, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
