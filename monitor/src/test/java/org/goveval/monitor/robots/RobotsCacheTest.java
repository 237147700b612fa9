package org.goveval.monitor.robots;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.fail;
import static org.goveval.monitor.robots.RobotsFixtures.robotsTxt;
import static org.goveval.monitor.robots.RobotsFixtures.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.goveval.monitor.MutableClock;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchResult;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));

    /** A fetch function that counts its calls and records what it was asked for. */
    private static final class CountingFetch implements Function<URI, FetchResult> {
        final AtomicInteger calls = new AtomicInteger();
        final ConcurrentLinkedQueue<URI> asked = new ConcurrentLinkedQueue<>();
        volatile FetchResult answer = robotsTxt("User-agent: *;Disallow: /private/");

        @Override
        public FetchResult apply(URI uri) {
            calls.incrementAndGet();
            asked.add(uri);
            return answer;
        }
    }

    @Test
    void fetchesEachHostOnceWithinTheTtl() {
        CountingFetch fetch = new CountingFetch();
        RobotsCache cache = new RobotsCache(fetch, "goveval", clock, Duration.ofHours(1));

        RobotsRules first = cache.rulesFor(URI.create("https://a.gov.cn/news/1.html"));
        clock.advance(Duration.ofMinutes(59));
        RobotsRules second = cache.rulesFor(URI.create("HTTPS://A.Gov.CN:443/private/x"));

        assertThat(second).isSameAs(first);
        assertThat(fetch.calls).hasValue(1);
        assertThat(fetch.asked).containsExactly(URI.create("https://a.gov.cn/robots.txt"));
    }

    @Test
    void fetchesEverySchemeHostAndPortSeparately() {
        CountingFetch fetch = new CountingFetch();
        RobotsCache cache = new RobotsCache(fetch, "goveval", clock);

        for (String uri : List.of(
                "https://a.gov.cn/",
                "http://a.gov.cn/",
                "http://a.gov.cn:8080/",
                "https://b.gov.cn/",
                "https://a.gov.cn/x")) {
            cache.rulesFor(URI.create(uri));
        }

        assertThat(fetch.asked)
                .containsExactly(
                        URI.create("https://a.gov.cn/robots.txt"),
                        URI.create("http://a.gov.cn/robots.txt"),
                        URI.create("http://a.gov.cn:8080/robots.txt"),
                        URI.create("https://b.gov.cn/robots.txt"));
    }

    @Test
    void fetchesAgainOnceTheTtlHasPassed() {
        CountingFetch fetch = new CountingFetch();
        RobotsCache cache = new RobotsCache(fetch, "goveval", clock);
        URI page = URI.create("https://a.gov.cn/private/a.html");

        assertThat(cache.rulesFor(page).isAllowed(page)).isFalse();
        fetch.answer = robotsTxt("User-agent: *;Disallow:");
        clock.advance(RobotsCache.DEFAULT_TTL.minusSeconds(1));
        assertThat(cache.rulesFor(page).isAllowed(page)).as("cached").isFalse();
        clock.advance(Duration.ofSeconds(1));

        assertThat(cache.rulesFor(page).isAllowed(page)).as("fetched again").isTrue();
        assertThat(fetch.calls).hasValue(2);
        assertThat(RobotsCache.DEFAULT_TTL).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void keepsAFailureForTheTtlToo() {
        CountingFetch fetch = new CountingFetch();
        fetch.answer = status(503);
        RobotsCache cache = new RobotsCache(fetch, "goveval", clock, Duration.ofHours(1));

        RobotsRules first = cache.rulesFor(URI.create("https://a.gov.cn/"));
        fetch.answer = robotsTxt("User-agent: *;Disallow:");
        RobotsRules second = cache.rulesFor(URI.create("https://a.gov.cn/"));

        assertThat(second.source()).isEqualTo(RobotsSource.DISALLOW_ALL);
        assertThat(second).isSameAs(first);
        assertThat(fetch.calls).hasValue(1);
    }

    @Test
    void twentyThreadsAskingAtOnceShareOneFetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RobotsCache cache = new RobotsCache(
                uri -> {
                    calls.incrementAndGet();
                    awaitQuietly(release);
                    return robotsTxt("User-agent: *;Disallow: /private/");
                },
                "goveval",
                clock);
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<RobotsRules> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger asking = new AtomicInteger();

        for (int i = 0; i < 20; i++) {
            URI page = URI.create("https://a.gov.cn/page" + i);
            threads.add(Thread.ofVirtual().start(() -> {
                asking.incrementAndGet();
                answers.add(cache.rulesFor(page));
            }));
        }
        // One thread blocks in the fetch, the nineteen others on its result: then let the fetch finish.
        awaitCondition(() -> asking.get() == 20 && threads.stream().allMatch(RobotsCacheTest::isParked));
        release.countDown();
        for (Thread thread : threads) {
            assertThat(thread.join(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(calls).hasValue(1);
        assertThat(answers).hasSize(20).allSatisfy(rules -> assertThat(rules).isSameAs(answers.peek()));
    }

    @Test
    void aThrowingFetchFailsItsCallersAndIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        RobotsCache cache = new RobotsCache(
                uri -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("fetcher bug");
                    }
                    return robotsTxt("User-agent: *;Disallow:");
                },
                "goveval",
                clock);
        URI page = URI.create("https://a.gov.cn/");

        assertThatIllegalStateException()
                .isThrownBy(() -> cache.rulesFor(page))
                .withMessageContaining("https://a.gov.cn/robots.txt")
                .withRootCauseExactlyInstanceOf(IllegalStateException.class);
        assertThat(cache.rulesFor(page).source()).isEqualTo(RobotsSource.FETCHED);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aCallerInterruptedWhileWaitingIsDisallowedAndTheFetchStillCounts() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RobotsCache cache = new RobotsCache(
                uri -> {
                    calls.incrementAndGet();
                    fetching.countDown();
                    awaitQuietly(release);
                    return robotsTxt("User-agent: *;Disallow:");
                },
                "goveval",
                clock);
        URI page = URI.create("https://a.gov.cn/");

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<RobotsRules> loader = threads.submit(() -> cache.rulesFor(page));
            assertThat(fetching.await(10, SECONDS)).isTrue();
            Future<String> interrupted = threads.submit(() -> {
                Thread.currentThread().interrupt();
                RobotsRules rules = cache.rulesFor(page);
                return rules.source() + " " + rules.detail() + " "
                        + Thread.currentThread().isInterrupted();
            });
            assertThat(interrupted.get(10, SECONDS))
                    .isEqualTo("DISALLOW_ALL interrupted while waiting for robots.txt true");
            release.countDown();
            assertThat(loader.get(10, SECONDS).source()).isEqualTo(RobotsSource.FETCHED);
        }
        assertThat(cache.rulesFor(page).source()).isEqualTo(RobotsSource.FETCHED);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aFetchCutShortByAnInterruptIsNotKept() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RobotsCache cache = new RobotsCache(
                uri -> {
                    if (calls.incrementAndGet() == 1) {
                        Thread.currentThread().interrupt(); // as a fetcher cancelled mid-request leaves it
                        return RobotsFixtures.failed(FailureKind.TIMEOUT);
                    }
                    return robotsTxt("User-agent: *;Disallow:");
                },
                "goveval",
                clock);
        URI page = URI.create("https://a.gov.cn/");

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            RobotsRules cancelled = threads.submit(() -> cache.rulesFor(page)).get(10, SECONDS);
            assertThat(cancelled.source()).isEqualTo(RobotsSource.DISALLOW_ALL);
            assertThat(cancelled.detail()).isEqualTo("interrupted while fetching robots.txt");
        }
        assertThat(cache.rulesFor(page).source()).isEqualTo(RobotsSource.FETCHED);
        assertThat(calls).hasValue(2);
    }

    @Test
    void rejectsBadArguments() {
        CountingFetch fetch = new CountingFetch();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RobotsCache(fetch, "goveval/1.0", clock))
                .withMessageContaining("productToken");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RobotsCache(fetch, "goveval", clock, Duration.ZERO))
                .withMessageContaining("ttl");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RobotsCache(fetch, "goveval", clock).rulesFor(URI.create("ftp://a.gov.cn/")));
        assertThat(RobotsCache.FETCH_LIMIT_BYTES).isEqualTo(512 * 1024);
    }

    private static boolean isParked(Thread thread) {
        return thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, SECONDS)) {
                fail("the test never released the fetch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls a condition, as Awaitility would; fails after 10 s. */
    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("condition not met within 10 s");
            }
            Thread.sleep(1);
        }
    }
}
