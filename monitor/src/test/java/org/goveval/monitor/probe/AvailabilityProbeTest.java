package org.goveval.monitor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.MutableClock;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.Hop;
import org.goveval.monitor.net.HostResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 15 s limit covers the whole visit. Each hop of a redirect chain answers at once in real time but moves
 * the monitor's clock on by a set time, as if it had taken that long: the probe's latency is then known
 * exactly, and no test waits.
 */
class AvailabilityProbeTest {
    private static final Instant START = Instant.parse("2026-12-01T02:00:00Z");
    private static final HostResolver LOOPBACK =
            host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));

    private final MutableClock clock = new MutableClock(START);
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private volatile Duration perHop = Duration.ZERO;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** /hop/3 redirects to /hop/2, … /hop/0 is the home page; each answer takes {@link #perHop} of clock time. */
    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            clock.advance(perHop);
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            byte[] body = left == 0
                    ? "<html><title>首页</title><body>政府门户</body></html>".getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            if (left > 0) {
                exchange.getResponseHeaders().set("Location", "/hop/" + (left - 1));
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(left == 0 ? 200 : 302, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ProbeResult probe(String path) {
        MonitorSettings settings = MonitorSettings.defaults().withAllowPrivate(true); // the real 15 s limit
        try (Monitor monitor = Monitor.create(settings, LOOPBACK, clock)) {
            return monitor.probe(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
        }
    }

    @Test
    void aChainOfFastHopsThatTakesLongerThanTheLimitInAllIsTooSlow() {
        perHop = Duration.ofSeconds(6); // each hop well within 15 s, the three of them 18 s
        ProbeResult r = probe("/hop/2");
        assertThat(r.outcome()).isEqualTo(ProbeOutcome.TOO_SLOW);
        assertThat(r.latencyMillis()).isEqualTo(18_000);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reason()).isEqualTo("over 15 s in all (2 redirects)");
        assertThat(r.at()).isEqualTo(START);
        assertThat(requests).hasValue(3);
    }

    @Test
    void aVisitOfExactlyTheLimitOpened() {
        perHop = Duration.ofSeconds(5);
        ProbeResult r = probe("/hop/2");
        assertThat(r.outcome()).isEqualTo(ProbeOutcome.OPENED);
        assertThat(r.latencyMillis()).isEqualTo(15_000);
        assertThat(r.reason()).isEmpty();
    }

    @Test
    void oneMillisecondOverTheLimitWithoutARedirectIsTooSlow() {
        perHop = Duration.ofMillis(15_001);
        ProbeResult r = probe("/hop/0");
        assertThat(r.outcome()).isEqualTo(ProbeOutcome.TOO_SLOW);
        assertThat(r.latencyMillis()).isEqualTo(15_001);
        assertThat(r.reason()).isEqualTo("over 15 s in all (0 redirects)");
    }

    /** A limit other than 15 s (the farm's scaled-down budget) is judged and named the same way. */
    @Test
    void aScaledDownLimitIsJudgedTheSameWay() {
        URI home = URI.create("http://www.example.gov.cn/");
        AvailabilityProbe probe =
                new AvailabilityProbe(r -> answered(home, Duration.ofMillis(501)), Duration.ofMillis(500));
        ProbeResult late = probe.probe(home);
        assertThat(late.outcome()).isEqualTo(ProbeOutcome.TOO_SLOW);
        assertThat(late.reason()).isEqualTo("over 0.500 s in all (1 redirect)");
        AvailabilityProbe justInTime =
                new AvailabilityProbe(r -> answered(home, Duration.ofMillis(500)), Duration.ofMillis(500));
        assertThat(justInTime.probe(home).outcome()).isEqualTo(ProbeOutcome.OPENED);
    }

    private static FetchResult answered(URI home, Duration elapsed) {
        return new FetchResult(
                home,
                home.resolve("/index.html"),
                List.of(new Hop(home, 302)),
                200,
                Map.of(),
                new byte[0],
                false,
                Optional.empty(),
                "",
                2,
                START,
                elapsed);
    }
}
