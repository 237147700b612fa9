package org.goveval.sitefarm.manifest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The State Council verdict (gov-check-2019) a supervisor would sign for a site, given a clean week of
 * availability probes (the farm always answers) and no manual review: see {@code docs/content-checks.md}.
 * Link defects are not part of it: a site that also plants broken links loses the link deduction on top.
 *
 * @param verdict {@code PASS}, {@code FAIL}, {@code NEEDS_REVIEW}, or {@code NOT_CHECKED} for manifests that do
 *     not look at it
 * @param score the 100-point score for a site without a veto; null when a veto fails it
 * @param vetoes the ids of the veto clauses that hold, in the order of gov-check-2019
 * @param deductions the points each deduction indicator loses, by indicator id (sorted); empty when a veto fails
 *     the site, since nothing else is scored then
 * @param manualReview the clauses and indicators left to a person, in the order of gov-check-2019: the manual
 *     ones, the veto clauses the machine covers only in part unless they hold, the suspected ones, and (without
 *     a veto) the manual deduction indicators
 */
public record GovCheckTruth(
        String verdict,
        @Nullable Double score,
        List<String> vetoes,
        Map<String, Double> deductions,
        List<String> manualReview) {
    public GovCheckTruth {
        Objects.requireNonNull(verdict, "verdict");
        vetoes = List.copyOf(vetoes);
        deductions = Collections.unmodifiableMap(new TreeMap<>(deductions));
        manualReview = List.copyOf(manualReview);
    }

    /** Nothing to find: for manifests in tests that do not look at this part. */
    public static GovCheckTruth empty() {
        return new GovCheckTruth("NOT_CHECKED", null, List.of(), Map.of(), List.of());
    }
}
