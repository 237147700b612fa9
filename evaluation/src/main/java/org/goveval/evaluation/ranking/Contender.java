package org.goveval.evaluation.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Something to rank: an item with its total and its place in the tie order.
 *
 * @param tieKey orders equal totals, smaller first: the division code as a number (行政区划代码), or a
 *     ministry's place in the State Council's official order
 */
public record Contender<T>(T item, BigDecimal total, long tieKey) {
    public Contender {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(total, "total");
    }
}
