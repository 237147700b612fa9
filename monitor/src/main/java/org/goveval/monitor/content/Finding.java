package org.goveval.monitor.content;

import java.util.List;
import java.util.Objects;

/**
 * One problem a content check found, with everything a webmaster needs to see it for themselves.
 *
 * @param check the check that found it ({@code columns}, {@code marks}, {@code network}, {@code functions},
 *     {@code wording}, {@code hiddenLinks}, {@code poisonedLinks} …)
 * @param code a stable machine-readable name of the rule, e.g. {@code COLUMN_STALE}
 * @param severity how bad it is
 * @param message one sentence in Chinese for the webmaster, naming what is wrong (untrusted text quoted
 *     from the site must be escaped where shown)
 * @param evidence what was seen; at least one entry for a problem on a page
 */
public record Finding(String check, String code, Severity severity, String message, List<Evidence> evidence) {
    /** How a finding weighs. */
    public enum Severity {
        /** Fails the site on its own under the State Council rules (单项否决). */
        VETO,
        /** Loses points. */
        ERROR,
        /** Worth a look; loses nothing by itself. */
        WARNING,
        /** The machine cannot decide: a person must look (never guessed). */
        NEEDS_REVIEW
    }

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
    }
}
