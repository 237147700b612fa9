package org.goveval.monitor.probe;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One availability probe.
 *
 * @param at when the probe started
 * @param latencyMillis from the start to the end of the answer (or to the failure)
 * @param status the HTTP status, 0 when there was none
 * @param reason why it failed ("" when it opened): a failure kind, "HTTP 503", or "over 15 s in all (2
 *     redirects)" for an answer that came too late
 */
public record ProbeResult(URI url, Instant at, ProbeOutcome outcome, long latencyMillis, int status, String reason) {
    public ProbeResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }
}
