package org.goveval.monitor.content.wording;

import java.util.Objects;
import org.goveval.monitor.content.Evidence;

/**
 * A dictionary entry found on a page.
 *
 * @param term the text as found
 * @param category {@code POLITICAL_EXPRESSION} (a fixed expression written wrongly), {@code OUTDATED_NAME}
 *     (an official name no longer in use) or {@code SENSITIVE}
 * @param suggestion the correct form; empty when the text must go
 * @param evidence the page, the context around the hit
 */
public record WordingHit(String term, String category, String suggestion, Evidence evidence) {
    public WordingHit {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(evidence, "evidence");
    }
}
