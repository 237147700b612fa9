package org.goveval.sitefarm.manifest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The State Council verdict (gov-check-2019) a supervisor would sign for a site, given a clean week of
 * availability probes (the farm always answers) and no manual review: see {@code docs/content-checks.md}.
 * Link defects are not part of it: a site that also plants broken links loses the link deduction on top.
 *
 * @param verdict {@code PASS}, {@code FAIL}, or {@code NOT_CHECKED} for manifests that do not look at it
 * @param score the 100-point score for a site without a veto; null when a veto fails it
 * @param vetoes the ids of the veto clauses that hold, in the order of gov-check-2019
 */
public record GovCheckTruth(String verdict, @Nullable Double score, List<String> vetoes) {
    public GovCheckTruth {
        Objects.requireNonNull(verdict, "verdict");
        vetoes = List.copyOf(vetoes);
    }

    /** Nothing to find: for manifests in tests that do not look at this part. */
    public static GovCheckTruth empty() {
        return new GovCheckTruth("NOT_CHECKED", null, List.of());
    }
}
