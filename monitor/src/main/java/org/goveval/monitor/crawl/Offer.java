package org.goveval.monitor.crawl;

/** What the frontier did with a URL offered to it. */
public enum Offer {
    QUEUED,
    ALREADY_SEEN,
    OUT_OF_SCOPE,
    TOO_DEEP,
    TRAP
}
