package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirects followed by hand, each recorded as a hop. */
@Timeout(10)
class FetchRedirectTest {
    private LoopbackServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        fetcher = Fetchers.fetcher(Fetchers.quick());
        server.route("/final", exchange -> LoopbackServer.send(exchange, 200, "arrived"));
        // /chain/N redirects to /chain/N-1; /chain/0 answers 200
        for (int n = 0; n <= 12; n++) {
            int next = n - 1;
            server.route("/chain/" + n, exchange -> {
                if (next < 0) {
                    LoopbackServer.send(exchange, 200, "end of chain");
                } else {
                    LoopbackServer.redirect(exchange, 302, "/chain/" + next);
                }
            });
        }
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void followsEveryRedirectStatusAndRecordsTheChain(int status) {
        server.route(
                "/old",
                exchange -> LoopbackServer.redirect(
                        exchange, status, server.uri("/moved").toString()));
        server.route("/moved", exchange -> LoopbackServer.redirect(exchange, 302, "/final"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/old"), 1000));

        assertThat(result.status()).isEqualTo(200);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
        assertThat(result.requested()).isEqualTo(server.uri("/old"));
        assertThat(result.finalUri()).isEqualTo(server.uri("/final"));
        assertThat(result.redirects())
                .containsExactly(new Hop(server.uri("/old"), status), new Hop(server.uri("/moved"), 302));
        assertThat(result.attempts()).isEqualTo(3);
    }

    @Test
    void resolvesARelativeLocationAgainstTheCurrentUrl() {
        server.route(
                "/news/2024/index.html", exchange -> LoopbackServer.redirect(exchange, 301, "../list.html?page=2"));
        server.route("/news/list.html", exchange -> LoopbackServer.send(exchange, 200, "list"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/news/2024/index.html"), 1000));

        assertThat(result.finalUri()).isEqualTo(server.uri("/news/list.html?page=2"));
        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void escapesARawUtf8LocationAsBrowsersDo() {
        // servers send the UTF-8 bytes of the path unescaped; the JDK server writes each char as one byte
        String utf8AsLatin1 = new String("/新闻/".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        server.route("/chinese", exchange -> LoopbackServer.redirect(exchange, 302, utf8AsLatin1));
        server.route("/%E6%96%B0%E9%97%BB/", exchange -> LoopbackServer.send(exchange, 200, "新闻"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/chinese"), 1000));

        assertThat(result.finalUri()).isEqualTo(server.uri("/%E6%96%B0%E9%97%BB/"));
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("新闻");
    }

    @Test
    void followsARawGbkLocationByteForByteAsBrowsersDo() {
        // 新闻 in GBK is D0 C2 CE C5; the client decodes header bytes as UTF-8 and would lose them, so the
        // fetcher reads this Location again from the raw answer (one request more, counted)
        String gbkAsLatin1 = new String("/新闻/".getBytes(Charset.forName("GBK")), StandardCharsets.ISO_8859_1);
        server.route("/gbk", exchange -> LoopbackServer.redirect(exchange, 302, gbkAsLatin1));
        server.route("/%D0%C2%CE%C5/", exchange -> LoopbackServer.send(exchange, 200, "新闻"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/gbk"), 1000));

        assertThat(result.finalUri()).isEqualTo(server.uri("/%D0%C2%CE%C5/"));
        assertThat(result.status()).isEqualTo(200);
        assertThat(server.hits("/gbk")).isEqualTo(2);
        assertThat(result.attempts()).isEqualTo(3);
    }

    @Test
    void aLoopIsAFailureNamingWhereItLoopsBackTo() {
        server.route("/a", exchange -> LoopbackServer.redirect(exchange, 302, "/b"));
        server.route("/b", exchange -> LoopbackServer.redirect(exchange, 301, "/a"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/a"), 1000));

        assertThat(result.failure()).contains(FailureKind.REDIRECT_LOOP);
        assertThat(result.failureDetail()).isEqualTo("redirect back to " + server.uri("/a"));
        assertThat(result.redirects()).containsExactly(new Hop(server.uri("/a"), 302), new Hop(server.uri("/b"), 301));
        assertThat(result.finalUri()).isEqualTo(server.uri("/b"));
        assertThat(result.status()).isZero();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(server.hits("/a")).isEqualTo(1);
    }

    @Test
    void aRedirectToItselfIsALoop() {
        server.route("/self", exchange -> LoopbackServer.redirect(exchange, 302, "/self"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/self"), 1000));

        assertThat(result.failure()).contains(FailureKind.REDIRECT_LOOP);
        assertThat(result.redirects()).containsExactly(new Hop(server.uri("/self"), 302));
    }

    @Test
    void tenRedirectsAreFollowed() {
        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/chain/10"), 1000));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.finalUri()).isEqualTo(server.uri("/chain/0"));
        assertThat(result.redirects()).hasSize(10);
        assertThat(result.redirects().get(0)).isEqualTo(new Hop(server.uri("/chain/10"), 302));
        assertThat(result.redirects().get(9)).isEqualTo(new Hop(server.uri("/chain/1"), 302));
        assertThat(result.attempts()).isEqualTo(11);
    }

    @Test
    void elevenRedirectsAreTooMany() {
        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/chain/11"), 1000));

        assertThat(result.failure()).contains(FailureKind.TOO_MANY_REDIRECTS);
        assertThat(result.failureDetail()).isEqualTo("more than 10 redirects; next: " + server.uri("/chain/0"));
        List<Hop> expected = new ArrayList<>();
        for (int n = 11; n >= 1; n--) {
            expected.add(new Hop(server.uri("/chain/" + n), 302));
        }
        assertThat(result.redirects()).isEqualTo(expected);
        assertThat(result.finalUri()).isEqualTo(server.uri("/chain/1"));
        assertThat(result.attempts()).isEqualTo(11);
        assertThat(server.hits("/chain/0")).isZero();
    }

    @Test
    void after303TheTargetIsFetchedWithGet() {
        server.route("/search", exchange -> LoopbackServer.redirect(exchange, 303, "/results"));
        server.route("/results", exchange -> LoopbackServer.send(exchange, 200, "results"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/search"), 1000));

        assertThat(result.status()).isEqualTo(200);
        assertThat(server.received())
                .extracting(LoopbackServer.Received::method, LoopbackServer.Received::rawPath)
                .containsExactly(tuple("GET", "/search"), tuple("GET", "/results"));
    }

    @Test
    void aHeadRequestStaysHeadAcrossA303() {
        server.route("/search", exchange -> LoopbackServer.redirect(exchange, 303, "/results"));
        server.route("/results", exchange -> LoopbackServer.send(exchange, 200, "results"));

        fetcher.fetch(FetchRequest.head(server.uri("/search")));

        // RFC 9110 §15.4.4: "a GET or HEAD request if using HEAD"
        assertThat(server.received())
                .extracting(LoopbackServer.Received::method)
                .containsExactly("HEAD", "HEAD");
    }

    @Test
    void aRedirectStatusWithoutLocationIsAnOrdinaryAnswer() {
        server.route("/nowhere", exchange -> LoopbackServer.send(exchange, 302, "no location here"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/nowhere"), 1000));

        assertThat(result.status()).isEqualTo(302);
        assertThat(result.failure()).isEmpty();
        assertThat(result.redirects()).isEmpty();
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("no location here");
    }

    @Test
    void anUnparsableLocationIsAnInvalidUrl() {
        server.route("/bad", exchange -> LoopbackServer.redirect(exchange, 302, "http://[broken/"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/bad"), 1000));

        assertThat(result.failure()).contains(FailureKind.INVALID_URL);
        assertThat(result.failureDetail()).isEqualTo("unparsable Location: http://[broken/");
        assertThat(result.redirects()).containsExactly(new Hop(server.uri("/bad"), 302));
        assertThat(result.finalUri()).isEqualTo(server.uri("/bad"));
    }

    @Test
    void aLocationThatIsNotHttpIsAnInvalidUrl() {
        server.route("/mail", exchange -> LoopbackServer.redirect(exchange, 302, "mailto:webmaster@example.gov.cn"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/mail"), 1000));

        assertThat(result.failure()).contains(FailureKind.INVALID_URL);
        assertThat(result.finalUri()).isEqualTo(URI.create("mailto:webmaster@example.gov.cn"));
        assertThat(result.attempts()).isEqualTo(1);
    }
}
