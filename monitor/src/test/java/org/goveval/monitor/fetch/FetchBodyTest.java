package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the fetcher reads: the body, decoded and capped, and the status of any answer. */
@Timeout(10)
class FetchBodyTest {
    private static final String PAGE = "<html><body>政务公开 — 通知公告</body></html>";

    private LoopbackServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        fetcher = Fetchers.fetcher(Fetchers.quick());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void readsA200WithItsBodyAndHeaders() {
        server.route("/index.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("X-Powered-By", "Test");
            LoopbackServer.send(exchange, 200, PAGE);
        });
        URI uri = server.uri("/index.html");

        FetchResult result = fetcher.fetch(FetchRequest.get(uri, 1 << 20));

        assertThat(result.isSuccess()).isTrue();
        assertThat(result.status()).isEqualTo(200);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(result.truncated()).isFalse();
        assertThat(result.failure()).isEmpty();
        assertThat(result.failureDetail()).isEmpty();
        assertThat(result.requested()).isEqualTo(uri);
        assertThat(result.finalUri()).isEqualTo(uri);
        assertThat(result.redirects()).isEmpty();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.header("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(result.headers()).containsEntry("x-powered-by", List.of("Test"));
        assertThat(result.mediaType()).contains("text/html");
    }

    @Test
    void takesTheTimestampsFromTheClock() {
        server.route("/", exchange -> LoopbackServer.send(exchange, 200, "ok"));
        Instant start = Instant.parse("2025-03-01T08:00:00Z");
        AtomicInteger reads = new AtomicInteger();
        Clock stepping = new Clock() {
            @Override
            public Instant instant() {
                return start.plusSeconds(7L * reads.getAndIncrement());
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        try (HttpFetcher timed = new HttpFetcher(
                Fetchers.quick(), RequestGate.open(), Fetchers.loopbackPolicy(StubResolver.loopbackOnly()), stepping)) {
            FetchResult result = timed.fetch(FetchRequest.get(server.uri("/"), 100));

            assertThat(result.fetchedAt()).isEqualTo(start);
            assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void decodesAGzipBody() {
        server.route("/gzip", exchange -> sendEncoded(exchange, "gzip", gzip(PAGE.getBytes(StandardCharsets.UTF_8))));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/gzip"), 1 << 20));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(result.header("content-encoding")).contains("gzip");
    }

    @Test
    void decodesAZlibWrappedDeflateBody() {
        server.route("/deflate", exchange -> sendEncoded(exchange, "deflate", deflate(PAGE, false)));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/deflate"), 1 << 20));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void decodesARawDeflateBody() {
        server.route("/raw-deflate", exchange -> sendEncoded(exchange, "deflate", deflate(PAGE, true)));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/raw-deflate"), 1 << 20));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void capsTheBodyAndMarksItTruncated() {
        server.route("/big", exchange -> LoopbackServer.send(exchange, 200, "0123456789".repeat(1000)));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/big"), 25));

        assertThat(new String(result.body(), StandardCharsets.US_ASCII)).isEqualTo("0123456789012345678901234");
        assertThat(result.truncated()).isTrue();
        assertThat(result.isSuccess()).isTrue();
    }

    @Test
    void aBodyOfExactlyTheCapIsNotTruncated() {
        server.route("/ten", exchange -> LoopbackServer.send(exchange, 200, "0123456789"));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/ten"), 10));

        assertThat(result.body()).hasSize(10);
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void theCapAppliesToDecodedBytesSoACompressionBombStopsAtIt() {
        byte[] zeros = new byte[8 << 20];
        byte[] bomb = gzip(zeros);
        server.route("/bomb", exchange -> sendEncoded(exchange, "gzip", bomb));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/bomb"), 5000));

        assertThat(bomb.length).isLessThan(10_000);
        assertThat(result.body()).hasSize(5000).containsOnly(0);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void theSettingsCapBoundsWhatARequestAsksFor() {
        server.route("/big", exchange -> LoopbackServer.send(exchange, 200, "x".repeat(5000)));
        FetchSettings small = new FetchSettings(
                Fetchers.USER_AGENT,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                10,
                0,
                Duration.ofMillis(50),
                Duration.ofSeconds(5),
                1000);
        try (HttpFetcher capped = Fetchers.fetcher(small)) {
            FetchResult result = capped.fetch(FetchRequest.get(server.uri("/big"), 1 << 20));

            assertThat(result.body()).hasSize(1000);
            assertThat(result.truncated()).isTrue();
        }
    }

    @Test
    void maxBodyBytesZeroStopsAfterTheHeaders() {
        server.route("/page", exchange -> LoopbackServer.send(exchange, 200, "x".repeat(100_000)));

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/page"), 0));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEmpty();
        assertThat(result.truncated()).isTrue();
        assertThat(result.header("content-length")).contains("100000");
    }

    @Test
    void aHeadRequestHasNoBodyAndIsNotTruncated() {
        server.route("/page", exchange -> LoopbackServer.send(exchange, 200, "x".repeat(100)));

        FetchResult result = fetcher.fetch(FetchRequest.head(server.uri("/page")));

        assertThat(server.received())
                .extracting(LoopbackServer.Received::method)
                .containsExactly("HEAD");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEmpty();
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void anEmptyGzipBodyIsEmptyNotBroken() {
        server.route("/empty", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.send(exchange, 204, new byte[0]);
        });

        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/empty"), 1000));

        assertThat(result.status()).isEqualTo(204);
        assertThat(result.body()).isEmpty();
        assertThat(result.failure()).isEmpty();
    }

    @Test
    void a404AndA500AreAnswersNotFailures() {
        server.route("/gone", exchange -> LoopbackServer.send(exchange, 404, "没有找到"));
        server.route("/broken", exchange -> LoopbackServer.send(exchange, 500, "error"));

        FetchResult notFound = fetcher.fetch(FetchRequest.get(server.uri("/gone"), 1000));
        FetchResult serverError = fetcher.fetch(FetchRequest.get(server.uri("/broken"), 1000));

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.failure()).isEmpty();
        assertThat(notFound.isSuccess()).isFalse();
        assertThat(new String(notFound.body(), StandardCharsets.UTF_8)).isEqualTo("没有找到");
        assertThat(serverError.status()).isEqualTo(500);
        assertThat(serverError.failure()).isEqualTo(Optional.empty());
        assertThat(new String(serverError.body(), StandardCharsets.UTF_8)).isEqualTo("error");
    }

    @Test
    void aHeadAnswerLeavesTheConnectionOpenForTheNextRequest() {
        List<Integer> clientPorts = new CopyOnWriteArrayList<>();
        server.route("/report.pdf", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            LoopbackServer.send(exchange, 200, "%PDF-1.7");
        });

        for (int i = 0; i < 3; i++) {
            assertThat(fetcher.fetch(FetchRequest.head(server.uri("/report.pdf")))
                            .status())
                    .isEqualTo(200);
        }

        // one connection, reused: closing a HEAD answer before its (empty) end would cancel the exchange
        assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
    }

    @Test
    void aGzipBodyReadToItsEndLeavesTheConnectionOpen() {
        List<Integer> clientPorts = new CopyOnWriteArrayList<>();
        byte[] page = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        server.route("/gzip", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            sendEncoded(exchange, "gzip", page);
        });

        for (int i = 0; i < 3; i++) {
            FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/gzip"), 1 << 20));
            assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        }

        assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
    }

    @Test
    void aBodyCutAtItsCapCostsItsConnectionRatherThanBeingReadOn() {
        List<Integer> clientPorts = new CopyOnWriteArrayList<>();
        server.route("/big", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            LoopbackServer.send(exchange, 200, "0123456789".repeat(100_000));
        });

        for (int i = 0; i < 2; i++) {
            assertThat(fetcher.fetch(FetchRequest.get(server.uri("/big"), 25)).truncated())
                    .isTrue();
        }

        // the rest of the megabyte is not fetched to keep the connection: the second request needs a new one
        assertThat(clientPorts).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aBodyOfAnotherLengthThanItsContentLengthSaidIsReadWhole() throws IOException {
        // the reader sizes its buffer from Content-Length; a body of another length must still come out whole
        byte[] body = "x".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        BodyReader.Body longer = BodyReader.read(new ByteArrayInputStream(body), List.of(), 10, 1 << 20);
        assertThat(longer.bytes()).isEqualTo(body);
        assertThat(longer.truncated()).isFalse();

        BodyReader.Body shorter = BodyReader.read(new ByteArrayInputStream(body), List.of(), 200_000, 1 << 20);
        assertThat(shorter.bytes()).isEqualTo(body);
        assertThat(shorter.truncated()).isFalse();

        BodyReader.Body cut = BodyReader.read(new ByteArrayInputStream(body), List.of(), -1, 99_999);
        assertThat(cut.bytes()).hasSize(99_999);
        assertThat(cut.truncated()).isTrue();
    }

    private static void sendEncoded(HttpExchange exchange, String encoding, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Encoding", encoding);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        LoopbackServer.send(exchange, 200, body);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(String text, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (OutputStream deflate = new DeflaterOutputStream(out, deflater)) {
            deflate.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            deflater.end();
        }
        byte[] bytes = out.toByteArray();
        assertThat((bytes[0] & 0xFF) == 0x78).as("zlib header").isEqualTo(!raw);
        return bytes;
    }
}
