package org.goveval.monitor.fetch;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.goveval.monitor.net.TlsTrust;

/**
 * Reads the Location header of one answer byte for byte. OkHttp decodes header bytes as UTF-8, so a Location
 * sent as raw GBK bytes (old IIS and ASP sites with a Chinese code page do that) reaches the fetcher with
 * U+FFFD where its bytes were, and following it would ask for a page that does not exist. Browsers instead
 * percent-escape each raw byte, which gives the server its own bytes back. OkHttp offers no way to the raw
 * header bytes, so for such an answer the request is sent once more on a plain socket (TLS with SNI and host
 * name verification for https) to the same address the policy allowed, and only the head of the answer is
 * read: the status line and the headers, up to 64 KiB, all within one request budget.
 */
final class RawLocation {
    /** The most bytes of an answer's head read; a head larger than this has no usable Location. */
    private static final int MAX_HEAD = 64 * 1024;

    private final FetchSettings settings;
    private final TlsTrust trust;

    RawLocation(FetchSettings settings, TlsTrust trust) {
        this.settings = settings;
        this.trust = trust;
    }

    /** Whether a Location as the client decoded it lost bytes that were not UTF-8. */
    static boolean garbled(String location) {
        return location.indexOf('\uFFFD') >= 0;
    }

    /**
     * Sends the request again and returns its Location with every byte outside ASCII percent-escaped, or empty
     * when the second answer has none (or is no answer at all: the caller keeps the first one then).
     */
    Optional<String> read(URI uri, InetAddress address, Method method) {
        long deadline = System.nanoTime() + settings.requestBudget().toNanos();
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri);
        try (Socket socket = open(uri, address, port, deadline)) {
            OutputStream out = socket.getOutputStream();
            out.write(requestHead(uri, method, port).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return location(head(socket, deadline)).map(RawLocation::escapedBytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Milliseconds left before the deadline, at least 1 (0 would mean no timeout to a socket). */
    private static int millisLeft(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("the request budget ran out");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private Socket open(URI uri, InetAddress address, int port, long deadline) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port), (int)
                    Math.min(millisLeft(deadline), settings.connectTimeout().toMillis()));
            plain.setSoTimeout(millisLeft(deadline));
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                return plain;
            }
            String host = uri.getHost().startsWith("[")
                    ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            SSLSocket tls = (SSLSocket) trust.sslContext().getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
            if (!isIpLiteral(host)) {
                parameters.setServerNames(List.of(new SNIHostName(host))); // SNI takes names, not addresses
            }
            parameters.setApplicationProtocols(new String[] {"http/1.1"});
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    private String requestHead(URI uri, Method method, int port) {
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        String host = uri.getHost() + (port == defaultPort(uri) ? "" : ":" + port);
        return method.name() + " " + target + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "User-Agent: " + settings.userAgent() + "\r\n"
                + "Accept: */*\r\n"
                + "Connection: close\r\n\r\n";
    }

    /**
     * The bytes up to the blank line that ends the head, or all that came when the head is cut off. Read
     * through a buffer (not a system call per byte), each read bounded by what is left of the budget, so a
     * server that sends its head a byte at a time cannot stretch the request past it.
     */
    private static byte[] head(Socket socket, long deadline) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        int matched = 0; // how much of CR LF CR LF was just read
        while (head.size() < MAX_HEAD && matched < 4) {
            socket.setSoTimeout(millisLeft(deadline));
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    /** The value of the first Location header in a head, as its bytes (one char per byte), stripped. */
    static Optional<String> location(byte[] head) {
        // ISO-8859-1 maps every byte to one char and back: nothing is lost
        String text = new String(head, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("location")) {
                String value = line.substring(colon + 1).strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Percent-escapes every char above ASCII as the byte it stands for (the value is one char per byte). */
    static String escapedBytes(String oneCharPerByte) {
        StringBuilder out = new StringBuilder(oneCharPerByte.length());
        HexFormat hex = HexFormat.of().withUpperCase();
        for (int i = 0; i < oneCharPerByte.length(); i++) {
            char c = oneCharPerByte.charAt(i);
            if (c > 0x7F) {
                out.append('%').append(hex.toHexDigits((byte) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
