package org.goveval.monitor.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one fetch produced, after redirects and retries: the last response, or a failure.
 *
 * @param finalUri the URL of the last response (the requested one when there was no redirect)
 * @param redirects the 3xx responses followed, in order
 * @param status the HTTP status of the last response; 0 when there was none (see {@code failure})
 * @param headers response headers of the last response, names in lower case
 * @param body the body as read (decoded from gzip or deflate), at most the request's maxBodyBytes
 * @param truncated whether the body was cut at maxBodyBytes
 * @param failure why there is no usable response; empty when the server answered (any status)
 * @param failureDetail a short technical detail for the report (exception message, loop URL), or ""
 * @param attempts how many times the request was sent (retries included)
 * @param fetchedAt when the first attempt started
 * @param elapsed from the first attempt to the end, retries and back-off included
 * @param version the HTTP version of the last response (HTTP/2 only over https, negotiated by ALPN); empty
 *     when there was no response
 */
public record FetchResult(
        URI requested,
        URI finalUri,
        List<Hop> redirects,
        int status,
        Map<String, List<String>> headers,
        byte[] body,
        boolean truncated,
        Optional<FailureKind> failure,
        String failureDetail,
        int attempts,
        Instant fetchedAt,
        Duration elapsed,
        Optional<HttpVersion> version) {

    public FetchResult {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(finalUri, "finalUri");
        redirects = List.copyOf(redirects);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(failureDetail, "failureDetail");
        Objects.requireNonNull(version, "version");
        if (failure.isPresent() != (status == 0)) {
            throw new IllegalArgumentException(
                    "a result has either a status or a failure: status " + status + ", failure " + failure);
        }
    }

    /** A result without its HTTP version (made by hand, e.g. in tests). */
    public FetchResult(
            URI requested,
            URI finalUri,
            List<Hop> redirects,
            int status,
            Map<String, List<String>> headers,
            byte[] body,
            boolean truncated,
            Optional<FailureKind> failure,
            String failureDetail,
            int attempts,
            Instant fetchedAt,
            Duration elapsed) {
        this(
                requested,
                finalUri,
                redirects,
                status,
                headers,
                body,
                truncated,
                failure,
                failureDetail,
                attempts,
                fetchedAt,
                elapsed,
                Optional.empty());
    }

    /** A result with no response. */
    public static FetchResult failed(
            URI requested,
            URI finalUri,
            List<Hop> redirects,
            FailureKind kind,
            String detail,
            int attempts,
            Instant fetchedAt,
            Duration elapsed) {
        return new FetchResult(
                requested,
                finalUri,
                redirects,
                0,
                Map.of(),
                new byte[0],
                false,
                Optional.of(kind),
                detail,
                attempts,
                fetchedAt,
                elapsed);
    }

    /** Whether the server answered with a 2xx status. */
    public boolean isSuccess() {
        return failure.isEmpty() && status >= 200 && status < 300;
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        // the names are kept in lower case, and callers mostly ask in lower case: lower-casing the name first
        // showed in the profile of every page read
        List<String> values = headers.get(name);
        if (values == null) {
            values = headers.get(name.toLowerCase(Locale.ROOT));
        }
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The media type of the Content-Type header in lower case, without parameters (e.g. {@code text/html}). */
    public Optional<String> mediaType() {
        return header("content-type")
                .map(v -> {
                    int semicolon = v.indexOf(';');
                    return (semicolon < 0 ? v : v.substring(0, semicolon))
                            .strip()
                            .toLowerCase(Locale.ROOT);
                })
                .filter(v -> !v.isEmpty());
    }
}
