package org.goveval.sitefarm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.goveval.sitefarm.internal.content.RoguePages;

/**
 * The farm's re-registered domain ({@link RoguePages}) on its own loopback port: a host that is no farm site,
 * answers 200 to its pages and 404 to anything else (robots.txt included: everything is allowed). Its
 * requests are not in the request log, which is about the farm's own sites.
 */
final class RogueHost {
    private final HttpServer server;

    private RogueHost(HttpServer server) {
        this.server = server;
    }

    static RogueHost start(ExecutorService executor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(LoopbackPorts.LOOPBACK, 0), 0);
        server.createContext("/", RogueHost::answer);
        server.setExecutor(executor);
        server.start();
        return new RogueHost(server);
    }

    HttpServer server() {
        return server;
    }

    URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<RoguePages.Page> page =
                    RoguePages.at(exchange.getRequestURI().getRawPath());
            byte[] body = page.map(RoguePages::html)
                    .orElse("<html><body><h1>404 Not Found</h1></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(page.isPresent() ? 200 : 404, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
