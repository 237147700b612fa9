package org.goveval.monitor.links;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one URL.
 *
 * @param kind why it is broken, for {@link Verdict#BROKEN} only
 * @param status the last HTTP status, or empty when there was no response
 * @param detail a short technical detail for the report (failure message, redirect target), or ""
 */
public record LinkCheck(URI url, Verdict verdict, Optional<LinkKind> kind, Optional<Integer> status, String detail) {
    public LinkCheck {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        if (kind.isPresent() != (verdict == Verdict.BROKEN)) {
            throw new IllegalArgumentException(
                    "a kind goes with a broken link and only with one: " + verdict + " " + kind);
        }
    }

    static LinkCheck of(URI url, Verdict verdict, Optional<Integer> status, String detail) {
        return new LinkCheck(url, verdict, Optional.empty(), status, detail);
    }

    static LinkCheck broken(URI url, LinkKind kind, Optional<Integer> status, String detail) {
        return new LinkCheck(url, Verdict.BROKEN, Optional.of(kind), status, detail);
    }
}
