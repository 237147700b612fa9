package org.goveval.monitor.content.govcheck;

import java.util.Objects;

/**
 * A person's judgement of one deduction or bonus indicator, fed back into the verdict: it replaces the
 * machine's (if any) and takes the indicator off the manual-review list.
 *
 * @param indicator a deduction or bonus indicator's id in {@code gov-check-2019}
 * @param points points lost (deduction) or gained (bonus), at least 0; capped at the indicator's value
 * @param reason what the reviewer saw, in Chinese
 */
public record ManualScore(String indicator, double points, String reason) {
    public ManualScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(reason, "reason");
        if (!(points >= 0)) {
            throw new IllegalArgumentException("points must be 0 or more: " + points + " for " + indicator);
        }
    }
}
