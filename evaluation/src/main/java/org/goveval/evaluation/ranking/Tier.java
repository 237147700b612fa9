package org.goveval.evaluation.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/** A tier (等级): every total at or above {@code threshold}, and below the next tier's, belongs to it. */
public record Tier(BigDecimal threshold, String name) {
    public Tier {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a tier needs a name");
        }
    }
}
