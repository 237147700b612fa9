package org.goveval.monitor.content.govcheck;

/** Where a number of {@code gov-check-2019} comes from; see {@code docs/content-checks.md}. */
public enum Provenance {
    /** Printed in the public copies of 国办秘函〔2019〕19号. */
    PUBLISHED,
    /** Follows from a published rule (the note names it). */
    PUBLISHED_DERIVED,
    /** Not settled by the public copies we hold: a documented choice a deployment may correct in the data. */
    ASSUMED;

    static Provenance of(String text) {
        return valueOf(text.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
