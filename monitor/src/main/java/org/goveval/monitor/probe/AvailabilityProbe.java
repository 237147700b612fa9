package org.goveval.monitor.probe;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Probes whether a home page opens, the way the State Council's checks count availability (国办秘函〔2019〕19号:
 * a visit that cannot open the home page within 15 s fails). The fetcher it is given must not retry: a probe
 * measures one visit.
 *
 * <p>The limit applies to the whole visit, from its start to the last byte read: the DNS look-up, every
 * redirect hop and any wait in between. The fetcher's own budget bounds each request only, so a chain of fast
 * hops, or a slow look-up before a fast answer, can end in an answer after more than the limit; such a probe
 * is {@link ProbeOutcome#TOO_SLOW}, not opened. It is judged by the measured total rather than by one
 * deadline handed down to every hop because the address check's DNS look-up cannot be cut short (the JDK's
 * resolver has no timeout), so a deadline could not make the total exact anyway; the measured total is what a
 * visitor waited, whatever took the time. The price: a slow chain is only known to be too slow at its end.
 */
public final class AvailabilityProbe {
    /** Enough of the body to know the page really came; the probe does not judge its content. */
    static final long BODY_BYTES = 256 * 1024;

    /** The State Council's limit. */
    public static final Duration STATE_COUNCIL_LIMIT = Duration.ofSeconds(15);

    private final Function<FetchRequest, FetchResult> fetch;
    private final Duration limit;

    /** A probe with the State Council's 15 s limit. */
    public AvailabilityProbe(Function<FetchRequest, FetchResult> fetch) {
        this(fetch, STATE_COUNCIL_LIMIT);
    }

    /** @param limit the longest a visit may take in all and still count as opened; positive */
    public AvailabilityProbe(Function<FetchRequest, FetchResult> fetch, Duration limit) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.limit = Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the probe limit must be positive: " + limit);
        }
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
        if (result.elapsed().compareTo(limit) > 0) { // exactly the limit is still "within" it
            return new ProbeResult(
                    homepage, result.fetchedAt(), ProbeOutcome.TOO_SLOW, latency, result.status(), overLimit(result));
        }
        return new ProbeResult(homepage, result.fetchedAt(), ProbeOutcome.OPENED, latency, result.status(), "");
    }

    /** "over 15 s in all (2 redirects)": the answer came, too late. */
    private String overLimit(FetchResult result) {
        int hops = result.redirects().size();
        return String.format(Locale.ROOT, "over %s in all (%d redirect%s)", seconds(limit), hops, hops == 1 ? "" : "s");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0
                ? d.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.3f s", d.toMillis() / 1000.0);
    }
}
