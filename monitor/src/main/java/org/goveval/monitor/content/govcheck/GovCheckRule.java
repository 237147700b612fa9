package org.goveval.monitor.content.govcheck;

/**
 * How the machine judges a clause or an indicator of {@code gov-check-2019}; the data names one per entry.
 * {@code docs/content-checks.md} states each rule.
 */
public enum GovCheckRule {
    /** Never judged by the machine: listed for manual review. */
    MANUAL,
    /** Dictionary hits of the given categories ({@code min} of them). */
    WORDING,
    /** External links now serving content of the given categories. */
    POISONED_LINKS,
    /** Hidden links: evidence for a person, never a verdict by itself. */
    HIDDEN_LINKS,
    /** Availability probes over a window ({@code days}, {@code probesPerDay}, {@code timeoutSeconds}, {@code share}). */
    AVAILABILITY,
    /** No dated item of the last two weeks on the home page (or its second-level pages). */
    HOMEPAGE_UPDATES,
    /** Columns not updated in time, of the given categories (all when none is given). */
    STALE_COLUMNS,
    /** Columns without any item. */
    BLANK_COLUMNS,
    /** No interaction channel. */
    NO_CHANNEL,
    /** Valid messages left unanswered over 3 months. */
    UNANSWERED_MESSAGES,
    /** No service guide and no service column. */
    NO_SERVICE,
    /** Service guides lacking a key element. */
    INCOMPLETE_GUIDES,
    /** Broken links, weighted by whether the home page carries them ({@code homepage}, {@code other}). */
    BROKEN_LINKS,
    /** No site search, or a search that finds nothing for a term of the home page. */
    SEARCH,
    /** Identification marks absent from the home page. */
    MISSING_MARKS
}
