package org.goveval.monitor.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.goveval.monitor.fetch.Outcome.Failed;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL the way the monitor must: checked against the SSRF guard and admitted by the request gate
 * before every request sent, redirects followed by hand, transient failures retried with back-off, each
 * attempt bounded by the request budget, the body decoded and capped. Whatever the website does ends up in
 * the {@link FetchResult}; {@link #fetch} does not throw for it.
 *
 * <p>Redirects (301, 302, 303, 307, 308 with a Location) are recorded as {@link Hop}s. When the chain stops at
 * a redirect (REDIRECT_LOOP, TOO_MANY_REDIRECTS, or INVALID_URL for an unparsable Location) the last hop is
 * that redirect and {@code finalUri} the URL that answered with it; when a request to a redirect target fails
 * (DNS_FAILURE, BLOCKED_ADDRESS, TIMEOUT, …) {@code finalUri} is that target. {@code attempts} counts every
 * request sent for the fetch: one per redirect hop plus retries, so a refused first URL has 0.
 *
 * <p>Thread-safe: one fetcher serves many virtual threads at once. {@code fetchedAt} and {@code elapsed} come
 * from the clock; budgets and back-off waits are wall-clock time.
 *
 * <p><b>Limits:</b> the HttpClient resolves the host name again when it connects, after the {@link
 * AddressPolicy} check (see there: DNS rebinding); the policy's own DNS look-up is not part of the request
 * budget; no cookies are kept, so a site that sets a cookie and redirects to itself loops.
 */
public final class HttpFetcher implements AutoCloseable {
    private final FetchSettings settings;
    private final RequestGate gate;
    private final AddressPolicy policy;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Exchange exchange;
    private final RetryPolicy retries;
    private volatile boolean closed;

    /** A fetcher that trusts the JDK's default certificate authorities. */
    public HttpFetcher(FetchSettings settings, RequestGate gate, AddressPolicy policy, Clock clock) {
        this(settings, gate, policy, clock, null);
    }

    /** @param tls the TLS context for https (whom to trust); null for the JDK's default */
    public HttpFetcher(
            FetchSettings settings, RequestGate gate, AddressPolicy policy, Clock clock, @Nullable SSLContext tls) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        // HTTP/2 is offered by ALPN on https; http requests are sent as HTTP/1.1 (see Exchange)
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .executor(executor);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
        this.exchange = new Exchange(client, executor, settings);
        this.retries = new RetryPolicy(settings, clock);
    }

    /**
     * Fetches a URL, following redirects and retrying transient failures. Blocks; safe to call from many
     * threads. The body is cut at the smaller of the request's and the settings' maxBodyBytes.
     *
     * <p>If the calling thread is interrupted, the fetch stops, the interrupt flag stays set and the result
     * is a TIMEOUT.
     *
     * @throws IllegalStateException if the fetcher is closed
     */
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) {
            throw new IllegalStateException("the fetcher is closed; cannot fetch " + request.uri());
        }
        long maxBody = Math.min(request.maxBodyBytes(), settings.maxBodyBytes());
        Chain chain = new Chain(request, maxBody, clock.instant());
        Outcome outcome;
        try {
            outcome = follow(chain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new Failed(FailureKind.TIMEOUT, "interrupted");
        } catch (RuntimeException e) {
            outcome = new Failed(
                    FailureKind.CONNECTION_FAILED, "unexpected " + e.getClass().getName() + ": " + e.getMessage());
        }
        return chain.result(outcome, clock.instant());
    }

    private Outcome follow(Chain chain) throws InterruptedException {
        while (true) {
            Outcome outcome = sendWithRetries(chain);
            if (!(outcome instanceof Answered answer)) {
                return outcome;
            }
            Optional<String> location = Redirects.location(answer);
            if (location.isEmpty()) {
                return outcome;
            }
            Optional<Failed> stop = chain.follow(answer, location.get(), settings.maxRedirects());
            if (stop.isPresent()) {
                return stop.get();
            }
        }
    }

    private Outcome sendWithRetries(Chain chain) throws InterruptedException {
        for (int retry = 1; ; retry++) {
            Outcome outcome = sendOnce(chain);
            Optional<Duration> delay = retries.delayBefore(retry, outcome);
            if (delay.isEmpty()) {
                return outcome;
            }
            Thread.sleep(delay.get());
        }
    }

    private Outcome sendOnce(Chain chain) throws InterruptedException {
        URI uri = chain.current();
        return switch (policy.check(uri)) {
            case Resolution.Refused refused -> new Failed(kindOf(refused.reason()), refused.detail());
            case Resolution.Allowed allowed -> {
                RequestGate.Permit permit = gate.enter(uri, allowed.address());
                // the permit is held until the body is read or the attempt abandoned
                try {
                    chain.sending();
                    yield exchange.run(uri, chain.method(), chain.maxBodyBytes());
                } finally {
                    permit.close();
                }
            }
        };
    }

    private static FailureKind kindOf(Resolution.Refusal reason) {
        return switch (reason) {
            case INVALID_URL -> FailureKind.INVALID_URL;
            case UNRESOLVED -> FailureKind.DNS_FAILURE;
            case BLOCKED -> FailureKind.BLOCKED_ADDRESS;
        };
    }

    /** Aborts exchanges in flight and releases the client's threads; later fetches throw. */
    @Override
    public void close() {
        closed = true;
        client.shutdownNow();
        executor.shutdownNow();
    }
}
