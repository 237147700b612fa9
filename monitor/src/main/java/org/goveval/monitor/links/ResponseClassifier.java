package org.goveval.monitor.links;

import java.net.URI;
import java.util.Optional;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Turns a fetch result into a link verdict, before any soft-404 check: network failures and error statuses
 * are broken links of their kind; 403 and 429 are blocked or throttled. A scan asks a 403 again at its end
 * and keeps BLOCKED only for a second 403 (see the scan's ScanRun).
 */
public final class ResponseClassifier {
    private ResponseClassifier() {}

    /** The verdict, or empty when the response is a 2xx/3xx that needs no further judgement here. */
    public static Optional<LinkCheck> classify(URI url, FetchResult result) {
        if (result.failure().isPresent()) {
            return Optional.of(failure(url, result.failure().get(), result.failureDetail()));
        }
        int status = result.status();
        Optional<Integer> s = Optional.of(status);
        if (status == 429) {
            return Optional.of(LinkCheck.of(url, Verdict.THROTTLED, s, "429 Too Many Requests after retries"));
        }
        if (status == 403) {
            return Optional.of(LinkCheck.of(url, Verdict.BLOCKED, s, "403 Forbidden"));
        }
        if (status >= 400) {
            return Optional.of(LinkCheck.broken(url, LinkKind.HTTP_ERROR, s, "HTTP " + status));
        }
        return Optional.empty();
    }

    /** The verdict on a URL whose fetch failed, or that was never fetched because its host failed first. */
    public static LinkCheck failure(URI url, FailureKind failure, String detail) {
        Optional<Integer> none = Optional.empty();
        return switch (failure) {
            case DNS_FAILURE -> LinkCheck.broken(url, LinkKind.DNS_FAILURE, none, detail);
            case CONNECTION_FAILED -> LinkCheck.broken(url, LinkKind.CONNECTION_FAILED, none, detail);
            case TIMEOUT -> LinkCheck.broken(url, LinkKind.TIMEOUT, none, detail);
            case TLS_ERROR -> LinkCheck.broken(url, LinkKind.TLS_ERROR, none, detail);
            case REDIRECT_LOOP -> LinkCheck.broken(url, LinkKind.REDIRECT_LOOP, none, detail);
            case TOO_MANY_REDIRECTS -> LinkCheck.broken(url, LinkKind.TOO_MANY_REDIRECTS, none, detail);
            case BLOCKED_ADDRESS, INVALID_URL -> LinkCheck.of(url, Verdict.REFUSED, none, failure + ": " + detail);
        };
    }
}
