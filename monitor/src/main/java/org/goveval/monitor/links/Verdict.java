package org.goveval.monitor.links;

/** The outcome of checking one link. */
public enum Verdict {
    /** It works. */
    OK,
    /** It is broken; the check says which {@link LinkKind}. */
    BROKEN,
    /**
     * The server answered 403: it refuses the monitor (or everyone); reported apart, not as broken. A scan asks
     * again at its end and reports only a 403 that persists.
     */
    BLOCKED,
    /** The server keeps answering 429 after the allowed retries; reported apart, not as broken. */
    THROTTLED,
    /** robots.txt disallows it: the monitor does not fetch it. */
    ROBOTS_DISALLOWED,
    /** Not fetched: a private or loopback address (SSRF guard) or an unusable URL. */
    REFUSED
}
