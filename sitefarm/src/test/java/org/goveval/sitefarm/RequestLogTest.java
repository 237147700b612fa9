package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The request log records what was asked, by whom and when, and computes politeness figures exactly. */
class RequestLogTest {

    private static LoggedRequest request(String path, long start, long end) {
        return new LoggedRequest("s", "GET", path, "ua", start, end, false);
    }

    @Test
    void maxInFlightCountsOverlapsButNotTouchingIntervals() {
        RequestLog log = new RequestLog();
        log.add(request("/a", 0, 10));
        log.add(request("/b", 10, 20));
        log.add(request("/c", 15, 30));
        log.add(request("/d", 16, 17));
        log.add(new LoggedRequest("other", "GET", "/", "ua", 0, 100, false));
        assertThat(log.maxInFlight("s")).isEqualTo(3);
        assertThat(log.maxInFlight("other")).isEqualTo(1);
        assertThat(log.maxInFlight("none")).isZero();
    }

    @Test
    void stalledRequestsCountInFlightForAsLongAsTheyHang() {
        RequestLog log = new RequestLog();
        log.add(new LoggedRequest("s", "GET", "/slow/hang.html", "ua", 0, LoggedRequest.UNFINISHED, true));
        log.add(request("/a", 5, 10));
        log.add(request("/b", 12, 20));
        log.add(request("/c", 14, 16));
        assertThat(log.maxInFlight("s")).isEqualTo(3); // the hang, /b and /c
        assertThat(log.maxInFlight("s", Duration.ofNanos(13))).isEqualTo(2); // the hang ends at 13, before /c
        assertThat(log.maxInFlight("s", Duration.ofNanos(12))).isEqualTo(2); // ends as /b starts: /b and /c
        assertThat(log.maxInFlight("s", Duration.ofNanos(6))).isEqualTo(2); // the hang and /a
        assertThat(log.requests("s"))
                .hasSize(4)
                .first()
                .satisfies(r -> assertThat(r.finished()).isFalse());
    }

    @Test
    void aClientWaitCutsOnlyStalledRequests() {
        RequestLog log = new RequestLog();
        log.add(new LoggedRequest("s", "GET", "/slow/hang.html", "ua", 0, 100, true)); // answered after 100
        log.add(request("/long", 0, 100)); // an ordinary slow answer
        log.add(request("/a", 50, 60));
        assertThat(log.maxInFlight("s")).isEqualTo(3);
        assertThat(log.maxInFlight("s", Duration.ofNanos(40))).isEqualTo(2);
        assertThat(log.maxInFlight("s", Duration.ofNanos(1_000))).isEqualTo(3);
    }

    @Test
    void maxInFlightAcrossSitesCountsEverySiteTogether() {
        RequestLog log = new RequestLog();
        log.add(new LoggedRequest("x", "GET", "/", "ua", 0, 10, false));
        log.add(new LoggedRequest("y", "GET", "/slow/hang.html", "ua", 20, LoggedRequest.UNFINISHED, true));
        log.add(new LoggedRequest("z", "GET", "/", "ua", 30, 40, false));
        log.add(new LoggedRequest("x", "GET", "/b", "ua", 35, 45, false));
        assertThat(log.maxInFlight("x")).isEqualTo(1);
        assertThat(log.maxInFlight("y")).isEqualTo(1);
        assertThat(log.maxInFlightAcrossSites(Duration.ofNanos(100))).isEqualTo(3); // 35-40: the hang, z, x
        assertThat(log.maxInFlightAcrossSites(Duration.ofNanos(16))).isEqualTo(3); // the hang ends at 36
        assertThat(log.maxInFlightAcrossSites(Duration.ofNanos(15))).isEqualTo(2); // ends as /b starts
        assertThat(log.maxInFlightAcrossSites(Duration.ofNanos(1))).isEqualTo(2);
    }

    @Test
    void maxAheadOfSpacingIsTheLargestLeadOverAnEvenSchedule() {
        RequestLog log = new RequestLog();
        Duration spacing = Duration.ofNanos(100);
        assertThat(log.maxAheadOfSpacing("s", spacing)).isZero();
        log.add(request("/a", 1_000, 1_001));
        assertThat(log.maxAheadOfSpacing("s", spacing)).isZero();
        log.add(request("/b", 1_100, 1_101)); // on schedule
        log.add(request("/c", 1_290, 1_291)); // late: no credit taken for it
        log.add(request("/d", 1_300, 1_301)); // 10 after /c, yet 1_000 + 3 × 100: on schedule
        assertThat(log.maxAheadOfSpacing("s", spacing)).isEqualTo(Duration.ofNanos(90)); // /c to /d
        log.add(request("/e", 1_330, 1_331)); // 70 early after /d, 160 early after /c
        assertThat(log.maxAheadOfSpacing("s", spacing)).isEqualTo(Duration.ofNanos(160));
        log.add(request("/f", 2_000, 2_001));
        assertThat(log.maxAheadOfSpacing("s", spacing)).isEqualTo(Duration.ofNanos(160));
        // a steady rate just 1 % too fast gains on the schedule without bound
        RequestLog fast = new RequestLog();
        for (int i = 0; i < 1_000; i++) {
            fast.add(request("/" + i, i * 99L, i * 99L + 1));
        }
        assertThat(fast.maxAheadOfSpacing("s", spacing)).isEqualTo(Duration.ofNanos(999));
    }

