package org.goveval.monitor.fetch;

import java.time.Clock;
import java.time.Duration;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.StubResolver;

/** Fetchers for tests: short budgets, quick back-off, and a policy that lets through 127.0.0.1 only. */
final class Fetchers {
    static final String USER_AGENT = "goveval-test/1.0 (+https://example.org/contact)";

    private Fetchers() {}

    /** Budget 1 s, 2 retries after 50 ms and 100 ms, Retry-After honoured up to 5 s, 10 redirects, 1 MiB. */
    static FetchSettings quick() {
        return settings(Duration.ofSeconds(1), 2, Duration.ofSeconds(5));
    }

    static FetchSettings settings(Duration budget, int maxRetries, Duration maxRetryAfter) {
        return new FetchSettings(
                USER_AGENT,
                Duration.ofSeconds(1),
                budget,
                10,
                maxRetries,
                Duration.ofMillis(50),
                maxRetryAfter,
                1 << 20);
    }

    /**
     * Private addresses refused, except 127.0.0.1: a redirect to any other private address is refused before a
     * connection is made, and names resolve through the stub, never through DNS.
     */
    static AddressPolicy loopbackPolicy(StubResolver resolver) {
        return new AddressPolicy(resolver, false).allowing("127.0.0.1/32");
    }

    static HttpFetcher fetcher(FetchSettings settings, RequestGate gate) {
        return new HttpFetcher(settings, gate, loopbackPolicy(StubResolver.loopbackOnly()), Clock.systemUTC());
    }

    static HttpFetcher fetcher(FetchSettings settings) {
        return fetcher(settings, RequestGate.open());
    }
}
