package org.goveval.monitor.scan;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A tiny site on 127.0.0.1 for scanner edge cases: each path answers a fixed status, body or redirect. */
final class MiniSite implements AutoCloseable {
    private record Answer(int status, String location, String body, Duration delay, String type) {
        Answer(int status, String location, String body, Duration delay) {
            this(status, location, body, delay, "text/html; charset=utf-8");
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** Answers given to a path's first requests, in order, before its usual answer. */
    private final Map<String, Queue<Answer>> firstAnswers = new ConcurrentHashMap<>();
    /** Path → {@link System#nanoTime()} of each request, in order of arrival. */
    private final Map<String, List<Long>> requests = new ConcurrentHashMap<>();

    MiniSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            Queue<Answer> first = firstAnswers.get(path);
            Answer early = first == null ? null : first.poll();
            Answer answer = early != null
                    ? early
                    : answers.getOrDefault(
                            path,
                            new Answer(
                                    404, "", "<html><title>404</title><body>Not Found</body></html>", Duration.ZERO));
            try {
                Thread.sleep(answer.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!answer.location().isEmpty()) {
                exchange.getResponseHeaders().add("Location", answer.location());
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.type());
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        page("/robots.txt", "");
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** A 200 page whose body links to the given hrefs. */
    MiniSite page(String path, String... hrefs) {
        return slowPage(path, Duration.ZERO, hrefs);
    }

    MiniSite slowPage(String path, Duration delay, String... hrefs) {
        StringBuilder body =
                new StringBuilder("<html><head><title>" + path + "</title></head><body><p>第" + path + "页的内容。</p>");
        for (String href : hrefs) {
            body.append("<a href=\"").append(href).append("\">").append(href).append("</a> ");
        }
        answers.put(path, new Answer(200, "", body.append("</body></html>").toString(), delay));
        return this;
    }

    /** A 200 answer with the given content type and body (an attachment, or an HTML page with a given text). */
    MiniSite file(String path, String type, String body) {
        answers.put(path, new Answer(200, "", body, Duration.ZERO, type));
        return this;
    }

    /** A fixed status with a short HTML body (403, 500 …), whatever the method. */
    MiniSite status(String path, int status) {
        answers.put(
                path,
                new Answer(
                        status,
                        "",
                        "<html><title>" + status + "</title><body>" + status + "</body></html>",
                        Duration.ZERO));
        return this;
    }

    /** The first requests for a path get these statuses, one each, before the path's usual answer. */
    MiniSite firstAnswers(String path, int... statuses) {
        Queue<Answer> queue = new ConcurrentLinkedQueue<>();
        for (int status : statuses) {
            queue.add(new Answer(
                    status,
                    "",
                    "<html><title>" + status + "</title><body>" + status + "</body></html>",
                    Duration.ZERO));
        }
        firstAnswers.put(path, queue);
        return this;
    }

    /** When each request for a path arrived ({@link System#nanoTime()}), in order; HEAD and GET alike. */
    List<Long> requestTimes(String path) {
        return List.copyOf(requests.getOrDefault(path, List.of()));
    }

    MiniSite redirect(String path, String location) {
        answers.put(path, new Answer(301, location, "", Duration.ZERO));
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