    @Test
    void minStartIntervalIsTheSmallestGapBetweenConsecutiveStarts() {
        RequestLog log = new RequestLog();
        assertThat(log.minStartInterval("s")).isEmpty();
        log.add(request("/a", 1_000, 2_000));
        assertThat(log.minStartInterval("s")).isEmpty();
        log.add(request("/c", 5_000, 6_000));
        log.add(request("/b", 1_300, 1_400));
        assertThat(log.minStartInterval("s")).hasValue(Duration.ofNanos(300));
        assertThat(log.firstRequest("s").orElseThrow().pathAndQuery()).isEqualTo("/a");
    }

    @Test
    void maxStartsWithinCountsTheBusiestStretch() {
        RequestLog log = new RequestLog();
        assertThat(log.maxStartsWithin("s", Duration.ofNanos(100))).isZero();
        log.add(request("/a", 0, 1));
        log.add(request("/d", 350, 351));
        log.add(request("/b", 100, 101));
        log.add(request("/c", 120, 121));
        log.add(request("/e", 449, 450));
        assertThat(log.maxStartsWithin("s", Duration.ofNanos(100))).isEqualTo(2); // 100 and 120; 350 and 449
        assertThat(log.maxStartsWithin("s", Duration.ofNanos(121))).isEqualTo(3); // 0, 100, 120
        assertThat(log.maxStartsWithin("s", Duration.ofNanos(450))).isEqualTo(5);
        assertThat(log.maxStartsWithin("s", Duration.ofNanos(1))).isEqualTo(1);
    }

    @Test
    void countMatchesThePathWithOrWithoutItsQuery() {
        RequestLog log = new RequestLog();
        log.add(request("/search/result.html?page=1", 0, 1));
        log.add(request("/search/result.html?page=2", 2, 3));
        log.add(request("/robots.txt", 4, 5));
        assertThat(log.count("s", "/search/result.html")).isEqualTo(2);
        assertThat(log.count("s", "/search/result.html?page=2")).isEqualTo(1);
        assertThat(log.count("s", "/robots.txt")).isEqualTo(1);
        assertThat(log.count("s", "/private/")).isZero();
    }

    @Test
    void farmLogsMethodPathQueryAndUserAgent() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            FarmSite clean = farm.site("clean");
            Http.get(clean.url("/robots.txt"), "goveval-test/1.0");
            Http.head(clean.url("/"));
            Http.get(clean.url("/search/result.html?page=3"), Fixtures.CHROME);
            List<LoggedRequest> requests = farm.requestLog().requests("clean");
            assertThat(requests)
                    .extracting(LoggedRequest::method, LoggedRequest::pathAndQuery)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("GET", "/robots.txt"),
                            org.assertj.core.groups.Tuple.tuple("HEAD", "/"),
                            org.assertj.core.groups.Tuple.tuple("GET", "/search/result.html?page=3"));
            assertThat(requests.get(0).userAgent()).isEqualTo("goveval-test/1.0");
            assertThat(requests.get(1).userAgent()).startsWith("Java-http-client/");
            assertThat(requests.get(2).userAgent()).isEqualTo(Fixtures.CHROME);
            assertThat(requests).allSatisfy(request -> {
                assertThat(request.site()).isEqualTo("clean");
                assertThat(request.finished()).isTrue();
            });
            assertThat(farm.requestLog().requests("defects")).isEmpty();
            assertThat(farm.requestLog().maxInFlight("clean")).isEqualTo(1);
            assertThat(farm.requestLog().firstRequest("clean").orElseThrow().path())
                    .isEqualTo("/robots.txt");
        }
    }

    /** The end is logged before the answer's first byte: a sequential client can never look concurrent. */
    @Test
    void aSequentialClientIsNeverSeenWithTwoRequestsInFlight() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            FarmSite clean = farm.site("clean");
            for (String page : clean.manifest().pages()) {
                Http.get(URI.create(page));
                assertThat(farm.requestLog().requests("clean").getLast().finished())
                        .isTrue();
                Http.head(URI.create(page));
                assertThat(farm.requestLog().requests("clean").getLast().finished())
                        .isTrue();
            }
            assertThat(farm.requestLog().requests("clean"))
                    .hasSize(2 * clean.manifest().pages().size());
            assertThat(farm.requestLog().maxInFlight("clean")).isEqualTo(1);
            assertThat(farm.requestLog().minStartInterval("clean").orElseThrow())
                    .isPositive();
        }
    }

    @Test
    void concurrentRequestsAreInFlightTogether() {
        FarmSpec spec = FarmSpec.testFarm().withSlowOk(Duration.ofSeconds(1));
        try (RunningFarm farm = SiteFarm.start(spec, Fixtures.CLOCK)) {
            URI slow = farm.site("defects").url("/sjfb/tjsj.html");
            List<CompletableFuture<HttpResponse<byte[]>>> answers = List.of(send(slow), send(slow), send(slow));
            answers.forEach(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
            assertThat(farm.requestLog().maxInFlight("defects")).isEqualTo(3);
            assertThat(farm.requestLog().count("defects", "/sjfb/tjsj.html")).isEqualTo(3);
        }
    }

    private static CompletableFuture<HttpResponse<byte[]>> send(URI uri) {
        return Http.CLIENT.sendAsync(Http.request(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
