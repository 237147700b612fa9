package org.goveval.evaluation.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One ranked entry.
 *
 * @param publishedTotal the total as published (one decimal), on which the rank was decided
 */
public record Ranked<T>(T item, BigDecimal publishedTotal, int rank) {
    public Ranked {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(publishedTotal, "publishedTotal");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + rank);
        }
    }
}
