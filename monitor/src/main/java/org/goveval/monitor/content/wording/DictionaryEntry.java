package org.goveval.monitor.content.wording;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of a wording dictionary.
 *
 * @param term the text to find, exactly as written (case-insensitive for Latin letters)
 * @param category what a match means
 * @param suggestion the correct form or current name; empty when the text must go
 * @param replacedIn for {@link DictionaryCategory#OUTDATED_NAME}: the year the name went out of use, which the
 *     historical-context rule compares with years in the sentence
 * @param source where the rule comes from (a document, an announcement), or a note; may be empty
 */
public record DictionaryEntry(
        String term, DictionaryCategory category, String suggestion, OptionalInt replacedIn, String source) {
    public DictionaryEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(replacedIn, "replacedIn");
        Objects.requireNonNull(source, "source");
        if (term.isBlank()) {
            throw new IllegalArgumentException("term cannot be blank");
        }
        if (category == DictionaryCategory.OUTDATED_NAME && replacedIn.isEmpty()) {
            throw new IllegalArgumentException("an outdated name needs replacedIn: " + term);
        }
    }
}
