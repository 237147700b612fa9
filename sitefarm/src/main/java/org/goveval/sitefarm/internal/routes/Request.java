package org.goveval.sitefarm.internal.routes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What a route sees of a request.
 *
 * @param rawPath the path as sent, path parameters ({@code ;jsessionid=…}) included
 * @param rawQuery the query as sent, empty when there is none
 * @param userAgent the User-Agent header, empty when there is none
 */
public record Request(String method, String rawPath, String rawQuery, String userAgent) {
    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    public static Request get(String rawPath) {
        return new Request("GET", rawPath, "", "");
    }

    public boolean isHead() {
        return method.equals("HEAD");
    }

    /** The path with the query, as the request log records it. */
    public String pathAndQuery() {
        return rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The first value of a query parameter, decoded as UTF-8. */
    public Optional<String> parameter(String name) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** The first value of an integer query parameter, if present and a number. */
    public Optional<Long> longParameter(String name) {
        try {
            return parameter(name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
