package org.goveval.monitor.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A plain-HTTP server on 127.0.0.1 that answers whatever arrives with 400, as nginx or Apache do when a TLS
 * handshake reaches their plain port. (The JDK's HttpServer instead waits for a line end that a ClientHello
 * never sends, so an https request to it times out rather than failing the handshake.)
 */
final class PlaintextServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread acceptor;

    PlaintextServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        acceptor = Thread.ofVirtual().start(this::serve);
    }

    URI uri(String scheme, String path) {
        return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + path);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                InputStream in = connection.getInputStream();
                in.read(new byte[4096]);
                OutputStream out = connection.getOutputStream();
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed while accepting, or the client went away: nothing to answer
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}
