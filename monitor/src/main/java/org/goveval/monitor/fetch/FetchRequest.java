package org.goveval.monitor.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One request to make.
 *
 * @param maxBodyBytes how much of the body to read at most; the rest is discarded and the result marked
 *     truncated. 0 reads nothing (an early cut-off after the status line and headers)
 */
public record FetchRequest(URI uri, Method method, long maxBodyBytes) {
    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes cannot be negative: " + maxBodyBytes);
        }
    }

    public static FetchRequest get(URI uri, long maxBodyBytes) {
        return new FetchRequest(uri, Method.GET, maxBodyBytes);
    }

    public static FetchRequest head(URI uri) {
        return new FetchRequest(uri, Method.HEAD, 0);
    }
}
