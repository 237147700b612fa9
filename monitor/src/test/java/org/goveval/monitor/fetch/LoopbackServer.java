package org.goveval.monitor.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on 127.0.0.1 (or another loopback address) and a free port, with one handler per exact path, recording every request.
 * Handlers that must hang wait on {@link #awaitRelease}, which {@link #close} releases.
 */
final class LoopbackServer implements AutoCloseable {
    /** What the server received. Header names as the JDK server normalises them ("User-agent"). */
    record Received(String method, String rawPath, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue()))
                    .findFirst()
                    .orElse("");
        }
    }

    @FunctionalInterface
    interface Route {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    LoopbackServer() throws IOException {
        this(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
    }

    /** A server on another loopback address (127.0.0.2 …) and a given port; 0 for a free one. */
    LoopbackServer(InetAddress address, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        // a handler that hangs must not hold up the others
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    LoopbackServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + pathAndQuery);
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    long hits(String rawPath) {
        return received.stream().filter(r -> r.rawPath().equals(rawPath)).count();
    }

    /** Blocks a handler until the server closes. */
    void awaitRelease() throws InterruptedException {
        release.await();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders())));
        try (exchange) {
            Route route = routes.get(path);
            if (route == null) {
                send(exchange, 404, "no route " + path);
            } else {
                route.handle(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers with a status and a UTF-8 text body. */
    static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers with a status and a body; no body at all for HEAD. */
    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Answers with a redirect. */
    static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, status, "");
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
