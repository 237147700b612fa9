package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The gate is entered before every request sent and held while it is in flight. */
@Timeout(10)
class FetchGateTest {
    private LoopbackServer server;
    private RecordingGate gate;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        gate = new RecordingGate();
        fetcher = Fetchers.fetcher(Fetchers.quick(), gate);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void entersOncePerRequestSentWithTheResolvedAddress() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/a", exchange -> LoopbackServer.redirect(exchange, 302, "/b"));
        server.route("/b", exchange -> {
            if (calls.incrementAndGet() == 1) {
                LoopbackServer.send(exchange, 503, "busy");
            } else {
                LoopbackServer.send(exchange, 200, "ok");
            }
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/a"), 1000));

        RecordingGate.Entry first = new RecordingGate.Entry(server.uri("/a"), StubResolver.ip("127.0.0.1"));
        RecordingGate.Entry second = new RecordingGate.Entry(server.uri("/b"), StubResolver.ip("127.0.0.1"));
        assertThat(gate.entries()).containsExactly(first, second, second);
        assertThat(result.attempts()).isEqualTo(3);
    }

    @Test
    void holdsThePermitWhileTheRequestIsServedAndReleasesItAfter() {
        AtomicInteger openWhileServing = new AtomicInteger(-1);
        server.route("/page", exchange -> {
            openWhileServing.set(gate.openPermits());
            LoopbackServer.send(exchange, 200, "x".repeat(10_000));
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/page"), 1 << 20));

        assertThat(result.body()).hasSize(10_000);
        assertThat(openWhileServing).hasValue(1);
        assertThat(gate.openPermits()).isZero();
    }
}
