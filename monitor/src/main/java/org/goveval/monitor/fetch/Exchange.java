package org.goveval.monitor.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.goveval.monitor.fetch.Outcome.Failed;

/**
 * One attempt: sends one request and reads the answer, all within the request budget, on the calling thread.
 * The client's call timeout is the budget and covers connecting, the headers and reading the body, so a
 * server that sends the headers and then stalls cannot hang the fetch. The host is pinned to the address the
 * address policy allowed (see {@link PinnedDns}) while the attempt runs.
 */
final class Exchange {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final ConnectionShards clients;
    private final PinnedDns dns;
    private final FetchSettings settings;

    /** @param clients clients that resolve names through {@code dns} only, with the budget as call timeout */
    Exchange(ConnectionShards clients, PinnedDns dns, FetchSettings settings) {
        this.clients = clients;
        this.dns = dns;
        this.settings = settings;
    }

    /**
     * @param address the address the policy allowed for the URL's host: the only one connected to
     * @param maxBodyBytes the most decoded body bytes to keep; 0 closes the exchange after the headers
     * @throws InterruptedException if the calling thread is interrupted; the attempt is then abandoned
     */
    Outcome run(URI uri, InetAddress address, Method method, long maxBodyBytes) throws InterruptedException {
        HttpUrl url = HttpUrl.parse(Redirects.withoutFragment(uri).toString());
        if (url == null) {
            return new Failed(FailureKind.INVALID_URL, "the HTTP client refuses the URL: " + uri);
        }
        Call call = clients.forOrigin(url).newCall(request(url, method));
        try (PinnedDns.Lease pinned = dns.pin(url.host(), address)) {
            return send(call, method, maxBodyBytes);
        } catch (IOException e) {
            // an interrupted virtual thread's socket is closed under it; OkHttp then throws whatever the
            // read or connect did, and the flag tells the interrupt from a network failure
            if (Thread.interrupted()) {
                call.cancel();
                throw new InterruptedException("interrupted while fetching " + uri);
            }
            return FailureClassifier.classify(e, settings.requestBudget());
        }
    }

    private Request request(HttpUrl url, Method method) {
        // no h2c on plain http: OkHttp offers HTTP/2 only by ALPN over TLS. Setting Accept-Encoding keeps it
        // from decoding gzip itself; BodyReader decodes and caps the decoded size
        return new Request.Builder()
                .url(url)
                .method(method.name(), null)
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate")
                .build();
    }

    private static Outcome send(Call call, Method method, long maxBodyBytes) throws IOException {
        try (Response response = call.execute();
                // closing the stream before its end cancels the call: the rest of the body is never
                // transferred, and the connection is closed rather than reused
                InputStream raw = new AbandonableBody(response.body().byteStream(), call)) {
            Map<String, List<String>> headers = response.headers().toMultimap(); // names in lower case
            int status = response.code();
            HttpVersion version = versionOf(response.protocol());
            if (maxBodyBytes == 0) {
                boolean mayHaveBody = mayHaveBody(method, status, headers);
                if (!mayHaveBody) {
                    // HEAD, 204, 304, Content-Length 0: the end follows the headers at once; reading it
                    // keeps the connection for the next request
                    BodyReader.drain(raw);
                }
                return new Answered(status, headers, new byte[0], mayHaveBody, version);
            }
            BodyReader.Body body = BodyReader.read(
                    raw, headers.getOrDefault("content-encoding", List.of()), contentLength(headers), maxBodyBytes);
            return new Answered(status, headers, body.bytes(), body.truncated(), version);
        }
    }

    private static HttpVersion versionOf(Protocol protocol) {
        return protocol == Protocol.HTTP_2 ? HttpVersion.HTTP_2 : HttpVersion.HTTP_1_1;
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
}
