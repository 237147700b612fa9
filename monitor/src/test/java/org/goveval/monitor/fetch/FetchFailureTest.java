package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the network and the server do wrong ends up as a failure kind, never as an exception. */
@Timeout(15)
class FetchFailureTest {
    private static final FetchSettings NO_RETRIES = Fetchers.settings(Duration.ofSeconds(1), 0, Duration.ofSeconds(5));

    private LoopbackServer server;
    private RecordingGate gate;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        gate = new RecordingGate();
        fetcher = Fetchers.fetcher(NO_RETRIES, gate);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void aRefusedConnectionIsConnectionFailedAndRetried() throws IOException {
        URI closedPort = closedPort();
        try (HttpFetcher retrying = Fetchers.fetcher(Fetchers.quick(), gate)) {
            FetchResult result = retrying.fetch(FetchRequest.get(closedPort, 1000));

            assertThat(result.failure()).contains(FailureKind.CONNECTION_FAILED);
            assertThat(result.failureDetail()).startsWith("ConnectException");
            assertThat(result.status()).isZero();
            assertThat(result.attempts()).isEqualTo(3);
            assertThat(gate.entries()).hasSize(3);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheBudget() {
        server.route("/silent", exchange -> server.awaitRelease());

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/silent"), 1000));

        assertThat(result.failure()).contains(FailureKind.TIMEOUT);
        assertThat(result.elapsed()).isBetween(Duration.ofMillis(900), Duration.ofMillis(2500));
        assertThat(result.attempts()).isEqualTo(1);
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOut() {
        server.route("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write("<html><body>the first bytes".getBytes(StandardCharsets.US_ASCII));
            body.flush();
            server.awaitRelease();
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/stall"), 1 << 20));

        assertThat(result.failure()).contains(FailureKind.TIMEOUT);
        assertThat(result.failureDetail()).isEqualTo("no complete answer within 1000 ms");
        assertThat(result.elapsed()).isBetween(Duration.ofMillis(900), Duration.ofMillis(2500));
        assertThat(gate.openPermits()).isZero();
    }

    @Test
    void aTlsHandshakeThatNeverEndsTimesOutWithinTheBudget() throws IOException {
        // the connect timeout covers the TCP connection only; the handshake after it counts against the budget
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try (Socket connection = silent.accept()) {
                    server.awaitRelease();
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            URI uri = URI.create("https://127.0.0.1:" + silent.getLocalPort() + "/");

            FetchResult result = fetcher.fetch(FetchRequest.get(uri, 1000));

            assertThat(result.failure()).contains(FailureKind.TIMEOUT);
            assertThat(result.failureDetail()).isEqualTo("no complete answer within 1000 ms");
            assertThat(result.elapsed()).isBetween(Duration.ofMillis(900), Duration.ofMillis(2500));
            acceptor.interrupt();
        }
    }

    @Test
    void aTimeoutIsRetried() {
        server.route("/silent", exchange -> server.awaitRelease());
        FetchSettings oneRetry = Fetchers.settings(Duration.ofSeconds(1), 1, Duration.ofSeconds(5));
        try (HttpFetcher retrying = Fetchers.fetcher(oneRetry, gate)) {
            FetchResult result = retrying.fetch(FetchRequest.get(server.uri("/silent"), 1000));

            assertThat(result.failure()).contains(FailureKind.TIMEOUT);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(server.hits("/silent")).isEqualTo(2);
        }
    }

    @Test
    void anUnknownHostIsADnsFailureAndNotRetried() {
        StubResolver resolver = StubResolver.loopbackOnly();
        try (HttpFetcher retrying =
                new HttpFetcher(Fetchers.quick(), gate, Fetchers.loopbackPolicy(resolver), Clock.systemUTC())) {
            FetchResult result = retrying.fetch(FetchRequest.get(URI.create("http://nowhere.invalid/"), 1000));

            assertThat(result.failure()).contains(FailureKind.DNS_FAILURE);
            assertThat(result.failureDetail())
                    .isEqualTo("nowhere.invalid does not resolve: nowhere.invalid: not in the stub resolver");
            assertThat(result.attempts()).isZero();
            assertThat(resolver.lookups()).isEqualTo(1);
            assertThat(gate.entries()).isEmpty();
        }
    }

    @Test
    void httpsToAPlainHttpServerIsATlsError() throws IOException {
        try (PlaintextServer plain = new PlaintextServer();
                HttpFetcher retrying = Fetchers.fetcher(Fetchers.quick(), gate)) {
            FetchResult result = retrying.fetch(FetchRequest.get(plain.uri("https", "/"), 1000));

            assertThat(result.failure()).contains(FailureKind.TLS_ERROR);
            assertThat(result.failureDetail()).startsWith("SSLException");
            assertThat(result.attempts()).isEqualTo(1);
        }
    }

    @Test
    void aPrivateAddressIsRefusedBeforeAnyConnection() {
        server.route("/", exchange -> LoopbackServer.send(exchange, 200, "should never be served"));
        AddressPolicy strict = new AddressPolicy(StubResolver.loopbackOnly(), false);
        try (HttpFetcher guarded = new HttpFetcher(NO_RETRIES, gate, strict, Clock.systemUTC())) {
            FetchResult result = guarded.fetch(FetchRequest.get(server.uri("/"), 1000));

            assertThat(result.failure()).contains(FailureKind.BLOCKED_ADDRESS);
            assertThat(result.failureDetail()).isEqualTo("127.0.0.1 is loopback (127.0.0.0/8)");
            assertThat(result.attempts()).isZero();
            assertThat(gate.entries()).isEmpty();
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        server.route("/out", exchange -> LoopbackServer.redirect(exchange, 302, "http://10.1.2.3/admin"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/out"), 1000));

        assertThat(result.failure()).contains(FailureKind.BLOCKED_ADDRESS);
        assertThat(result.failureDetail()).isEqualTo("10.1.2.3 is private (10.0.0.0/8)");
        assertThat(result.finalUri()).isEqualTo(URI.create("http://10.1.2.3/admin"));
        assertThat(result.redirects()).containsExactly(new Hop(server.uri("/out"), 302));
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(gate.entries()).extracting(RecordingGate.Entry::uri).containsExactly(server.uri("/out"));
    }

    @Test
    void aUrlThatIsNotHttpIsInvalid() {
        FetchResult result = fetcher.fetch(FetchRequest.get(URI.create("ftp://127.0.0.1/file.txt"), 1000));

        assertThat(result.failure()).contains(FailureKind.INVALID_URL);
        assertThat(result.attempts()).isZero();
    }

    @Test
    void anInterruptEndsTheFetchAsATimeoutAndKeepsTheFlag() throws InterruptedException {
        interruptWhileWaiting(Thread.ofVirtual());
    }

    @Test
    void anInterruptOfAPlatformThreadEndsTheFetchAtOnceToo() throws InterruptedException {
        // a platform thread blocked reading a socket would not notice; the fetcher runs its fetch elsewhere
        interruptWhileWaiting(Thread.ofPlatform().daemon());
    }

    private void interruptWhileWaiting(Thread.Builder callers) throws InterruptedException {
        CountDownLatch arrived = new CountDownLatch(1);
        server.route("/silent", exchange -> {
            arrived.countDown();
            server.awaitRelease();
        });
        FetchSettings longBudget = Fetchers.settings(Duration.ofSeconds(30), 0, Duration.ofSeconds(5));
        AtomicReference<FetchResult> result = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        try (HttpFetcher patient = Fetchers.fetcher(longBudget, gate)) {
            Thread caller = callers.start(() -> {
                result.set(patient.fetch(FetchRequest.get(server.uri("/silent"), 1000)));
                flagKept.set(Thread.currentThread().isInterrupted());
            });
            assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();
            caller.interrupt();
            assertThat(caller.join(Duration.ofSeconds(5))).isTrue();
        }

        assertThat(result.get().failure()).contains(FailureKind.TIMEOUT);
        assertThat(result.get().failureDetail()).isEqualTo("interrupted");
        assertThat(result.get().elapsed()).isLessThan(Duration.ofSeconds(5));
        assertThat(flagKept).isTrue();
        assertThat(gate.openPermits()).isZero();
    }

    @Test
    void aClosedFetcherRefusesToFetch() {
        fetcher.close();

        assertThatIllegalStateException()
                .isThrownBy(() -> fetcher.fetch(FetchRequest.get(server.uri("/"), 10)))
                .withMessageContaining("closed");
    }

    /** A port on 127.0.0.1 that nothing listens on. */
    private static URI closedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            port = socket.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
