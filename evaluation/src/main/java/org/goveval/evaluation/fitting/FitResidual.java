package org.goveval.evaluation.fitting;

/**
 * How one row's published total compares with the total the fitted weights give.
 *
 * @param suspect whether the residual exceeds what rounding can explain (see {@link WeightFit#roundingBound()})
 */
public record FitResidual(String name, double published, double fitted, double residual, boolean suspect) {}
