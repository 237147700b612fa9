package org.goveval.evaluation.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision of published numbers: first-level indices with two decimals, totals with one, both rounded
 * half up (seed 001 prints them so; ranks are decided on the printed total).
 */
public final class Rounding {
    private Rounding() {}

    public static BigDecimal index(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal total(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
