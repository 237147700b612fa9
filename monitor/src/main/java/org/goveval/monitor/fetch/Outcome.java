package org.goveval.monitor.fetch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What one request produced: an answer (any status) or a failure. */
sealed interface Outcome {

    /**
     * The server answered.
     *
     * @param headers names in lower case
     * @param body decoded from gzip or deflate, at most the fetch's body cap
     * @param version the HTTP version the response came with
     */
    record Answered(int status, Map<String, List<String>> headers, byte[] body, boolean truncated, HttpVersion version)
            implements Outcome {
        public Answered {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(version, "version");
        }

        /** The first value of a header, by lower-case name. */
        Optional<String> header(String lowerCaseName) {
            List<String> values = headers.getOrDefault(lowerCaseName, List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    /** No usable answer. */
    record Failed(FailureKind kind, String detail) implements Outcome {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
