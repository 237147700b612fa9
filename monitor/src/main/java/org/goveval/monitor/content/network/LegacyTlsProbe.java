package org.goveval.monitor.content.network;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Asks whether a server still accepts TLS 1.0 or 1.1. The JDK cannot send such a handshake (both are disabled
 * by {@code jdk.tls.disabledAlgorithms}, a JVM-wide setting a library must not change), so this probe writes the
 * ClientHello itself (RFC 2246 §7.4.1.2, RFC 4346) and reads only the first record of the answer: a ServerHello
 * with the offered version means accepted; an alert, another version or a closed connection means refused. The
 * handshake is never completed.
 */
final class LegacyTlsProbe {
    /** TLS 1.0 and 1.1 as they are written on the wire. */
    static final int TLS10 = 0x0301;

    static final int TLS11 = 0x0302;

    /**
     * CBC suites with SHA-1 MACs, the ones TLS 1.0/1.1 servers actually use: ECDHE (ECDSA, RSA), DHE, RSA, 3DES.
     */
    private static final int[] SUITES = {0xC009, 0xC00A, 0xC013, 0xC014, 0x0033, 0x0039, 0x002F, 0x0035, 0x000A, 0x00FF
    };

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration connectTimeout;

    LegacyTlsProbe(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Whether the server answers a ClientHello of {@code version} with a ServerHello of that version. */
    boolean accepts(URI url, InetAddress address, int version) {
        try (Socket socket = new Socket()) {
            int timeout = (int) Math.max(1, connectTimeout.toMillis());
            socket.connect(new InetSocketAddress(address, HttpProbe.port(url)), timeout);
            socket.setSoTimeout(timeout);
            OutputStream out = socket.getOutputStream();
            out.write(clientHello(version, url.getHost()));
            out.flush();
            return serverHelloVersion(new DataInputStream(socket.getInputStream())) == version;
        } catch (IOException e) {
            return false; // refused, reset or silent: not accepted
        }
    }

    /** The version of the ServerHello that starts the answer; -1 for anything else (an alert). */
    static int serverHelloVersion(DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        in.readUnsignedShort(); // record version
        int length = in.readUnsignedShort();
        if (type != 22 || length < 6) {
            return -1; // 21 is an alert: protocol_version or handshake_failure
        }
        int handshake = in.readUnsignedByte();
        in.readUnsignedByte();
        in.readUnsignedShort(); // 24-bit handshake length
        return handshake == 2 ? in.readUnsignedShort() : -1;
    }

    static byte[] clientHello(int version, String host) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        u16(body, version);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        u16(body, SUITES.length * 2);
        for (int suite : SUITES) {
            u16(body, suite);
        }
        body.write(1);
        body.write(0); // null compression
        byte[] extensions = extensions(host);
        u16(body, extensions.length);
        body.writeBytes(extensions);

        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1); // client_hello
        u24(handshake, body.size());
        handshake.writeBytes(body.toByteArray());

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(22); // handshake
        u16(record, TLS10);
        u16(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static byte[] extensions(String host) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        if (!host.startsWith("[") && !host.matches("[0-9.]+")) {
            byte[] name = host.getBytes(StandardCharsets.US_ASCII);
            u16(all, 0x0000); // server_name
            u16(all, name.length + 5);
            u16(all, name.length + 3);
            all.write(0); // host_name
            u16(all, name.length);
            all.writeBytes(name);
        }
        u16(all, 0x000A); // supported_groups: x25519, secp256r1, secp384r1
        u16(all, 8);
        u16(all, 6);
        u16(all, 0x001D);
        u16(all, 0x0017);
        u16(all, 0x0018);
        u16(all, 0x000B); // ec_point_formats: uncompressed
        u16(all, 2);
        all.write(1);
        all.write(0);
        return all.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xFF);
        out.write(value & 0xFF);
    }

    private static void u24(ByteArrayOutputStream out, int value) {
        out.write((value >> 16) & 0xFF);
        u16(out, value & 0xFFFF);
    }
}
