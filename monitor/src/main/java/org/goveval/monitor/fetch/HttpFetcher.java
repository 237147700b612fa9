package org.goveval.monitor.fetch;

import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.goveval.monitor.fetch.Outcome.Failed;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.Resolution;
import org.goveval.monitor.net.TlsTrust;

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
 * <p>Thread-safe: one fetcher serves many virtual threads at once. {@code fetchedAt} comes from the clock,
 * {@code elapsed} from a source that does not step when the system clock does ({@link MonotonicTime}); budgets
 * and back-off waits are wall-clock time.
 *
 * <p>The requests go out through one OkHttp client per fetcher, on the calling thread: never through a
 * proxy, and only to the address the {@link AddressPolicy} allowed for the request (see {@link PinnedDns}:
 * the client does no DNS look-up of its own, so DNS rebinding cannot slip past the check).
 *
 * <p><b>Limits:</b> the policy's own DNS look-up is not part of the request budget; no cookies are kept, so
 * a site that sets a cookie and redirects to itself loops.
 */
public final class HttpFetcher implements AutoCloseable {
    /** Idle connections each pool keeps for reuse: a scan talks to many hosts, two or so connections each. */
    private static final int IDLE_PER_SHARD = 16;
    /** How long an idle connection is kept: servers close theirs after 30 to 75 s; the JDK client's 30 s. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

    private final FetchSettings settings;
    private final RequestGate gate;
    private final AddressPolicy policy;
    private final Clock clock;
    /** What a fetch's elapsed time is read from (see {@link MonotonicTime}). */
    private final LongSupplier nanos;

    private final ConnectionShards clients;
    private final Exchange exchange;
    private final RawLocation rawLocation;
    private final RetryPolicy retries;
    private volatile boolean closed;

    /** A fetcher that trusts the JDK's default certificate authorities. */
    public HttpFetcher(FetchSettings settings, RequestGate gate, AddressPolicy policy, Clock clock) {
        this(settings, gate, policy, clock, TlsTrust.system());
    }

    /** @param trust whom to trust for https */
    public HttpFetcher(FetchSettings settings, RequestGate gate, AddressPolicy policy, Clock clock, TlsTrust trust) {
        this(settings, gate, policy, clock, trust, MonotonicTime.of(clock));
    }

