package org.goveval.sitefarm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain client for the farm on loopback: no redirects followed, short timeouts. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    private Http() {}

    static HttpResponse<byte[]> get(URI uri) {
        return send(request(uri).GET().build());
    }

    static HttpResponse<byte[]> get(URI uri, String userAgent) {
        return send(request(uri).header("User-Agent", userAgent).GET().build());
    }

    static HttpResponse<byte[]> head(URI uri) {
        return send(
                request(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    }

    static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
