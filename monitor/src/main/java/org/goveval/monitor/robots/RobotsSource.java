package org.goveval.monitor.robots;

/** Where a host's robots rules came from: the file, or the way fetching it failed (RFC 9309 §2.3.1). */
public enum RobotsSource {
    /** The server answered 2xx: the rules are the file's (RFC 9309 §2.3.1.1). */
    FETCHED,
    /**
     * There is no robots.txt: the server answered 4xx other than 429, or the redirects could not be followed
     * to an end. RFC 9309 §2.3.1.2–2.3.1.3: the file is "unavailable" and every URL may be crawled.
     */
    ALLOW_ALL,
    /**
     * The robots.txt could not be reached: 5xx, 429, no answer at all (DNS failure, refused connection,
     * timeout, TLS error, blocked address). RFC 9309 §2.3.1.4: the file is "unreachable" and nothing may be
     * crawled.
     */
    DISALLOW_ALL
}
