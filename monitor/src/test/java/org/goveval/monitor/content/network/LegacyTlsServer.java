package org.goveval.monitor.content.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Plays an old server that still speaks TLS 1.0 and 1.1 (which the JDK's own server refuses): it reads a
 * ClientHello and answers with a ServerHello of the version the client offered, then hangs up. Only the first
 * record matters to {@link LegacyTlsProbe}.
 */
final class LegacyTlsServer implements AutoCloseable {
    private final ServerSocket socket;

    LegacyTlsServer() {
        try {
            socket = new ServerSocket(0, 50, TlsSite.loopback4());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                in.readUnsignedByte(); // record type
                in.readUnsignedShort(); // record version
                in.readUnsignedShort(); // record length
                in.readUnsignedByte(); // client_hello
                in.readUnsignedByte();
                in.readUnsignedShort(); // handshake length
                int version = in.readUnsignedShort();
                DataOutputStream out = new DataOutputStream(client.getOutputStream());
                out.writeByte(22);
                out.writeShort(version);
                out.writeShort(4 + 38);
                out.writeByte(2); // server_hello
                out.writeByte(0);
                out.writeShort(38);
                out.writeShort(version);
                out.write(new byte[32]); // random
                out.writeByte(0); // session id
                out.writeShort(0x002F);
                out.writeByte(0);
                out.flush();
            } catch (IOException e) {
                // closed, or a client that went away
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
