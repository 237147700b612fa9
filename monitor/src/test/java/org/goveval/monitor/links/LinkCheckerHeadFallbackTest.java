package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files and resources are asked with HEAD first; whatever way HEAD fails once a request has left the machine,
 * GET is asked next and its answer alone decides. A HEAD that succeeds is the answer.
 */
class LinkCheckerHeadFallbackTest {
    private static final URI PDF = URI.create("http://www.example.gov.cn/uploads/plan.pdf");
    private static final URI PICTURE = URI.create("http://www.example.gov.cn/picture?id=7");

    /** A fake fetch: HEAD answers as told, GET answers 200 with a PDF; it records each request's method. */
    private static final class Fake implements Function<FetchRequest, FetchResult> {
        private final FetchResult head;
        private final List<Method> methods = new ArrayList<>();

        Fake(FetchResult head) {
            this.head = head;
        }

        @Override
        public FetchResult apply(FetchRequest request) {
            methods.add(request.method());
            return request.method() == Method.HEAD ? head : answer(request.uri(), 200);
        }
    }

    private static FetchResult answer(URI uri, int status) {
        return new FetchResult(
                uri,
                uri,
                List.of(),
                status,
                Map.of("content-type", List.of("application/pdf")),
                new byte[0],
                false,
                Optional.empty(),
                "",
                1,
                Instant.EPOCH,
                Duration.ZERO);
    }

    private static FetchResult failed(URI uri, FailureKind kind) {
        return FetchResult.failed(uri, uri, List.of(), kind, "stub", 1, Instant.EPOCH, Duration.ZERO);
    }

    private static LinkCheck check(Fake fetch, URI url, LinkType type) {
        LinkChecker checker = new LinkChecker(fetch, u -> RobotsDecision.allow(), result -> false);
        return checker.check(url, type);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 405, 410, 429, 500, 501, 502, 503})
    void anErrorStatusToHeadIsAskedAgainWithGet(int status) {
        for (LinkType type : List.of(LinkType.ANCHOR, LinkType.IMAGE)) {
            Fake fetch = new Fake(answer(PDF, status));
            LinkCheck check = check(fetch, PDF, type);
            assertThat(fetch.methods).as("%s %s", status, type).containsExactly(Method.HEAD, Method.GET);
            assertThat(check.verdict()).isEqualTo(Verdict.OK);
            assertThat(check.status()).hasValue(200);
        }
    }

    /** Every failure but the three decided before sending (below), including any kind added later. */
    @ParameterizedTest
    @EnumSource(
            value = FailureKind.class,
            mode = EnumSource.Mode.EXCLUDE,
            names = {"DNS_FAILURE", "BLOCKED_ADDRESS", "INVALID_URL"})
    void aFailureOfHeadOnTheWireIsAskedAgainWithGet(FailureKind kind) {
        Fake fetch = new Fake(failed(PDF, kind));
        LinkCheck check = check(fetch, PDF, LinkType.ANCHOR);
        assertThat(fetch.methods).containsExactly(Method.HEAD, Method.GET);
        assertThat(check.verdict()).isEqualTo(Verdict.OK);
    }

    /** A resource is known by its tag, whatever its URL looks like. */
    @Test
    void anImageWithoutAFileNameIsAskedWithHeadThenGet() {
        Fake fetch = new Fake(answer(PICTURE, 405));
        assertThat(check(fetch, PICTURE, LinkType.IMAGE).verdict()).isEqualTo(Verdict.OK);
        assertThat(fetch.methods).containsExactly(Method.HEAD, Method.GET);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 206})
    void aSuccessfulHeadIsTheAnswerWithoutGet(int status) {
        Fake fetch = new Fake(answer(PDF, status));
        assertThat(check(fetch, PDF, LinkType.ANCHOR).status()).hasValue(status);
        assertThat(fetch.methods).containsExactly(Method.HEAD);
        Fake image = new Fake(answer(PICTURE, status));
        assertThat(check(image, PICTURE, LinkType.IMAGE).verdict()).isEqualTo(Verdict.OK);
        assertThat(image.methods).containsExactly(Method.HEAD);
    }

    /** Decided before a request left the machine: a GET would meet the same refusal, so none is sent. */
    @ParameterizedTest
    @EnumSource(
            value = FailureKind.class,
            names = {"DNS_FAILURE", "BLOCKED_ADDRESS", "INVALID_URL"})
    void aHeadThatNeverLeftTheMachineIsNotRepeated(FailureKind kind) {
        Fake fetch = new Fake(failed(PDF, kind));
        check(fetch, PDF, LinkType.ANCHOR);
        assertThat(fetch.methods).containsExactly(Method.HEAD);
    }

    /** Pages are read with GET alone: HEAD would teach nothing about a soft 404. */
    @Test
    void aPageIsAskedWithGetOnly() {
        URI page = URI.create("http://www.example.gov.cn/col/index.html");
        Fake fetch = new Fake(answer(page, 405));
        check(fetch, page, LinkType.ANCHOR);
        assertThat(fetch.methods).containsExactly(Method.GET);
    }
}
