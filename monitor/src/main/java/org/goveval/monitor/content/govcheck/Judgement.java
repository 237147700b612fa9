package org.goveval.monitor.content.govcheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Evidence;

/**
 * What the machine made of one clause or indicator.
 *
 * @param id the clause's or indicator's id
 * @param outcome what it found
 * @param points for an indicator judged by the machine, the points lost before the cap; zero otherwise
 * @param reason one sentence in Chinese; empty when there is nothing to say
 * @param evidence what the outcome rests on
 */
record Judgement(String id, Outcome outcome, BigDecimal points, String reason, List<Evidence> evidence) {
    enum Outcome {
        /** A veto clause holds. */
        HOLDS,
        /** The machine judged it: no veto, or the points it computed. */
        JUDGED,
        /** The machine found something a person must decide on (a suspected veto). */
        SUSPECT,
        /** The machine could judge it but lacks the input (a check that did not run, no probe history). */
        MISSING_INPUT,
        /** Only a person can judge it. */
        MANUAL
    }

    Judgement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
    }

    static Judgement of(String id, Outcome outcome, String reason, List<Evidence> evidence) {
        return new Judgement(id, outcome, BigDecimal.ZERO, reason, evidence);
    }

    static Judgement clear(String id) {
        return of(id, Outcome.JUDGED, "", List.of());
    }

    static Judgement missing(String id, String reason) {
        return of(id, Outcome.MISSING_INPUT, reason, List.of());
    }

    static Judgement manual(String id) {
        return of(id, Outcome.MANUAL, "", List.of());
    }
}
