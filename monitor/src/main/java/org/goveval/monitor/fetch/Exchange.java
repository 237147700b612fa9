package org.goveval.monitor.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.goveval.monitor.fetch.Outcome.Failed;

/**
 * One attempt: sends one request and reads the answer, all within the request budget. The client's own
 * request timeout stops at the response headers, so the attempt runs on its own virtual thread and is
 * cancelled (which interrupts it and aborts the exchange) when the budget runs out: a server that sends the
 * headers and then stalls cannot hang the fetch.
 */
final class Exchange {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient client;
    private final ExecutorService executor;
    private final FetchSettings settings;

    Exchange(HttpClient client, ExecutorService executor, FetchSettings settings) {
        this.client = client;
        this.executor = executor;
        this.settings = settings;
    }

    /**
     * @param maxBodyBytes the most decoded body bytes to keep; 0 closes the exchange after the headers
     * @throws InterruptedException if the calling thread is interrupted; the attempt is then cancelled
     */
    Outcome run(URI uri, Method method, long maxBodyBytes) throws InterruptedException {
        HttpRequest request;
        try {
            request = request(uri, method);
        } catch (IllegalArgumentException e) {
            return new Failed(FailureKind.INVALID_URL, "HttpClient refuses the URL: " + e.getMessage());
        }
        Future<Outcome> attempt = executor.submit(() -> send(request, method, maxBodyBytes));
        Duration budget = settings.requestBudget();
        try {
            return attempt.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            attempt.cancel(true);
            return new Failed(FailureKind.TIMEOUT, "no complete answer within " + budget.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return FailureClassifier.classify(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            attempt.cancel(true);
            throw e;
        }
    }

    private HttpRequest request(URI uri, Method method) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Redirects.withoutFragment(uri))
                .method(method.name(), HttpRequest.BodyPublishers.noBody())
                .timeout(settings.requestBudget())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // HTTP/2 over plain HTTP would mean an h2c Upgrade header, which some servers mishandle and
            // hardly any support; over https the client negotiates HTTP/2 or 1.1 by ALPN
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder.build();
    }

    private Outcome send(HttpRequest request, Method method, long maxBodyBytes)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
        // closing the stream before its end cancels the exchange: the rest of the body is never transferred,
        // and the connection is closed rather than reused
        try (InputStream raw = response.body()) {
            Map<String, List<String>> headers = lowerCaseNames(response.headers());
            int status = response.statusCode();
            if (maxBodyBytes == 0) {
                boolean mayHaveBody = mayHaveBody(method, status, headers);
                if (!mayHaveBody) {
                    // HEAD, 204, 304, Content-Length 0: the end follows the headers at once; waiting for it
                    // keeps the connection for the next request
                    BodyReader.drain(raw);
                }
                return new Answered(status, headers, new byte[0], mayHaveBody, versionOf(response));
            }
            BodyReader.Body body = BodyReader.read(
                    raw, headers.getOrDefault("content-encoding", List.of()), contentLength(headers), maxBodyBytes);
            return new Answered(status, headers, body.bytes(), body.truncated(), versionOf(response));
        }
    }

    private static HttpVersion versionOf(HttpResponse<?> response) {
        return response.version() == HttpClient.Version.HTTP_2 ? HttpVersion.HTTP_2 : HttpVersion.HTTP_1_1;
    }

    /** The Content-Length, or -1 when it is absent or not one number. */
    private static long contentLength(Map<String, List<String>> headers) {
        List<String> values = headers.getOrDefault("content-length", List.of());
        if (values.size() != 1) {
            return -1;
        }
        try {
            return Long.parseLong(values.get(0).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether a body not read may have had content (RFC 9110 §6.4.1): then the empty body is truncated. */
    private static boolean mayHaveBody(Method method, int status, Map<String, List<String>> headers) {
        if (method == Method.HEAD || status < 200 || status == 204 || status == 304) {
            return false;
        }
        return !headers.getOrDefault("content-length", List.of()).equals(List.of("0"));
    }

    private static Map<String, List<String>> lowerCaseNames(HttpHeaders headers) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.map()
                .forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        return lower;
    }
}
