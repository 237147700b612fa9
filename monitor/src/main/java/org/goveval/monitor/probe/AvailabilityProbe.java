package org.goveval.monitor.probe;

import java.net.URI;
import java.util.function.Function;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Probes whether a home page opens, the way the State Council's checks count availability (国办秘函〔2019〕19号:
 * a visit that cannot open the home page within 15 s fails). The fetcher it is given must not retry: a probe
 * measures one visit.
 */
public final class AvailabilityProbe {
    /** Enough of the body to know the page really came; the probe does not judge its content. */
    static final long BODY_BYTES = 256 * 1024;

    private final Function<FetchRequest, FetchResult> fetch;

    public AvailabilityProbe(Function<FetchRequest, FetchResult> fetch) {
        this.fetch = fetch;
    }

    public ProbeResult probe(URI homepage) {
        FetchResult result = fetch.apply(FetchRequest.get(homepage, BODY_BYTES));
        long latency = result.elapsed().toMillis();
        if (result.failure().isPresent()) {
            FailureKind kind = result.failure().get();
            ProbeOutcome outcome = kind == FailureKind.TIMEOUT ? ProbeOutcome.TOO_SLOW : ProbeOutcome.FAILED;
            return new ProbeResult(homepage, result.fetchedAt(), outcome, latency, 0, kind.name());
        }
        if (result.status() >= 400) {
            return new ProbeResult(
                    homepage,
                    result.fetchedAt(),
                    ProbeOutcome.FAILED,
                    latency,
                    result.status(),
                    "HTTP " + result.status());
        }
        return new ProbeResult(homepage, result.fetchedAt(), ProbeOutcome.OPENED, latency, result.status(), "");
    }
}