    /** @param nanos what elapsed times are read from, for a test that steps the clock apart from them */
    HttpFetcher(
            FetchSettings settings,
            RequestGate gate,
            AddressPolicy policy,
            Clock clock,
            TlsTrust trust,
            LongSupplier nanos) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(trust, "trust");
        PinnedDns dns = new PinnedDns();
        this.clients = new ConnectionShards(client(settings, trust, dns), IDLE_PER_SHARD, KEEP_ALIVE);
        initialiseRequestClasses(settings);
        this.exchange = new Exchange(clients, dns, settings);
        this.rawLocation = new RawLocation(settings, trust);
        this.retries = new RetryPolicy(settings, clock);
    }

    /**
     * Initialises OkHttp's URL, header and request classes on the constructing thread rather than first in
     * many virtual threads at once. A virtual thread running a class initialiser holds its carrier while it
     * waits (here for the jar loader's lock), and a training scan without an AOT cache, on two cores, once
     * hung with both carriers held so and the lock's owner waiting for a carrier.
     */
    private static void initialiseRequestClasses(FetchSettings settings) {
        okhttp3.HttpUrl url = okhttp3.HttpUrl.get("http://127.0.0.1/");
        new okhttp3.Request.Builder()
                .url(url)
                .header("User-Agent", settings.userAgent())
                .build();
    }

    private static OkHttpClient client(FetchSettings settings, TlsTrust trust, PinnedDns dns) {
        // the TLS versions and cipher suites the JDK enables, as with the JDK client, rather than OkHttp's
        // narrower list: which sites fail the handshake must not depend on the client
        ConnectionSpec tls = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                .allEnabledTlsVersions()
                .allEnabledCipherSuites()
                .build();
        return new OkHttpClient.Builder()
                .proxy(Proxy.NO_PROXY)
                .dns(dns)
                // the fetcher follows redirects by hand (each hop checked and gated) and counts its retries
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                // one pinned address: nothing to race, and no connect on a thread of OkHttp's
                .fastFallback(false)
                .connectTimeout(settings.connectTimeout())
                // the call timeout bounds the whole attempt, body included; no timeout per read
                .callTimeout(settings.requestBudget())
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .sslSocketFactory(trust.sslContext().getSocketFactory(), trust.trustManager())
                .connectionSpecs(List.of(tls, ConnectionSpec.CLEARTEXT))
                // HTTP/2 by ALPN on https; plain http stays HTTP/1.1 (OkHttp sends no h2c upgrade)
                .protocols(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1))
                .build();
    }

    /**
     * Fetches a URL, following redirects and retrying transient failures. Blocks; safe to call from many
     * threads. The body is cut at the smaller of the request's and the settings' maxBodyBytes.
     *
     * <p>If the calling thread is interrupted, the fetch stops, the interrupt flag stays set and the result
     * is a TIMEOUT. A platform thread's fetch runs on a virtual thread that it waits for, since only a
     * virtual thread notices an interrupt while it reads a socket.
     *
     * @throws IllegalStateException if the fetcher is closed
     */
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) {
            throw new IllegalStateException("the fetcher is closed; cannot fetch " + request.uri());
        }
        return Thread.currentThread().isVirtual() ? fetchHere(request) : fetchOnVirtualThread(request);
    }

    /**
     * Fetches on a virtual thread for a platform thread, which waits for it and passes on an interrupt: a
     * platform thread blocked reading a socket does not notice an interrupt, a virtual thread does (the JDK
     * closes its socket). Scans fetch from virtual threads and never come here.
     */
    private FetchResult fetchOnVirtualThread(FetchRequest request) {
        FutureTask<FetchResult> task = new FutureTask<>(() -> fetchHere(request));
        Thread worker = Thread.ofVirtual().name("goveval-fetch").start(task);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    worker.interrupt(); // the fetch ends at once as a TIMEOUT; its result is still awaited
                } catch (ExecutionException e) {
                    // fetchHere returns every failure as a result: only an Error gets here
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException("the fetch of " + request.uri() + " failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private FetchResult fetchHere(FetchRequest request) {
        long maxBody = Math.min(request.maxBodyBytes(), settings.maxBodyBytes());
        Chain chain = new Chain(request, maxBody, clock.instant(), nanos.getAsLong());
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
        return chain.result(outcome, nanos.getAsLong());
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
            if (outcome instanceof Answered answer && (answer.status() == 429 || answer.status() == 503)) {
                // the host is overloaded or rationing us: the other requests waiting for it wait as well
                gate.holdHost(chain.current(), delay.get());
            }
            Thread.sleep(delay.get());
        }
    }

    private Outcome sendOnce(Chain chain) throws InterruptedException {
        URI uri = chain.current();
        return switch (policy.check(uri)) {
            case Resolution.Refused refused -> new Failed(kindOf(refused.reason()), refused.detail());
            case Resolution.Allowed allowed -> {
                Outcome outcome;
                RequestGate.Permit permit = gate.enter(uri, allowed.address());
                // the permit is held until the body is read or the attempt abandoned
                try {
                    chain.sending();
                    outcome = exchange.run(uri, allowed.address(), chain.method(), chain.maxBodyBytes());
                } finally {
                    permit.close();
                }
                yield withRawLocation(outcome, chain, uri, allowed);
            }
        };
    }

    /**
     * A redirect whose Location came in bytes that are not UTF-8 (raw GBK, say) is asked again for its raw
     * Location ({@link RawLocation}), through the gate like any request and counted as an attempt; when that
     * yields nothing, the answer stays as it came.
     */
    private Outcome withRawLocation(Outcome outcome, Chain chain, URI uri, Resolution.Allowed allowed)
            throws InterruptedException {
        if (!(outcome instanceof Answered answer)
                || !Redirects.location(answer).map(RawLocation::garbled).orElse(false)) {
            return outcome;
        }
        Optional<String> raw;
        RequestGate.Permit permit = gate.enter(uri, allowed.address());
        try {
            chain.sending();
            raw = rawLocation.read(uri, allowed.address(), chain.method());
        } finally {
            permit.close();
        }
        if (raw.isEmpty()) {
            return outcome;
        }
        Map<String, List<String>> headers = new HashMap<>(answer.headers());
        headers.put("location", List.of(raw.get()));
        return new Answered(answer.status(), headers, answer.body(), answer.truncated(), answer.version());
    }

    private static FailureKind kindOf(Resolution.Refusal reason) {
        return switch (reason) {
            case INVALID_URL -> FailureKind.INVALID_URL;
            case UNRESOLVED -> FailureKind.DNS_FAILURE;
            case BLOCKED -> FailureKind.BLOCKED_ADDRESS;
        };
    }

    /** Aborts exchanges in flight and closes idle connections; later fetches throw. */
    @Override
    public void close() {
        closed = true;
        clients.close();
    }
}
