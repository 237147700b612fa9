package org.goveval.monitor.content.network;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.goveval.sitefarm.tls.ServerIdentity;

/**
 * A tiny site for the network check's tests: an http and an https server on one loopback address, every path a
 * small HTML page (200) except the {@code missing} ones (404). Options: http redirects to https, https sends
 * HSTS. Each test names what it needs; nothing here is shared between tests.
 */
final class TlsSite implements AutoCloseable {
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final int httpPort;
    private final int httpsPort;

    private TlsSite(
            InetAddress address,
            int httpPort,
            int httpsPort,
            String host,
            ServerIdentity identity,
            boolean redirect,
            boolean hsts,
            Set<String> missing) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(address, httpPort), 0);
            HttpsServer https = HttpsServer.create(new InetSocketAddress(address, httpsPort), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(identity.serverContext()));
            servers.add(http);
            servers.add(https);
            this.httpPort = http.getAddress().getPort();
            this.httpsPort = https.getAddress().getPort();
            http.createContext("/", exchange -> {
                if (redirect) {
                    exchange.getResponseHeaders()
                            .set("Location", "https://" + host + ":" + this.httpsPort + exchange.getRequestURI());
                    exchange.sendResponseHeaders(301, -1);
                    exchange.close();
                } else {
                    page(exchange, missing);
                }
            });
            https.createContext("/", exchange -> {
                if (hsts) {
                    exchange.getResponseHeaders()
                            .set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
                }
                page(exchange, missing);
            });
            for (HttpServer server : servers) {
                server.setExecutor(executor);
                server.start();
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot bind a test site on " + address, e);
        }
    }

    /** A site on 127.0.0.1 with ephemeral ports. */
    static TlsSite start(String host, ServerIdentity identity, boolean redirect, boolean hsts) {
        return new TlsSite(loopback4(), 0, 0, host, identity, redirect, hsts, Set.of());
    }

    /** The same site on another address and the given ports (its IPv6 face), with some paths missing there. */
    static TlsSite startLike(
            TlsSite twin,
            InetAddress address,
            String host,
            ServerIdentity identity,
            boolean hsts,
            Set<String> missing) {
        return new TlsSite(address, twin.httpPort, twin.httpsPort, host, identity, false, hsts, missing);
    }

    int httpPort() {
        return httpPort;
    }

    int httpsPort() {
        return httpsPort;
    }

    private static void page(HttpExchange exchange, Set<String> missing) throws IOException {
        boolean gone = missing.contains(exchange.getRequestURI().getPath());
        byte[] body = ("<!doctype html><html><head><title>test</title></head><body>" + (gone ? "页面不存在" : "政务公开")
                        + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(gone ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static InetAddress loopback4() {
        return org.goveval.monitor.net.StubResolver.ip("127.0.0.1");
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.shutdownNow();
    }
}
