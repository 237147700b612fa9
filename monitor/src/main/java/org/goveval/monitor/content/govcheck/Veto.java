package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Evidence;

/**
 * A single-veto item that holds.
 *
 * @param indicator the indicator's id in {@code gov-check-2019}
 * @param reason what was found, in Chinese
 * @param evidence what was seen
 */
public record Veto(String indicator, String reason, List<Evidence> evidence) {
    public Veto {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
    }
}
