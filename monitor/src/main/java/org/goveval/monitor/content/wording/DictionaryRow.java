package org.goveval.monitor.content.wording;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads one line of a dictionary file, naming the field of every problem. */
final class DictionaryRow {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    private DictionaryRow() {}

    /**
     * The entry on the line, or empty after adding its problems ({@code where} is {@code file:line:}).
     */
    static Optional<DictionaryEntry> parse(String row, String where, List<String> problems) {
        String[] fields = row.split("\t", -1);
        if (fields.length < 3 || fields.length > 5) {
            problems.add(where + "row: expected 3 to 5 tab-separated fields (term, category, suggestion[, replacedIn"
                    + "[, source]]), found " + fields.length);
            return Optional.empty();
        }
        int before = problems.size();
        String term = fields[0].strip();
        if (term.isEmpty()) {
            problems.add(where + "term: empty");
        }
        Optional<DictionaryCategory> category = category(fields[1].strip(), where, problems);
        String suggestion = fields[2].strip();
        OptionalInt replacedIn = fields.length > 3 ? year(fields[3].strip(), where, problems) : OptionalInt.empty();
        String source = fields.length > 4 ? fields[4].strip() : "";
        if (category.filter(c -> c == DictionaryCategory.OUTDATED_NAME).isPresent()
                && replacedIn.isEmpty()
                && problems.size() == before) {
            problems.add(where + "replacedIn: required for OUTDATED_NAME (the year the name went out of use)");
        }
        if (category.filter(c -> c == DictionaryCategory.POLITICAL_EXPRESSION).isPresent() && suggestion.isEmpty()) {
            problems.add(where + "suggestion: required for POLITICAL_EXPRESSION (the correct form)");
        }
        if (problems.size() > before || category.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DictionaryEntry(term, category.get(), suggestion, replacedIn, source));
    }

    private static Optional<DictionaryCategory> category(String value, String where, List<String> problems) {
        try {
            return Optional.of(DictionaryCategory.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(where + "category: unknown '" + value + "', expected one of "
                    + Arrays.toString(DictionaryCategory.values()));
            return Optional.empty();
        }
    }

    private static OptionalInt year(String value, String where, List<String> problems) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!YEAR.matcher(value).matches()) {
            problems.add(where + "replacedIn: not a year (1900–2099): '" + value + "'");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }
}
