package org.goveval.sitefarm;

import java.util.Objects;

/**
 * One request a farm site received.
 *
 * @param site the site's name
 * @param pathAndQuery the raw path and query as sent
 * @param userAgent the User-Agent header, empty when absent
 * @param startNanos {@link System#nanoTime()} when the farm started handling it
 * @param endNanos {@link System#nanoTime()} when the farm had its answer ready, just before sending it (so a
 *     client waiting for each answer never overlaps two requests), or {@link #UNFINISHED}
 * @param stalled whether the farm deliberately left it unanswered (the timeout endpoint): the client gives up
 *     at a moment the farm cannot see, so {@link RequestLog#maxInFlight(String, java.time.Duration)} counts it
 *     for as long as the client waits at most
 */
public record LoggedRequest(
        String site,
        String method,
        String pathAndQuery,
        String userAgent,
        long startNanos,
        long endNanos,
        boolean stalled) {

    /** The end of a request still being handled. */
    public static final long UNFINISHED = Long.MAX_VALUE;

    public LoggedRequest {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        Objects.requireNonNull(userAgent, "userAgent");
        if (endNanos < startNanos) {
            throw new IllegalArgumentException("endNanos before startNanos: " + endNanos + " < " + startNanos);
        }
    }

    public boolean finished() {
        return endNanos != UNFINISHED;
    }

    /** The path without the query. */
    public String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
