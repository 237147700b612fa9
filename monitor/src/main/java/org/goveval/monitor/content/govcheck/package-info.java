/**
 * The State Council website checks (国办秘函〔2019〕19号, {@code gov-check-2019}) as data and rules: turns a
 * scan's findings into a verdict (vetoes, deductions, bonus), and proposes scores for the CSTC indicators
 * the monitor can inform, for an evaluator to confirm.
 */
@NullMarked
package org.goveval.monitor.content.govcheck;

import org.jspecify.annotations.NullMarked;
