package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the fetcher tells the server about itself. */
@Timeout(10)
class FetchRequestHeadersTest {
    private LoopbackServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.route("/", exchange -> LoopbackServer.send(exchange, 200, "ok"));
        fetcher = Fetchers.fetcher(Fetchers.quick());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void sendsTheUserAgentAndTheEncodingsItDecodes() {
        fetcher.fetch(FetchRequest.get(server.uri("/"), 100));

        LoopbackServer.Received request = server.received().get(0);
        assertThat(request.header("User-Agent")).isEqualTo(Fetchers.USER_AGENT);
        assertThat(request.header("Accept-Encoding")).isEqualTo("gzip, deflate");
        assertThat(request.header("Accept"))
                .isEqualTo("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    @Test
    void plainHttpIsAskedForAsHttp11WithoutAnUpgrade() {
        FetchResult result = fetcher.fetch(FetchRequest.get(server.uri("/"), 100));

        assertThat(result.version()).contains(HttpVersion.HTTP_1_1);
        LoopbackServer.Received request = server.received().get(0);
        assertThat(request.header("Upgrade")).isEmpty();
        assertThat(request.header("HTTP2-Settings")).isEmpty();
    }

    @Test
    void neverSendsTheFragment() {
        URI withFragment = URI.create(server.uri("/").toString() + "#section-2");

        FetchResult result = fetcher.fetch(FetchRequest.get(withFragment, 100));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.requested()).isEqualTo(withFragment);
        assertThat(server.received())
                .extracting(LoopbackServer.Received::rawPath)
                .containsExactly("/");
    }
}
