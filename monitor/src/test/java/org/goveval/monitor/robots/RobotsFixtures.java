package org.goveval.monitor.robots;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.Hop;

/** Fetch results of a robots.txt, built by hand: the robots tests need no network. */
final class RobotsFixtures {
    static final URI ROBOTS = URI.create("https://a.gov.cn/robots.txt");

    private RobotsFixtures() {}

    /** A 200 text/plain answer; {@code ;} in the text stands for a line break, for tables. */
    static FetchResult robotsTxt(String lines) {
        return answer(200, "text/plain; charset=utf-8", lines.replace(';', '\n').getBytes(StandardCharsets.UTF_8));
    }

    static FetchResult answer(int status, String contentType, byte[] body) {
        return answer(ROBOTS, status, contentType, body, false);
    }

    static FetchResult answer(URI finalUri, int status, String contentType, byte[] body, boolean truncated) {
        List<Hop> redirects = finalUri.equals(ROBOTS) ? List.of() : List.of(new Hop(ROBOTS, 301));
        return new FetchResult(
                ROBOTS,
                finalUri,
                redirects,
                status,
                Map.of("content-type", List.of(contentType)),
                body,
                truncated,
                Optional.empty(),
                "",
                1,
                Instant.EPOCH,
                Duration.ofMillis(30));
    }

    static FetchResult status(int status) {
        return answer(status, "text/html", "<html><body>error</body></html>".getBytes(StandardCharsets.UTF_8));
    }

    static FetchResult failed(FailureKind kind) {
        return FetchResult.failed(
                ROBOTS, ROBOTS, List.of(), kind, "as arranged by the test", 1, Instant.EPOCH, Duration.ofSeconds(15));
    }

    /** The rules a fresh cache makes of one fetch result. */
    static RobotsRules rulesOf(FetchResult fetched) {
        return new RobotsCache(uri -> fetched, "goveval", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).rulesFor(ROBOTS);
    }
}
