package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.goveval.monitor.net.StubResolver;
import org.goveval.monitor.net.TlsTrust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP/2: a Jetty server on 127.0.0.1 that offers h2 and http/1.1 by ALPN over TLS, with the self-signed
 * certificate of {@code loopback-tls.p12} (made with {@code keytool -genkeypair -alias loopback -keyalg EC
 * -groupname secp256r1 -validity 36500 -ext SAN=ip:127.0.0.1,ip:::1,dns:localhost -storetype PKCS12 -storepass
 * goveval-test}), which only this test's fetcher trusts.
 */
@Timeout(30)
class FetchHttp2Test {
    private static final String PASSWORD = "goveval-test";
    private static final String PAGE = "<html><head><title>政务公开</title></head><body>通知公告</body></html>";

    private final List<String> protocols = new CopyOnWriteArrayList<>();
    private Server server;
    private HttpFetcher fetcher;
    private int port;

    @BeforeEach
    void start() throws Exception {
        KeyStore keys = keyStore();
        server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        // no SNI with an IP address; the certificate names 127.0.0.1 itself
        config.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        HttpConnectionFactory http11 = new HttpConnectionFactory(config);
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(config);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(http11.getProtocol());
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys);
        tls.setKeyStorePassword(PASSWORD);
        ServerConnector connector =
                new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, http11);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                protocols.add(request.getConnectionMetaData().getProtocol());
                if (request.getHttpURI().getPath().equals("/missing.html")) {
                    response.setStatus(404);
                    callback.succeeded();
                    return true;
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                response.write(true, ByteBuffer.wrap(PAGE.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.start();
        port = connector.getLocalPort();
        fetcher = new HttpFetcher(
                Fetchers.quick(),
                RequestGate.open(),
                Fetchers.loopbackPolicy(StubResolver.loopbackOnly()),
                Clock.systemUTC(),
                trusting(keys));
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        server.stop();
    }

    @Test
    void fetchesAPageOverHttp2() {
        URI uri = URI.create("https://127.0.0.1:" + port + "/index.html");

        FetchResult result = fetcher.fetch(FetchRequest.get(uri, 1 << 20));

        assertThat(result.failure()).isEmpty();
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.version()).contains(HttpVersion.HTTP_2);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(result.truncated()).isFalse();
        assertThat(result.mediaType()).contains("text/html");
        assertThat(protocols).containsExactly("HTTP/2.0");
    }

    @Test
    void headsCutsAndErrorsOverHttp2() {
        FetchResult head = fetcher.fetch(FetchRequest.head(URI.create("https://127.0.0.1:" + port + "/a.pdf")));
        FetchResult cut = fetcher.fetch(FetchRequest.get(URI.create("https://127.0.0.1:" + port + "/b.html"), 10));
        FetchResult missing =
                fetcher.fetch(FetchRequest.get(URI.create("https://127.0.0.1:" + port + "/missing.html"), 1024));

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(cut.body()).isEqualTo(PAGE.substring(0, 10).getBytes(StandardCharsets.UTF_8));
        assertThat(cut.truncated()).isTrue();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(List.of(head, cut, missing))
                .allSatisfy(r -> assertThat(r.version()).contains(HttpVersion.HTTP_2));
        assertThat(protocols).containsOnly("HTTP/2.0").hasSize(3);
    }

    private static KeyStore keyStore() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = FetchHttp2Test.class.getResourceAsStream("loopback-tls.p12")) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }

    private static TlsTrust trusting(KeyStore keys) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("loopback", keys.getCertificate("loopback"));
        return TlsTrust.of(trusted, "loopback-tls.p12");
    }
}
