package org.goveval.monitor.fetch;

/**
 * Why a fetch produced no usable HTTP response. What a website does is data, not an exception: every
 * failure of the network or the server ends up here.
 */
public enum FailureKind {
    /** The host name does not resolve. Never retried. */
    DNS_FAILURE,
    /** The connection was refused or reset, or the host unreachable. */
    CONNECTION_FAILED,
    /** No complete answer within the request budget (15 s by default: the State Council rule). */
    TIMEOUT,
    /** The TLS handshake failed: bad or untrusted certificate, name mismatch, protocol error. */
    TLS_ERROR,
    /** A redirect led back to a URL already in the chain. */
    REDIRECT_LOOP,
    /** More redirects than allowed (10 by default). */
    TOO_MANY_REDIRECTS,
    /** The URL, or a redirect, leads to a loopback, private, link-local or multicast address (SSRF guard). */
    BLOCKED_ADDRESS,
    /** The URL is not an absolute http or https URL, or a redirect's Location cannot be parsed. */
    INVALID_URL
}
