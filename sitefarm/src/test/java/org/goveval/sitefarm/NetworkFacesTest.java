package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The content farm's named faces: by name, pass redirects http to https and sends HSTS, fail does neither;
 * pages by name link on their own origin; by address every site answers exactly as a farm without faces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkFacesTest {
    private static final InetAddress V4 = address(new byte[] {127, 0, 0, 1});
    private static final InetAddress V6 = address(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});

    private RunningFarm farm;

    @BeforeAll
    void start() {
        farm = SiteFarm.start(FarmSpec.contentFarm(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        farm.close();
    }

    @Test
    void byAddressNothingChanges() throws IOException {
        SiteNetwork pass = farm.network("pass");
        String answer = get(V4, pass.httpPort(), "127.0.0.1:" + pass.httpPort(), false);
        assertThat(answer).startsWith("HTTP/1.1 200").contains("href=\"/col/").doesNotContain("farm.test");
        assertThat(answer.toLowerCase(java.util.Locale.ROOT)).doesNotContain("strict-transport-security");
    }

    @Test
    void passByNameRedirectsToHttpsWhichSendsHstsAndLinksOnItsOwnOrigin() throws IOException {
        SiteNetwork pass = farm.network("pass");
        assertThat(pass.host()).isEqualTo("pass.farm.test");
        String http = get(V4, pass.httpPort(), pass.host() + ":" + pass.httpPort(), false);
        assertThat(http.toLowerCase(java.util.Locale.ROOT))
                .startsWith("http/1.1 301")
                .contains("location: https://pass.farm.test:" + pass.httpsPort() + "/");
        String https = get(V4, pass.httpsPort(), pass.host() + ":" + pass.httpsPort(), true);
        assertThat(https.toLowerCase(java.util.Locale.ROOT))
                .startsWith("http/1.1 200")
                .contains("strict-transport-security: max-age=31536000")
                .contains("href=\"/col/");
    }

    @Test
    void passIsServedOverIpv6OnTheSamePorts() throws IOException {
        SiteNetwork pass = farm.network("pass");
        assertThat(pass.ipv6())
                .as("this machine must have an IPv6 loopback (::1) for the content farm's IPv6 faces")
                .isTrue();
        assertThat(get(V6, pass.httpsPort(), pass.host() + ":" + pass.httpsPort(), true))
                .startsWith("HTTP/1.1 200");
        assertThat(get(V6, pass.httpPort(), pass.host() + ":" + pass.httpPort(), false))
                .startsWith("HTTP/1.1 301");
    }

    @Test
    void failByNameServesHttpWithoutRedirectNorHstsNorIpv6() throws IOException {
        SiteNetwork fail = farm.network("fail");
        assertThat(fail.ipv6()).isFalse();
        assertThat(fail.ipv6Addresses()).isEmpty();
        String http = get(V4, fail.httpPort(), fail.host() + ":" + fail.httpPort(), false);
        assertThat(http).startsWith("HTTP/1.1 200").contains("href=\"/col/");
        String https = get(V4, fail.httpsPort(), fail.host() + ":" + fail.httpsPort(), true);
        assertThat(https).startsWith("HTTP/1.1 200");
        assertThat(https.toLowerCase(java.util.Locale.ROOT)).doesNotContain("strict-transport-security");
        assertThatThrownBy(() -> get(V6, fail.httpPort(), fail.host(), false)).isInstanceOf(IOException.class);
    }

    @Test
    void certificatesNameTheSiteAndCountDaysFromTheFarmClock() throws Exception {
        X509Certificate pass = certificate(farm.network("pass"));
        X509Certificate fail = certificate(farm.network("fail"));
        assertThat(pass.getSubjectAlternativeNames()).containsExactly(List.of(2, "pass.farm.test"));
        long passDays = (pass.getNotAfter().getTime() - System.currentTimeMillis()) / 86_400_000L;
        long failDays = (fail.getNotAfter().getTime() - System.currentTimeMillis()) / 86_400_000L;
        assertThat(passDays).isEqualTo(SiteNetwork.CERTIFICATE_DAYS);
        assertThat(failDays).isEqualTo(SiteNetwork.EXPIRING_CERTIFICATE_DAYS);
    }

    @Test
    void theOriginIsRewrittenToTheFaceButNotAnotherPortStartingTheSame() {
        byte[] body = "<a href=\"http://127.0.0.1:4000/a\">x</a><a href=\"http://127.0.0.1:40001/b\">y</a>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(
                        FaceRules.replace(body, "http://127.0.0.1:4000", "https://pass.farm.test:5000"),
                        StandardCharsets.UTF_8))
                .isEqualTo("<a href=\"https://pass.farm.test:5000/a\">x</a><a href=\"http://127.0.0.1:40001/b\">y</a>");
    }

    @Test
    void farmsWithoutFacesHaveNoNamesAndAnEmptyNetworkTruth() {
        try (RunningFarm plain = SiteFarm.start(FarmSpec.testFarm(), Clock.systemUTC())) {
            assertThatThrownBy(() -> plain.network("clean")).isInstanceOf(IllegalStateException.class);
            assertThat(plain.site("clean").manifest().content().network())
                    .isEqualTo(org.goveval.sitefarm.manifest.NetworkTruth.empty());
        }
    }

    private X509Certificate certificate(SiteNetwork site) throws Exception {
        try (SSLSocket socket = tls(V4, site.httpsPort(), site.host())) {
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** A raw HTTP/1.1 GET of / with the given Host header: the answer's head and body as text. */
    private String get(InetAddress address, int port, String host, boolean https) throws IOException {
        String name = host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        try (Socket socket = https ? tls(address, port, name) : plain(address, port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Socket plain(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address, port), 3_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    private SSLSocket tls(InetAddress address, int port, String name) throws IOException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            KeyStore store = farm.trustStore();
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            SSLSocket socket =
                    (SSLSocket) context.getSocketFactory().createSocket(plain(address, port), name, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(name)));
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
