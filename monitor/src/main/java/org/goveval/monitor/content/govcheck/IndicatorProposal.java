package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Evidence;

/**
 * A score the monitor proposes for one third-level indicator of a CSTC system, for an evaluator to confirm.
 *
 * @param system the indicator system's id, e.g. {@code cstc-2020-website-local}
 * @param indicator the third-level indicator's id in that system
 * @param proposed the proposed score, between 0 and {@code max}
 * @param max what the indicator is worth
 * @param rule the documented rule that produced the score
 * @param evidence what the proposal rests on
 * @param column the weight column whose weight is {@code max} (e.g. {@code county}, {@code ministry})
 */
public record IndicatorProposal(
        String system,
        String indicator,
        double proposed,
        double max,
        String rule,
        List<Evidence> evidence,
        String column) {
    public IndicatorProposal {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(rule, "rule");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(column, "column");
        if (!(proposed >= 0 && proposed <= max)) {
            throw new IllegalArgumentException(
                    "proposed must lie in [0, " + max + "]: " + proposed + " for " + system + " " + indicator);
        }
    }
}
