package org.goveval.evaluation.published;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far goveval reproduces one published table.
 *
 * @param maxDeviation the largest |total recomputed from the printed indices − printed total|
 * @param worstRow the row with that deviation
 * @param rankMismatches the rows whose rank, computed from the printed totals, differs from the printed one
 * @param orderReproduced whether ranking the printed totals lists the rows in the printed order (only
 *     expected where the table states its tie rule)
 */
public record TableCheck(
        PublishedTable table,
        BigDecimal maxDeviation,
        String worstRow,
        List<String> rankMismatches,
        boolean orderReproduced) {
    public TableCheck {
        rankMismatches = List.copyOf(rankMismatches);
    }

    /** Rounding of indices (two decimals) and totals (one) explains at most 0.005 × 110 + 0.05 = 0.6. */
    public static final BigDecimal ROUNDING_TOLERANCE = new BigDecimal("0.65");

    public boolean passes() {
        return maxDeviation.compareTo(ROUNDING_TOLERANCE) <= 0
                && rankMismatches.isEmpty()
                && (orderReproduced || !table.orderedByRule());
    }
}
