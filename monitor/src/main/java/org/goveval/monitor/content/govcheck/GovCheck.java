package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of the State Council checks on one site.
 *
 * @param verdict {@code PASS}, {@code FAIL} or {@code NEEDS_REVIEW} (a rule the machine cannot settle)
 * @param vetoes single-veto items (单项否决) that hold, each with its evidence
 * @param score the 100-point score after deductions and bonus; null when a veto fails the site
 * @param deductions points lost, per indicator
 * @param manualReview indicators the machine cannot judge, listed for a person, never guessed
 */
public record GovCheck(
        String verdict,
        List<Veto> vetoes,
        @Nullable Double score,
        List<Deduction> deductions,
        List<String> manualReview) {
    public GovCheck {
        Objects.requireNonNull(verdict, "verdict");
        vetoes = List.copyOf(vetoes);
        deductions = List.copyOf(deductions);
        manualReview = List.copyOf(manualReview);
    }
}
