package org.goveval.monitor.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.goveval.monitor.fetch.Outcome.Answered;

/** The redirect rules of RFC 9110 §15.4, as browsers apply them. */
final class Redirects {
    private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);
    /** Characters a URI may not contain but servers put in Location headers anyway; browsers escape them. */
    private static final String UNSAFE = "\"<>^`{|} ";

    private Redirects() {}

    /** The Location to follow, or empty when the answer is final: not a redirect status, or no Location. */
    static Optional<String> location(Answered answer) {
        if (!STATUSES.contains(answer.status())) {
            return Optional.empty();
        }
        return answer.header("location").map(String::strip).filter(location -> !location.isEmpty());
    }

    /**
     * Resolves a Location against the URL that answered (RFC 3986 §5), without its fragment, which is never
     * sent.
     *
     * @throws URISyntaxException when the Location cannot be parsed even after escaping
     */
    static URI target(URI base, String location) throws URISyntaxException {
        URI reference = new URI(escaped(location));
        URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
        URI resolved;
        if (!reference.isAbsolute() && location.startsWith("?")) {
            // URI.resolve follows RFC 2396 here and drops the last path segment; RFC 3986 keeps the path
            resolved = new URI(from.getScheme() + ":"
                    + from.getRawSchemeSpecificPart().split("\\?", 2)[0] + "?" + reference.getRawQuery());
        } else {
            resolved = from.resolve(reference);
        }
        return withoutFragment(resolved);
    }

    /**
     * The method for the next request. RFC 9110 §15.4.4: after a 303 a user agent retrieves the target with
     * GET, or HEAD if it sent HEAD; the other redirects keep the method. The monitor sends only GET and HEAD,
     * so the method never changes.
     */
    static Method methodAfter(int status, Method method) {
        return method;
    }

    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    /**
     * Escapes what a URI may not contain. The HTTP client reads header bytes as UTF-8, so a raw UTF-8
     * Location arrives as its characters: each non-ASCII one is escaped as its UTF-8 bytes, as browsers do.
     */
    private static String escaped(String location) {
        StringBuilder out = new StringBuilder(location.length());
        HexFormat hex = HexFormat.of().withUpperCase();
        location.codePoints().forEach(c -> {
            if (c == '\\') {
                // browsers read a backslash in an http URL as a slash (WHATWG URL standard)
                out.append('/');
            } else if (c < 0x20 || c == 0x7F || UNSAFE.indexOf(c) >= 0) {
                out.append('%').append(hex.toHexDigits((byte) c));
            } else if (c > 0x7F) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(hex.toHexDigits(b));
                }
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
