package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One fetcher serves many virtual threads at once. */
@Timeout(20)
class FetchConcurrencyTest {
    private static final int THREADS = 32;

    @Test
    void fetchesFromManyVirtualThreadsAtOnce() throws IOException, InterruptedException, ExecutionException {
        // every handler waits until all requests are in flight: a fetcher that serialised them would time out
        CountDownLatch allArrived = new CountDownLatch(THREADS);
        FetchSettings settings = Fetchers.settings(Duration.ofSeconds(8), 0, Duration.ofSeconds(5));
        try (LoopbackServer server = new LoopbackServer();
                HttpFetcher fetcher = Fetchers.fetcher(settings);
                ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < THREADS; i++) {
                String body = "page " + i;
                server.route("/page/" + i, exchange -> {
                    allArrived.countDown();
                    allArrived.await(5, TimeUnit.SECONDS);
                    LoopbackServer.send(exchange, 200, body);
                });
            }
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                FetchRequest request = FetchRequest.get(server.uri("/page/" + i), 100);
                results.add(callers.submit(() -> fetcher.fetch(request)));
            }

            for (int i = 0; i < THREADS; i++) {
                FetchResult result = results.get(i).get();
                assertThat(result.status()).as("page %d", i).isEqualTo(200);
                assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("page " + i);
            }
            assertThat(allArrived.getCount()).isZero();
        }
    }
}
