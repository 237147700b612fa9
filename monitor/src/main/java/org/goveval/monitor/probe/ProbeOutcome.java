package org.goveval.monitor.probe;

/** What one availability probe of a home page found. */
public enum ProbeOutcome {
    /** The home page opened (a 2xx or 3xx answer, its body read) within the time limit. */
    OPENED,
    /**
     * Not open within the time limit (15 s by default), counted over the whole visit: the DNS look-up and every
     * redirect included. Either no answer came within the fetcher's budget (reason {@code TIMEOUT}) or it came
     * after the limit in all (reason "over 15 s in all (N redirects)"). A failure under the State Council rule.
     */
    TOO_SLOW,
    /** No usable answer: DNS, connection or TLS failure, or an error status. */
    FAILED;

    public boolean isFailure() {
        return this != OPENED;
    }
}
