package org.goveval.sitefarm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.goveval.sitefarm.internal.routes.Reply;
import org.goveval.sitefarm.internal.routes.Request;

/**
 * What a site's faces do to a request that names the site ({@code Host: SITE.farm.test:PORT}): the http face
 * redirects it to https (unless {@link ContentDefect#NO_HTTPS_REDIRECT}); every face answers with the site's
 * origin ({@code http://127.0.0.1:PORT}) rewritten to its own, so that a crawl by name stays on the name; https
 * answers carry HSTS (unless {@link ContentDefect#NO_HSTS}). A request by address is answered unchanged.
 */
final class FaceRules {
    static final FaceRules NONE = new FaceRules("", "", 0, false, false);

    private final String host;
    private final String origin;
    private final int httpsPort;
    private final boolean redirect;
    private final boolean hsts;

    /**
     * @param origin the site's own origin, {@code http://127.0.0.1:PORT}
     */
    FaceRules(String host, String origin, int httpsPort, boolean redirect, boolean hsts) {
        this.host = host;
        this.origin = origin;
        this.httpsPort = httpsPort;
        this.redirect = redirect;
        this.hsts = hsts;
    }

    /** The redirect to https an http request by name gets, before any route answers. */
    Optional<Reply> redirect(HttpExchange exchange, Request request) {
        if (!redirect || !named(exchange) || exchange instanceof HttpsExchange) {
            return Optional.empty();
        }
        return Optional.of(
                Reply.empty(301).withHeader("Location", "https://" + host + ":" + httpsPort + request.pathAndQuery()));
    }

    /** The answer as this face sends it. */
    Reply adapt(HttpExchange exchange, Reply reply) {
        if (!named(exchange) || reply.hangUp()) {
            return reply;
        }
        boolean https = exchange instanceof HttpsExchange;
        String face = (https ? "https" : "http") + "://" + host + ":"
                + exchange.getLocalAddress().getPort();
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        headers.computeIfPresent("Location", (name, value) -> value.replace(origin, face));
        if (https && hsts) {
            headers.put("Strict-Transport-Security", "max-age=" + SiteNetwork.HSTS_MAX_AGE);
        }
        return new Reply(reply.status(), headers, replace(reply.body(), origin, face), false);
    }

    private boolean named(HttpExchange exchange) {
        if (host.isEmpty()) {
            return false;
        }
        String value = exchange.getRequestHeaders().getFirst("Host");
        if (value == null) {
            return false;
        }
        int colon = value.lastIndexOf(':');
        String name = colon < 0 || value.endsWith("]") ? value : value.substring(0, colon);
        return name.toLowerCase(Locale.ROOT).equals(host);
    }

    /**
     * Replaces every occurrence of an origin in bytes of an ASCII-compatible encoding (UTF-8, GBK); an occurrence
     * followed by a digit is another port and stays.
     */
    static byte[] replace(byte[] body, String from, String to) {
        byte[] pattern = from.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length + 256);
        int i = 0;
        while (i < body.length) {
            if (matchesAt(body, i, pattern)) {
                out.writeBytes(replacement);
                i += pattern.length;
            } else {
                out.write(body[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean matchesAt(byte[] body, int at, byte[] pattern) {
        if (pattern.length == 0 || at + pattern.length > body.length) {
            return false;
        }
        for (int k = 0; k < pattern.length; k++) {
            if (body[at + k] != pattern[k]) {
                return false;
            }
        }
        int next = at + pattern.length;
        return next == body.length || body[next] < '0' || body[next] > '9';
    }
}
