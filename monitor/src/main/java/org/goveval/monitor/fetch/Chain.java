package org.goveval.monitor.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.goveval.monitor.fetch.Outcome.Failed;

/** One fetch as it follows redirects: where it is, where it has been, how many requests it has sent. */
final class Chain {
    private final URI requested;
    private final long maxBodyBytes;
    private final Instant startedAt;
    private final long startedNanos;
    private final List<Hop> hops = new ArrayList<>();
    /** Without fragments: two URLs that differ only there are the same request. */
    private final Set<URI> visited = new HashSet<>();

    private URI current;
    private Method method;
    private int attempts;

    /**
     * @param maxBodyBytes the request's cap, already bounded by the settings' cap
     * @param startedNanos the start on the fetcher's monotonic source, from which the elapsed time is counted
     */
    Chain(FetchRequest request, long maxBodyBytes, Instant startedAt, long startedNanos) {
        this.requested = request.uri();
        this.maxBodyBytes = maxBodyBytes;
        this.startedAt = startedAt;
        this.startedNanos = startedNanos;
        this.current = request.uri();
        this.method = request.method();
        visited.add(Redirects.withoutFragment(request.uri()));
    }

    URI current() {
        return current;
    }

    Method method() {
        return method;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Counts a request about to be sent. */
    void sending() {
        attempts++;
    }

    /**
     * Records a redirect answer as a hop and moves to its target, or says why the chain stops there: the
     * Location cannot be parsed (INVALID_URL), its target was visited before (REDIRECT_LOOP), or this is one
     * redirect more than allowed (TOO_MANY_REDIRECTS). The chain then stays at the URL that answered.
     */
    Optional<Failed> follow(Answered redirect, String location, int maxRedirects) {
        hops.add(new Hop(current, redirect.status()));
        URI target;
        try {
            target = Redirects.target(current, location);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of(new Failed(FailureKind.INVALID_URL, "unparsable Location: " + location));
        }
        if (!visited.add(target)) {
            return Optional.of(new Failed(FailureKind.REDIRECT_LOOP, "redirect back to " + target));
        }
        if (hops.size() > maxRedirects) {
            return Optional.of(new Failed(
                    FailureKind.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects; next: " + target));
        }
        method = Redirects.methodAfter(redirect.status(), method);
        current = target;
        return Optional.empty();
    }

    /** The fetch's result, ending now ({@code nowNanos} on the same source as the start). */
    FetchResult result(Outcome outcome, long nowNanos) {
        Duration elapsed = Duration.ofNanos(nowNanos - startedNanos);
        return switch (outcome) {
            case Answered answer ->
                new FetchResult(
                        requested,
                        current,
                        hops,
                        answer.status(),
                        answer.headers(),
                        answer.body(),
                        answer.truncated(),
                        Optional.empty(),
                        "",
                        attempts,
                        startedAt,
                        elapsed,
                        Optional.of(answer.version()));
            case Failed failed ->
                FetchResult.failed(
                        requested, current, hops, failed.kind(), failed.detail(), attempts, startedAt, elapsed);
        };
    }
}
