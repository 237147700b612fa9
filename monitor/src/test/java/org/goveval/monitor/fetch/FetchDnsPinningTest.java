package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.goveval.monitor.net.StubResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DNS rebinding: a name that resolves to an allowed address when the address policy checks it and to a
 * refused one a moment later must never lead a connection to the refused one. Here 127.0.0.1 stands for the
 * public address (the test policy allows it) and 127.0.0.2 for the private one (loopback, refused), both
 * listening on the same port as a rebinding attacker's two answers would.
 */
@Timeout(15)
class FetchDnsPinningTest {
    private LoopbackServer allowed;
    private LoopbackServer refused;
    private StubResolver resolver;
    private RecordingGate gate;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        allowed = new LoopbackServer();
        refused = new LoopbackServer(StubResolver.ip("127.0.0.2"), allowed.port());
        allowed.route("/", exchange -> LoopbackServer.send(exchange, 200, "the page checked"));
        refused.route("/", exchange -> LoopbackServer.send(exchange, 200, "the internal service"));
        resolver = StubResolver.loopbackOnly().with("rebind.test", "127.0.0.1").thenWith("rebind.test", "127.0.0.2");
        gate = new RecordingGate();
        fetcher = new HttpFetcher(Fetchers.quick(), gate, Fetchers.loopbackPolicy(resolver), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        refused.close();
        allowed.close();
    }

    @Test
    void theConnectionGoesToTheAddressThePolicyCheckedNeverToANewAnswer() {
        URI uri = URI.create("http://rebind.test:" + allowed.port() + "/");

        FetchResult result = fetcher.fetch(FetchRequest.get(uri, 1000));

        assertThat(result.status()).isEqualTo(200);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("the page checked");
        // the policy's look-up was the only one: the client asked nobody else where rebind.test is
        assertThat(resolver.lookups()).isEqualTo(1);
        assertThat(gate.entries())
                .extracting(RecordingGate.Entry::address)
                .containsExactly(StubResolver.ip("127.0.0.1"));
        assertThat(allowed.received()).hasSize(1);
        assertThat(allowed.received().get(0).header("Host")).isEqualTo("rebind.test:" + allowed.port());
        assertThat(refused.received()).isEmpty();
    }

    @Test
    void theNextCheckSeesTheNewAnswerAndRefusesIt() {
        URI uri = URI.create("http://rebind.test:" + allowed.port() + "/");

        FetchResult first = fetcher.fetch(FetchRequest.get(uri, 1000));
        FetchResult second = fetcher.fetch(FetchRequest.get(uri, 1000));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.failure()).contains(FailureKind.BLOCKED_ADDRESS);
        assertThat(second.failureDetail()).isEqualTo("rebind.test (127.0.0.2) is loopback (127.0.0.0/8)");
        assertThat(second.attempts()).isZero();
        assertThat(resolver.lookups()).isEqualTo(2);
        assertThat(refused.received()).isEmpty();
    }

    @Test
    void aRedirectToARebindingNameIsPinnedToo() {
        allowed.route(
                "/out",
                exchange -> LoopbackServer.redirect(exchange, 302, "http://rebind.test:" + allowed.port() + "/"));

        FetchResult result = fetcher.fetch(FetchRequest.get(allowed.uri("/out"), 1000));

        assertThat(result.status()).isEqualTo(200);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("the page checked");
        assertThat(result.redirects()).hasSize(1);
        assertThat(refused.received()).isEmpty();
    }
}
