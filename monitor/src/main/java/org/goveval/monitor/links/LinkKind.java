package org.goveval.monitor.links;

/**
 * Why a link is broken. {@code docs/monitoring.md} explains each kind and what a webmaster does about it.
 * Persistent 429 and 403 answers are not broken links: they are reported as blocked or throttled.
 */
public enum LinkKind {
    /** The server answered with an error status (4xx other than 403/429, or 5xx). */
    HTTP_ERROR,
    /** Status 200, but the page says it does not exist (页面不存在), or looks like the site's page for a missing URL. */
    SOFT_404,
    DNS_FAILURE,
    CONNECTION_FAILED,
    TIMEOUT,
    TLS_ERROR,
    REDIRECT_LOOP,
    TOO_MANY_REDIRECTS
}
