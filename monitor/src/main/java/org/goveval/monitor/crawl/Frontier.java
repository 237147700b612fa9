package org.goveval.monitor.crawl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The breadth-first queue of one site crawl: each normalised URL once, within scope, depth and page budget,
 * spider traps refused. Thread-safe; workers take entries with {@link #next()} and report them with
 * {@link #done(FrontierEntry)}, so that a checkpoint knows which pages were in flight.
 */
public final class Frontier {
    private URI site;
    private final CrawlSettings settings;
    private final TrapGuard traps;
    private final Deque<FrontierEntry> queue = new ArrayDeque<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Set<FrontierEntry> inFlight = new LinkedHashSet<>();
    private int taken;

    public Frontier(URI site, CrawlSettings settings) {
        this.site = site;
        this.settings = settings;
        this.traps = new TrapGuard(settings);
    }

    /** A frontier resumed from a checkpoint. */
    public static Frontier restore(URI site, CrawlSettings settings, FrontierState state) {
        Frontier frontier = new Frontier(site, settings);
        frontier.seen.addAll(state.seen());
        frontier.queue.addAll(state.queue());
        frontier.taken = state.taken();
        frontier.traps.restore(state.queryVariants());
        return frontier;
    }

    /**
     * Moves the crawl's scope to where the home page redirected (http to https, www to the bare domain, a
     * new domain); only sensible before any page but the home page was offered.
     */
    public synchronized void rebase(URI landedHome) {
        site = landedHome;
    }

    /** Offers a normalised URL found at {@code depth}; returns what became of it. */
    public synchronized Offer offer(URI uri, int depth) {
        if (!settings.scope().contains(site, uri)) {
            return Offer.OUT_OF_SCOPE;
        }
        if (seen.contains(uri.toString())) {
            return Offer.ALREADY_SEEN;
        }
        if (depth > settings.maxDepth()) {
            return Offer.TOO_DEEP;
        }
        if (traps.check(uri).isPresent()) {
            seen.add(uri.toString());
            return Offer.TRAP;
        }
        seen.add(uri.toString());
        queue.addLast(new FrontierEntry(uri, depth));
        return Offer.QUEUED;
    }

    /**
     * Records a URL as seen without queueing it (a page reached through a redirect); true when it was new,
     * so the caller may process it as a page.
     */
    public synchronized boolean claim(URI uri) {
        return seen.add(uri.toString());
    }

    /** The next page to crawl, or empty when the queue is empty or the page budget is spent. */
    public synchronized Optional<FrontierEntry> next() {
        if (taken >= settings.maxPages() || queue.isEmpty()) {
            return Optional.empty();
        }
        FrontierEntry entry = queue.removeFirst();
        taken++;
        inFlight.add(entry);
        return Optional.of(entry);
    }

    public synchronized void done(FrontierEntry entry) {
        inFlight.remove(entry);
    }

    /** Whether the crawl is over: nothing queued (or budget spent) and nothing in flight. */
    public synchronized boolean finished() {
        return inFlight.isEmpty() && (queue.isEmpty() || taken >= settings.maxPages());
    }

    public synchronized int taken() {
        return taken;
    }

    public synchronized int queued() {
        return queue.size();
    }

    /** A copy for a checkpoint; pages in flight are put back at the head of the queue and untaken. */
    public synchronized FrontierState snapshot() {
        List<FrontierEntry> pending = new ArrayList<>(inFlight);
        pending.addAll(queue);
        return new FrontierState(pending, new ArrayList<>(seen), taken - inFlight.size(), traps.queryVariantCounts());
    }
}
