package org.goveval.monitor.content.wording;

import java.util.List;

/**
 * A dictionary file that cannot be used (bad input: an {@link IllegalArgumentException}). Nothing of it (nor of the other files loaded with it) is used: the
 * message lists every problem as {@code file:line:field: what}.
 */
public final class DictionaryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Most problems listed in the message; {@link #problems()} has them all. */
    private static final int LISTED = 20;

    private final List<String> problems;

    DictionaryException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, {@code file:line:field: what}, in file and line order. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder text = new StringBuilder("wording dictionary rejected, nothing loaded:");
        problems.stream().limit(LISTED).forEach(problem -> text.append("\n  ").append(problem));
        if (problems.size() > LISTED) {
            text.append("\n  … and ").append(problems.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}
