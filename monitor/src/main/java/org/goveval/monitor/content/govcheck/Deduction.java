package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Evidence;

/**
 * Points lost on one indicator (never more than the indicator is worth), or, with negative points, bonus
 * points gained.
 *
 * @param indicator the indicator's id in {@code gov-check-2019}
 * @param points points lost (positive) or gained as bonus (negative)
 * @param reason what was found, in Chinese
 * @param evidence what was seen
 */
public record Deduction(String indicator, double points, String reason, List<Evidence> evidence) {
    public Deduction {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
    }
}
