package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.goveval.monitor.MutableClock;
import org.goveval.monitor.net.StubResolver;
import org.goveval.monitor.net.TlsTrust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A fetch's elapsed time does not step when the clock does: the 15 s rule of an availability probe is decided
 * on it, and the system clock can jump back or forward during a visit (NTP, a virtual machine resumed).
 */
@Timeout(10)
class FetchElapsedTest {
    private static final Instant START = Instant.parse("2026-12-07T02:00:00Z");

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The server's answer steps the clock back an hour while three seconds pass on the monotonic source. */
    @Test
    void aClockStepDuringTheFetchChangesNeitherElapsedNorFetchedAt() {
        MutableClock clock = new MutableClock(START);
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        server.route("/", exchange -> {
            clock.advance(Duration.ofHours(-1));
            nanos.addAndGet(Duration.ofSeconds(3).toNanos());
            LoopbackServer.send(exchange, 200, "<html><title>首页</title></html>");
        });
        try (HttpFetcher fetcher = new HttpFetcher(
                Fetchers.quick(),
                RequestGate.open(),
                Fetchers.loopbackPolicy(StubResolver.loopbackOnly()),
                clock,
                TlsTrust.system(),
                nanos::get)) {

            FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/"), 1000));

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(3));
            assertThat(result.fetchedAt()).isEqualTo(START);
        }
    }

    @Test
    void theSystemClockInAnyZoneIsTimedByNanoTimeAndAnyOtherClockByItself() {
        assertThat(MonotonicTime.of(Clock.systemUTC())).isSameAs(MonotonicTime.SYSTEM);
        assertThat(MonotonicTime.of(Clock.system(ZoneId.of("Asia/Shanghai")))).isSameAs(MonotonicTime.SYSTEM);
        assertThat(MonotonicTime.of(Clock.systemDefaultZone())).isSameAs(MonotonicTime.SYSTEM);

        Clock fixed = Clock.fixed(START, ZoneOffset.UTC);
        assertThat(MonotonicTime.of(fixed)).isNotSameAs(MonotonicTime.SYSTEM);
        assertThat(MonotonicTime.of(fixed).getAsLong()).isEqualTo(START.toEpochMilli() * 1_000_000);
        assertThat(MonotonicTime.of(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))))
                .isNotSameAs(MonotonicTime.SYSTEM);
    }
}
