package org.goveval.sitefarm.internal.routes;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goveval.sitefarm.Encoding;
import org.goveval.sitefarm.internal.content.RenderedPage;

/**
 * An answer to send, or none at all.
 *
 * @param headers response headers; Content-Length is computed
 * @param hangUp close the connection without any answer (what a stalled request gets when the farm closes)
 */
public record Reply(int status, Map<String, String> headers, byte[] body, boolean hangUp) {
    public Reply {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    public static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, Map.of("Content-Type", contentType), body, false);
    }

    /** A status with no body, such as a redirect. */
    public static Reply empty(int status) {
        return new Reply(status, Map.of(), new byte[0], false);
    }

    public static Reply abort() {
        return new Reply(0, Map.of(), new byte[0], true);
    }

    /** An HTML page in the site's encoding with the given Content-Type header, or none. */
    public static Reply html(int status, RenderedPage page, Encoding encoding, Optional<String> contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        contentType.ifPresent(type -> headers.put("Content-Type", type));
        return new Reply(status, headers, encode(page.html(), encoding), false);
    }

    /** An HTML page with the site's usual Content-Type header. */
    public static Reply html(int status, RenderedPage page, Encoding encoding) {
        return html(status, page, encoding, Optional.of(htmlType(encoding)));
    }

    /** text/html with the charset the site declares. */
    public static String htmlType(Encoding encoding) {
        return "text/html; charset=" + encoding.declaredName();
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, body, hangUp);
    }

    /** Sends the answer; a HEAD request gets the headers and the Content-Length of the GET. */
    public void sendTo(HttpExchange exchange, boolean head) throws IOException {
        if (hangUp) {
            return;
        }
        headers.forEach(exchange.getResponseHeaders()::set);
        if (head || body.length == 0) {
            if (body.length > 0) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            }
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Encodes strictly: a character the encoding lacks is a bug of the generator, not a '?' in a page. */
    static byte[] encode(String text, Encoding encoding) {
        try {
            ByteBuffer bytes = encoding.charset()
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("page text not encodable in " + encoding + ": " + e.getMessage(), e);
        }
    }
}
