package org.goveval.sitefarm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/** The two odd ports of a farm: one refusing connections, one answering plain HTTP to anything. */
final class LoopbackPorts implements AutoCloseable {
    /** 127.0.0.1 itself, never a name to resolve. */
    static final InetAddress LOOPBACK = loopback();

    private static final byte[] BAD_REQUEST = ("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 11\r\nConnection: close\r\n\r\nBad Request")
            .getBytes(StandardCharsets.US_ASCII);

    private final Socket dead;
    private final ServerSocket plain;

    private LoopbackPorts(Socket dead, ServerSocket plain) {
        this.dead = dead;
        this.plain = plain;
    }

    /**
     * Binds the two ports. The dead port is held by a client socket bound without connecting: nothing listens
     * there, so connections are refused, and no one else can bind it while the farm runs.
     */
    static LoopbackPorts open(ExecutorService executor) throws IOException {
        Socket dead = new Socket();
        try {
            dead.bind(new InetSocketAddress(LOOPBACK, 0));
            ServerSocket plain = new ServerSocket(0, 50, LOOPBACK);
            executor.execute(() -> acceptLoop(plain, executor));
            return new LoopbackPorts(dead, plain);
        } catch (IOException | RuntimeException e) {
            dead.close();
            throw e;
        }
    }

    int deadPort() {
        return dead.getLocalPort();
    }

    int plainHttpPort() {
        return plain.getLocalPort();
    }

    /**
     * Answers every connection the way a strict plain-HTTP server answers a TLS ClientHello: a 400 as soon as
     * the first bytes arrive, then close. (The JDK's HttpServer would instead wait for a line end that never
     * comes, and the client would see a timeout, not a TLS error.)
     */
    private static void acceptLoop(ServerSocket plain, ExecutorService executor) {
        while (!plain.isClosed()) {
            try {
                Socket socket = plain.accept();
                executor.execute(() -> answerBadRequest(socket));
            } catch (IOException e) {
                return; // closed with the farm
            }
        }
    }

    private static void answerBadRequest(Socket socket) {
        try (socket) {
            socket.setSoTimeout(2_000);
            InputStream in = socket.getInputStream();
            in.read(new byte[4096]);
            OutputStream out = socket.getOutputStream();
            out.write(BAD_REQUEST);
            out.flush();
            socket.shutdownOutput();
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    @Override
    public void close() throws IOException {
        try (dead) {
            plain.close();
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are a valid IPv4 address", e);
        }
    }
}
