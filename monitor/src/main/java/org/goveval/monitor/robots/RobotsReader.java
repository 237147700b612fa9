package org.goveval.monitor.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchResult;

/** Turns the fetch of a robots.txt into rules, following RFC 9309 §2.3.1 for every outcome. */
final class RobotsReader {
    /**
     * How much of a robots.txt is parsed: RFC 9309 §2.5 requires at least 500 KiB. The fetch asks for a
     * little more ({@link RobotsCache#FETCH_LIMIT_BYTES}) so that a cut can fall back to a whole line.
     */
    static final int PARSE_LIMIT_BYTES = 500 * 1024;

    // crawler-commons disallows everything above a Crawl-delay of 5 minutes; the gate caps the delay instead.
    private static final long NO_CRAWL_DELAY_LIMIT = Long.MAX_VALUE;
    private static final int MAX_WARNINGS_LOGGED = 5;

    private RobotsReader() {}

    /**
     * The rules for the token.
     *
     * @param productToken the crawler's product token, matched case-insensitively (RFC 9309 §2.2.1)
     */
    static RobotsRules read(URI robotsUri, FetchResult fetched, String productToken) {
        String via = fetched.finalUri().equals(robotsUri) ? "" : " via " + fetched.finalUri();
        if (fetched.failure().isPresent()) {
            FailureKind kind = fetched.failure().get();
            String detail = kind + (fetched.failureDetail().isEmpty() ? "" : ": " + fetched.failureDetail());
            return unreachable(kind)
                    ? RobotsRules.disallowAll(robotsUri, detail + via, fetched.failure())
                    : RobotsRules.allowAll(robotsUri, detail + via, fetched.failure());
        }
        int status = fetched.status();
        if (status >= 200 && status < 300) {
            return parse(robotsUri, fetched, productToken, via);
        }
        String detail = "HTTP " + status + via;
        // 429 asks the crawler to slow down; reading it as "no robots.txt" would answer with a full crawl.
        // Search engines treat it as a server error too.
        if (status == 429 || status >= 500 || status < 200) {
            return RobotsRules.disallowAll(robotsUri, detail, Optional.empty());
        }
        // 4xx: unavailable (§2.3.1.3). A 3xx left unfollowed: the redirects led nowhere (§2.3.1.2).
        return RobotsRules.allowAll(robotsUri, detail, Optional.empty());
    }

    /**
     * RFC 9309 §2.3.1.4: no answer from the server means "unreachable". Redirects that cannot be followed to
     * an end mean "unavailable" instead (§2.3.1.2: after five redirects a crawler may assume so).
     */
    private static boolean unreachable(FailureKind kind) {
        return switch (kind) {
            case DNS_FAILURE, CONNECTION_FAILED, TIMEOUT, TLS_ERROR, BLOCKED_ADDRESS -> true;
            case REDIRECT_LOOP, TOO_MANY_REDIRECTS, INVALID_URL -> false;
        };
    }

    private static RobotsRules parse(URI robotsUri, FetchResult fetched, String productToken, String via) {
        byte[] body = fetched.body();
        int length = parsedLength(body, fetched.truncated());
        byte[] content = length == body.length ? body : Arrays.copyOf(body, length);
        String mediaType = fetched.mediaType().orElse("text/plain");
        BaseRobotRules parsed = new SimpleRobotRulesParser(NO_CRAWL_DELAY_LIMIT, MAX_WARNINGS_LOGGED)
                .parseContent(
                        fetched.finalUri().toString(),
                        content,
                        mediaType,
                        List.of(productToken.toLowerCase(Locale.ROOT)));
        String detail = "HTTP " + fetched.status() + ", " + mediaType + ", " + body.length + " bytes"
                + (fetched.truncated() ? " or more" : "")
                + (length < body.length || fetched.truncated() ? ", first " + length + " parsed" : "")
                + via;
        return RobotsRules.fetched(robotsUri, parsed, detail);
    }

    /**
     * How many bytes to parse: all of a complete file up to the limit; otherwise up to the last line break
     * before the cut, so that a rule cut in half ({@code Disallow: /admin} read as {@code Disallow: /ad})
     * is not parsed as a different rule.
     */
    static int parsedLength(byte[] body, boolean truncated) {
        if (!truncated && body.length <= PARSE_LIMIT_BYTES) {
            return body.length;
        }
        int end = Math.min(body.length, PARSE_LIMIT_BYTES);
        for (int i = end - 1; i >= 0; i--) {
            if (body[i] == '\n' || body[i] == '\r') {
                return i + 1;
            }
        }
        return end; // one endless line: parse what the limit allows
    }
}
