package org.goveval.sitefarm.manifest;

/**
 * Why a link is listed in a manifest. The first eight are broken links ({@link Manifest#brokenLinks()}); the
 * last two are links a polite robot cannot use ({@link Manifest#blockedOrThrottled()}). The names match the
 * monitor's findings.
 */
public enum LinkKind {
    /** The URL answers an HTTP error status (4xx, 5xx). */
    HTTP_ERROR,
    /** The URL answers 200 with a "page not found" page. */
    SOFT_404,
    /** The host name does not resolve. */
    DNS_FAILURE,
    /** The connection is refused. */
    CONNECTION_FAILED,
    /** No answer within any reasonable timeout. */
    TIMEOUT,
    /** The https handshake fails. */
    TLS_ERROR,
    /** A redirect leads back to a URL already in the chain. */
    REDIRECT_LOOP,
    /** More than ten redirects. */
    TOO_MANY_REDIRECTS,
    /** A persistent 429, whatever the wait. */
    THROTTLED,
    /** A persistent 403 answered to robots, while a browser's User-Agent gets 200. */
    BLOCKED;

    /** Whether links of this kind belong in {@link Manifest#blockedOrThrottled()} rather than brokenLinks. */
    public boolean blockedOrThrottled() {
        return this == THROTTLED || this == BLOCKED;
    }
}
