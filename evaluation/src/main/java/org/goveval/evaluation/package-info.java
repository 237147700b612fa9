/**
 * The evaluation engine: indicator systems, reference data, scores, indices, totals, rankings, tiers,
 * published results and weight fitting. Plain Java; {@link org.goveval.evaluation.Evaluation} is the front
 * door.
 */
@NullMarked
package org.goveval.evaluation;

import org.jspecify.annotations.NullMarked;
