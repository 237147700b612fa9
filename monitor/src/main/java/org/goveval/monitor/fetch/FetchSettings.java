package org.goveval.monitor.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HttpFetcher} fetches. Durations are wall-clock time; sizes are bytes.
 *
 * @param userAgent sent with every request; one non-blank line of printable ASCII (what HTTP clients send)
 * @param connectTimeout the longest wait for a TCP connection; positive (the TLS handshake that follows counts
 *     against the request budget)
 * @param requestBudget the longest one attempt may take from connecting to the last body byte; positive
 * @param maxRedirects how many redirects one fetch follows at most; one more is TOO_MANY_REDIRECTS
 * @param maxRetries how many times a transient failure is retried after the first attempt
 * @param retryBaseDelay the wait before the first retry; it doubles for each further retry
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one is not waited for
 * @param maxBodyBytes the most body bytes (after gzip or deflate decoding) any fetch keeps, whatever the
 *     request asks; at most {@code Integer.MAX_VALUE - 8}, the largest array
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration requestBudget,
        int maxRedirects,
        int maxRetries,
        Duration retryBaseDelay,
        Duration maxRetryAfter,
        long maxBodyBytes) {

    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7E))) {
            throw new IllegalArgumentException(
                    "userAgent must be one non-blank line of printable ASCII: '" + userAgent + "'");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestBudget, "requestBudget");
        requireNotNegative(retryBaseDelay, "retryBaseDelay");
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects cannot be negative: " + maxRedirects);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries cannot be negative: " + maxRetries);
        }
        if (maxBodyBytes < 0 || maxBodyBytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxBodyBytes must be in [0, " + MAX_ARRAY + "]: " + maxBodyBytes);
        }
    }

    /** The settings for monitoring government websites. */
    public static FetchSettings defaults() {
        return new FetchSettings(
                // honest and reachable: a webmaster who sees us in the logs can find out who we are and why
                "goveval/0.1 (+https://github.com/goveval/goveval; government website evaluation)",
                // a live server accepts a connection in well under a second; 5 s leaves room for slow links
                Duration.ofSeconds(5),
                // the State Council rule: a page not open after 15 s counts as failed
                Duration.ofSeconds(15),
                // what browsers and curl allow; longer chains are misconfigurations
                10,
                // two retries ride out a restart or a dropped packet without hammering a struggling server
                2,
                // exponential back-off: 1 s, then 2 s
                Duration.ofSeconds(1),
                // a server asking for a longer pause is effectively unavailable: the 429 is the answer
                Duration.ofSeconds(30),
                // far above any real HTML page, small enough that a hundred fetches in flight fit in memory
                10L * 1024 * 1024);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }

    /**
     * These settings with another User-Agent. It should stay honest: name the monitor and give a contact URL, so
     * that a webmaster who sees it in the logs can find out who is visiting and why; the command line insists.
     */
    public FetchSettings withUserAgent(String agent) {
        return new FetchSettings(
                agent,
                connectTimeout,
                requestBudget,
                maxRedirects,
                maxRetries,
                retryBaseDelay,
                maxRetryAfter,
                maxBodyBytes);
    }

    /** These settings with another number of retries (0 for probes, which measure one visit). */
    public FetchSettings withMaxRetries(int retries) {
        return new FetchSettings(
                userAgent,
                connectTimeout,
                requestBudget,
                maxRedirects,
                retries,
                retryBaseDelay,
                maxRetryAfter,
                maxBodyBytes);
    }
}
