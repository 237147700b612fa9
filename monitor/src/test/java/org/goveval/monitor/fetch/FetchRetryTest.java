package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transient trouble is retried with back-off; everything else is the answer. */
@Timeout(15)
class FetchRetryTest {
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
    void two503sThenA200IsASuccessAfterThreeAttempts() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/busy", exchange -> {
            if (calls.incrementAndGet() <= 2) {
                LoopbackServer.send(exchange, 503, "busy");
            } else {
                LoopbackServer.send(exchange, 200, "done");
            }
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/busy"), 1000));

        assertThat(result.isSuccess()).isTrue();
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("done");
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.redirects()).isEmpty();
        // back-off of 50 ms, then 100 ms
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(gate.entries()).hasSize(3);
        assertThat(gate.holds())
                .extracting(RecordingGate.Hold::delay)
                .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @ParameterizedTest
    @CsvSource({
        "502, 3", "503, 3", "504, 3", "429, 3", "500, 1", "501, 1", "400, 1", "403, 1", "404, 1", "410, 1",
    })
    void onlyTransientStatusesAreRetried(int status, int attempts) {
        server.route("/status", exchange -> LoopbackServer.send(exchange, status, "status " + status));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/status"), 1000));

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.failure()).isEmpty();
        assertThat(result.attempts()).isEqualTo(attempts);
        assertThat(server.hits("/status")).isEqualTo(attempts);
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterThatWait() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/limited", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                LoopbackServer.send(exchange, 429, "slow down");
            } else {
                LoopbackServer.send(exchange, 200, "welcome");
            }
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/limited"), 1000));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        // the host's other requests wait as well
        assertThat(gate.holds()).containsExactly(new RecordingGate.Hold(server.uri("/limited"), Duration.ofSeconds(1)));
    }

    @Test
    void a429WithARetryAfterBeyondTheCapIsTheAnswer() {
        server.route("/closed", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            LoopbackServer.send(exchange, 429, "come back in an hour");
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/closed"), 1000));

        assertThat(result.status()).isEqualTo(429);
        assertThat(result.header("retry-after")).contains("3600");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void retriesHappenAtTheHopThatFailedNotFromTheStart() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/start", exchange -> LoopbackServer.redirect(exchange, 301, "/flaky"));
        server.route("/flaky", exchange -> {
            if (calls.incrementAndGet() == 1) {
                LoopbackServer.send(exchange, 502, "bad gateway");
            } else {
                LoopbackServer.send(exchange, 200, "fine");
            }
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/start"), 1000));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(server.hits("/start")).isEqualTo(1);
        assertThat(server.hits("/flaky")).isEqualTo(2);
        assertThat(result.redirects()).containsExactly(new Hop(server.uri("/start"), 301));
    }
}
