package org.goveval.monitor.robots;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.politeness.HostKey;

/**
 * The robots rules of every host the monitor visits, each fetched once and kept for a time to live.
 *
 * <p>A host is a {@link HostKey} (scheme, host, port): RFC 9309 §2.3 gives each its own robots.txt at
 * {@code /robots.txt}. Concurrent callers for one host share one fetch, made on the first caller's thread;
 * callers for other hosts are not held up. What the fetch yields, a failure included, is kept for the time
 * to live (24 hours by default, RFC 9309 §2.4), then fetched again on the next call.
 *
 * <p>The fetch function gets {@code scheme://authority/robots.txt} and must follow redirects (RFC 9309
 * §2.3.1.2 asks for at least five; the monitor's fetcher follows ten) and read at most {@link
 * #FETCH_LIMIT_BYTES}. A robots.txt reached through redirects to another host is still used. The function
 * reports failures in its result and must not throw; if it does, the callers waiting on it get an {@link
 * IllegalStateException} and the next call fetches again.
 *
 * <p>The fetch usually passes through the politeness gate: do not ask for a host's rules while holding one
 * of that host's permits, or the fetch may wait for the caller's own slot.
 */
public final class RobotsCache {
    /** How long rules are kept: RFC 9309 §2.4 asks not to use a cached robots.txt for more than 24 hours. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);

    /**
     * How much of a robots.txt the fetch function should read: 512 KiB, a little over the 500 KiB that RFC
     * 9309 §2.5 requires a crawler to parse, so that the parser can cut at a whole line.
     */
    public static final int FETCH_LIMIT_BYTES = 512 * 1024;

    // RFC 9309 §2.2.1: a product token is letters, underscores and hyphens.
    private static final Pattern PRODUCT_TOKEN = Pattern.compile("[A-Za-z_-]+");

    private final Function<URI, FetchResult> fetchRobots;
    private final String productToken;
    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentHashMap<HostKey, FutureTask<Entry>> entries = new ConcurrentHashMap<>();

    /** What one fetch produced; not kept when the fetching thread was interrupted, which says nothing of the site. */
    private record Entry(RobotsRules rules, Instant expiresAt, boolean keep) {}

    /**
     * @param fetchRobots fetches a robots.txt URL, following redirects; see the class comment
     * @param productToken the monitor's product token, such as {@code goveval}; matched case-insensitively
     *     against User-agent lines, and the {@code *} group applies when none matches (RFC 9309 §2.2.1)
     * @param ttl how long to keep a host's rules; positive
     */
    public RobotsCache(Function<URI, FetchResult> fetchRobots, String productToken, Clock clock, Duration ttl) {
        this.fetchRobots = Objects.requireNonNull(fetchRobots, "fetchRobots");
        this.productToken = Objects.requireNonNull(productToken, "productToken");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (!PRODUCT_TOKEN.matcher(productToken).matches()) {
            throw new IllegalArgumentException(
                    "productToken must be letters, '_' and '-' only (RFC 9309 §2.2.1): " + productToken);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
    }

    /** A cache that keeps rules for {@link #DEFAULT_TTL}. */
    public RobotsCache(Function<URI, FetchResult> fetchRobots, String productToken, Clock clock) {
        this(fetchRobots, productToken, clock, DEFAULT_TTL);
    }

    /**
     * The rules of the URL's host, fetched if they are not cached or have expired; blocks while another
     * thread fetches them.
     *
     * <p>If the thread is interrupted while it waits or fetches, it gets rules that disallow everything,
     * which are not cached, and its interrupt flag stays set.
     *
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL with a host
     * @throws IllegalStateException if the fetch function threw
     */
    public RobotsRules rulesFor(URI anyUriOfHost) {
        HostKey host = HostKey.of(anyUriOfHost);
        while (true) {
            FutureTask<Entry> load = new FutureTask<>(() -> load(host));
            Instant now = clock.instant();
            FutureTask<Entry> current = entries.compute(host, (k, old) -> isUsable(old, now) ? old : load);
            if (current == load) {
                load.run();
            }
            Optional<Entry> entry = await(current, host);
            if (entry.isEmpty()) {
                return RobotsRules.disallowAll(
                        robotsUri(host), "interrupted while waiting for robots.txt", Optional.empty());
            }
            if (entry.get().keep() || current == load) {
                if (!entry.get().keep()) {
                    entries.remove(host, load);
                }
                return entry.get().rules();
            }
            // Another thread fetched for us but was interrupted: its result says nothing of the site.
        }
    }

    private Entry load(HostKey host) {
        URI robotsUri = robotsUri(host);
        FetchResult fetched = fetchRobots.apply(robotsUri);
        if (Thread.currentThread().isInterrupted()) {
            return new Entry(
                    RobotsRules.disallowAll(robotsUri, "interrupted while fetching robots.txt", Optional.empty()),
                    Instant.MIN,
                    false);
        }
        RobotsRules rules = RobotsReader.read(robotsUri, fetched, productToken);
        return new Entry(rules, clock.instant().plus(ttl), true);
    }

    /** Whether a cache slot can serve a caller at {@code now}: a fetch under way, or a kept, fresh result. */
    private static boolean isUsable(FutureTask<Entry> slot, Instant now) {
        if (slot == null) {
            return false;
        }
        return switch (slot.state()) {
            case RUNNING -> true;
            case SUCCESS ->
                slot.resultNow().keep() && now.isBefore(slot.resultNow().expiresAt());
            case FAILED, CANCELLED -> false;
        };
    }

    private static Optional<Entry> await(FutureTask<Entry> slot, HostKey host) {
        try {
            return Optional.of(slot.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading " + robotsUri(host) + " threw", e.getCause());
        }
    }

    private static URI robotsUri(HostKey host) {
        return URI.create(host + "/robots.txt");
    }
}
