package org.goveval.monitor.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.goveval.monitor.fetch.Outcome.Failed;

/**
 * Decides whether an attempt is retried and after how long. Only transient trouble is retried: a timeout, a
 * failed connection, 502, 503, 504 and 429. The wait doubles from the base delay (1 s, 2 s, …) unless a 429,
 * 502, 503 or 504 carries a {@code Retry-After} (RFC 9110 §10.2.3), which is honoured up to the settings'
 * maxRetryAfter; a longer one is not waited for and the answer stands.
 */
final class RetryPolicy {
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 502, 503, 504);
    private static final Pattern DELTA_SECONDS = Pattern.compile("\\d+");
    /** Longer than any sane cap; a Retry-After with more digits than a long holds is "forever". */
    private static final Duration FOREVER = Duration.ofDays(365_000);

    private final FetchSettings settings;
    private final Clock clock;

    RetryPolicy(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry), or empty when the outcome is final.
     */
    Optional<Duration> delayBefore(int retry, Outcome outcome) {
        if (retry > settings.maxRetries()) {
            return Optional.empty();
        }
        return switch (outcome) {
            case Failed failed
            when failed.kind() == FailureKind.TIMEOUT || failed.kind() == FailureKind.CONNECTION_FAILED ->
                Optional.of(backOff(retry));
            case Failed failed -> Optional.empty();
            case Answered answer when TRANSIENT_STATUSES.contains(answer.status()) -> afterAnswer(retry, answer);
            case Answered answer -> Optional.empty();
        };
    }

    private Optional<Duration> afterAnswer(int retry, Answered answer) {
        Optional<Duration> asked = answer.header("retry-after").flatMap(this::retryAfter);
        if (asked.isEmpty()) {
            return Optional.of(backOff(retry));
        }
        return asked.get().compareTo(settings.maxRetryAfter()) > 0 ? Optional.empty() : asked;
    }

    /** {@code retryBaseDelay × 2^(retry − 1)}. */
    Duration backOff(int retry) {
        return settings.retryBaseDelay().multipliedBy(1L << Math.min(retry - 1, 20));
    }

    /**
     * Parses a Retry-After value: delta-seconds or an IMF-fixdate; a date in the past is no wait.
     *
     * @return empty when the value is neither (then the ordinary back-off applies)
     */
    Optional<Duration> retryAfter(String value) {
        String trimmed = value.strip();
        if (DELTA_SECONDS.matcher(trimmed).matches()) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
            } catch (NumberFormatException e) {
                return Optional.of(FOREVER);
            }
        }
        try {
            Instant when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), when);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
