package org.goveval.monitor.content.network;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.goveval.monitor.fetch.FetchResult;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 GET to a chosen address, with the URL's host name in the Host header and the TLS SNI: what a
 * browser sends to a site over IPv4 or IPv6, which {@link java.net.http.HttpClient} cannot be told to do. No
 * redirect is followed; the body is read up to {@link #MAX_BODY} bytes for the evidence copy. Over https any
 * certificate is accepted and recorded (see {@link CapturingTrust}), so that it can be judged apart.
 *
 * <p>The caller must have checked the address with the SSRF guard.
 */
final class HttpProbe {
    /** Enough of a home page to keep as evidence. */
    static final int MAX_BODY = 256 * 1024;

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Duration connectTimeout;
    private final Duration budget;
    private final String userAgent;
    private final Clock clock;

    HttpProbe(Duration connectTimeout, Duration budget, String userAgent, Clock clock) {
        this.connectTimeout = connectTimeout;
        this.budget = budget;
        this.userAgent = userAgent;
        this.clock = clock;
    }

    /** A completed TLS handshake: the version agreed on and the chain shown, leaf first. */
    record Tls(String protocol, List<java.security.cert.X509Certificate> chain) {
        Tls {
            chain = List.copyOf(chain);
        }
    }

    /** An HTTP answer; header names in lower case. */
    record Response(int status, Map<String, List<String>> headers, byte[] body, boolean truncated) {
        Response {
            headers = Map.copyOf(headers);
        }

        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    /**
     * What one probe saw.
     *
     * @param address the address connected to, as text
     * @param tls the handshake, for https; null for http or when it failed
     * @param response the answer; null when there was none
     * @param failure why there is no answer (or no handshake), or ""
     */
    record Seen(
            URI url,
            String address,
            Instant at,
            Duration elapsed,
            @Nullable Tls tls,
            @Nullable Response response,
            String failure) {

        /** The answer as a fetch result, for the evidence store; empty without an answer. */
        Optional<FetchResult> asFetchResult() {
            if (response == null) {
                return Optional.empty();
            }
            return Optional.of(new FetchResult(
                    url,
                    url,
                    List.of(),
                    response.status(),
                    response.headers(),
                    response.body(),
                    response.truncated(),
                    Optional.empty(),
                    "",
                    1,
                    at,
                    elapsed));
        }
    }

    /** GETs the URL from the address. Never throws for what the server or the network does. */
    Seen get(URI url, InetAddress address) {
        Instant at = clock.instant();
        long deadline = System.nanoTime() + budget.toNanos();
        CapturingTrust trust = new CapturingTrust();
        Tls tls = null;
        try (Socket socket = open(url, address, trust, Optional.empty())) {
            if (socket instanceof SSLSocket ssl) {
                tls = new Tls(ssl.getSession().getProtocol(), trust.chain());
            }
            Response response = exchange(socket, url, deadline);
            return new Seen(url, Ipv6Text.of(address), at, since(at), tls, response, "");
        } catch (IOException | RuntimeException e) {
            return new Seen(url, Ipv6Text.of(address), at, since(at), tls, null, describe(e));
        }
    }

    /**
     * A TLS handshake limited to one protocol version, e.g. {@code TLSv1.2}; nothing is sent after it.
     *
     * @return the seen handshake (its {@code tls} null when the version is refused, with the reason)
     */
    Seen handshake(URI url, InetAddress address, String protocol) {
        Instant at = clock.instant();
        CapturingTrust trust = new CapturingTrust();
        try (Socket socket = open(url, address, trust, Optional.of(protocol))) {
            SSLSocket ssl = (SSLSocket) socket;
            Tls tls = new Tls(ssl.getSession().getProtocol(), trust.chain());
            return new Seen(url, Ipv6Text.of(address), at, since(at), tls, null, "");
        } catch (IOException | RuntimeException e) {
            return new Seen(url, Ipv6Text.of(address), at, since(at), null, null, describe(e));
        }
    }

    private Duration since(Instant at) {
        return Duration.between(at, clock.instant());
    }

    private Socket open(URI url, InetAddress address, CapturingTrust trust, Optional<String> protocol)
            throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port(url)), millis(connectTimeout));
            plain.setSoTimeout(millis(connectTimeout));
            if (!isHttps(url)) {
                return plain;
            }
            SSLSocket ssl = (SSLSocket) CapturingTrust.context(trust)
                    .getSocketFactory()
                    .createSocket(plain, url.getHost(), port(url), true);
            SSLParameters parameters = ssl.getSSLParameters();
            serverName(url.getHost()).ifPresent(name -> parameters.setServerNames(List.of(name)));
            protocol.ifPresent(version -> parameters.setProtocols(new String[] {version}));
            ssl.setSSLParameters(parameters);
            ssl.startHandshake();
            return ssl;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** The SNI name: a DNS host name, never an IP literal (RFC 6066 §3). */
    private static Optional<SNIHostName> serverName(String host) {
        if (host.startsWith("[") || host.matches("[0-9.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SNIHostName(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isHttps(URI url) {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : isHttps(url) ? 443 : 80;
    }

    private Response exchange(Socket socket, URI url, long deadline) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request(url).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Reader in = new Reader(socket, deadline);
        int status = statusOf(in.line());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = in.line(); !line.isEmpty(); line = in.line()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(
                                line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean truncated = readBody(in, status, headers, body);
        return new Response(status, headers, body.toByteArray(), truncated);
    }

    private String request(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        int port = port(url);
        boolean defaultPort = port == (isHttps(url) ? 443 : 80);
        String host = url.getHost() + (defaultPort ? "" : ":" + port);
        return "GET " + path + query + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "User-Agent: " + userAgent + "\r\n"
                + "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
    }

    private static int statusOf(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + cut(line));
        }
        try {
            int status = Integer.parseInt(parts[1]);
            if (status < 100 || status > 599) {
                throw new IOException("status out of range: " + status);
            }
            return status;
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status line: " + cut(line), e);
        }
    }

    /** Reads the body into {@code body}, at most MAX_BODY bytes; returns whether more was left unread. */
    private static boolean readBody(
            Reader in, int status, Map<String, List<String>> headers, ByteArrayOutputStream body) throws IOException {
        if (status < 200 || status == 204 || status == 304) {
            return false;
        }
        String encoding =
                headers.getOrDefault("transfer-encoding", List.of()).toString().toLowerCase(Locale.ROOT);
        if (encoding.contains("chunked")) {
            for (long size = chunkSize(in.line()); size > 0; size = chunkSize(in.line())) {
                if (!in.copy(size, body)) {
                    return true;
                }
                in.line();
            }
            return false;
        }
        List<String> length = headers.getOrDefault("content-length", List.of());
        long expected =
                length.isEmpty() ? Long.MAX_VALUE : Long.parseLong(length.get(0).strip());
        return !in.copy(expected, body);
    }

    private static long chunkSize(String line) throws IOException {
        String hex = line.split(";", 2)[0].strip();
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size: " + cut(line), e);
        }
    }

    private static String cut(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    private static int millis(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toMillis()));
    }

    /** Reads lines and bytes, each read bounded by what is left of the budget. */
    private static final class Reader {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private int headerBytes;

        Reader(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.deadline = deadline;
        }

        private int read() throws IOException {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("no complete answer within the budget");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
            return in.read();
        }

        /** A line without its CR LF, as ISO-8859-1 text. */
        String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = read(); b != '\n'; b = read()) {
                if (b < 0) {
                    throw new IOException("connection closed in the middle of the answer's head");
                }
                if (++headerBytes > MAX_HEADER_BYTES) {
                    throw new IOException("answer head longer than " + MAX_HEADER_BYTES + " bytes");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        /** Copies up to {@code count} bytes (fewer at end of stream); false when MAX_BODY cut it short. */
        boolean copy(long count, ByteArrayOutputStream body) throws IOException {
            for (long i = 0; i < count; i++) {
                if (body.size() >= MAX_BODY) {
                    return false;
                }
                int b = read();
                if (b < 0) {
                    return true;
                }
                body.write(b);
            }
            return true;
        }
    }
}
