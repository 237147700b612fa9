package org.goveval.monitor.politeness;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.goveval.monitor.fetch.RequestGate;

/**
 * The monitor's politeness: admits a request when its host and its IP address have a free slot and the
 * host's delay has passed since the host's previous request start.
 *
 * <p>Hosts are {@link HostKey}s (scheme, host, port), as in RFC 9309 §2.3. The per-address limit exists
 * because many county sites share one hosting platform and one IP. A request takes its host slot and its
 * address slot together, under one lock, so that no request can hold one while waiting for the other and
 * no two requests can deadlock.
 *
 * <p>Fairness: the requests of one host are admitted first come first served; between hosts that compete
 * for one address, the host whose head request has waited longest as head goes first, so hosts take turns
 * and none starves.
 *
 * <p>Waiting uses {@link java.util.concurrent.locks.Condition}s, so virtual threads unmount while they wait.
 * Intervals are measured with {@link System#nanoTime()}, never the wall clock, so clock adjustments cannot
 * shorten a delay. The gate keeps a small state per host it has seen (for the delay and {@link #stats}).
 */
public final class PolitenessGate implements RequestGate {
    private final PolitenessSettings settings;
    private final long minDelayNanos;
    private final long maxCrawlDelayNanos;

    private final ReentrantLock lock = new ReentrantLock();
    // All guarded by lock.
    private final Map<HostKey, HostLane> hosts = new HashMap<>();
    private final Map<InetAddress, Integer> addressesInFlight = new HashMap<>();
    private final Set<HostLane> hostsWaiting = new LinkedHashSet<>();
    private long nextTurn;

    public PolitenessGate(PolitenessSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.minDelayNanos = nanos(settings.minDelayPerHost());
        this.maxCrawlDelayNanos = nanos(settings.maxCrawlDelay());
    }

    public PolitenessSettings settings() {
        return settings;
    }

    /**
     * Blocks until the request may be sent: fewer than {@code maxInFlightPerHost} requests of its host and
     * fewer than {@code maxInFlightPerAddress} of its address are in flight, and the host's delay has passed
     * since the host's last admission.
     *
     * @throws InterruptedException if the thread is interrupted before or while waiting; it then holds no
     *     slot
     * @throws IllegalArgumentException if {@code uri} is not an absolute http(s) URL with a host
     */
    @Override
    public Admission enter(URI uri, InetAddress address) throws InterruptedException {
        HostKey key = HostKey.of(uri);
        Objects.requireNonNull(address, "address");
        long arrivedNanos = System.nanoTime();
        lock.lockInterruptibly();
        try {
            HostLane host = hosts.computeIfAbsent(key, k -> new HostLane(minDelayNanos));
            Waiter waiter = new Waiter(host, address, lock.newCondition());
            enqueue(waiter);
            admitEligible();
            awaitAdmission(waiter);
            Duration waited = Duration.ofNanos(waiter.admittedAtNanos - arrivedNanos);
            return new Admission(this, host, address, waiter.admittedAtNanos, waited);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Spaces the host's request starts by a robots.txt Crawl-delay: the delay becomes {@code
     * max(minDelayPerHost, min(crawlDelay, maxCrawlDelay))}. Takes effect for the next admission.
     */
    public void setCrawlDelay(URI anyUriOfHost, Duration crawlDelay) {
        HostKey key = HostKey.of(anyUriOfHost);
        Objects.requireNonNull(crawlDelay, "crawlDelay");
        if (crawlDelay.isNegative()) {
            throw new IllegalArgumentException("crawlDelay cannot be negative: " + crawlDelay);
        }
        long delayNanos = Math.max(minDelayNanos, Math.min(nanos(crawlDelay), maxCrawlDelayNanos));
        lock.lock();
        try {
            HostLane host = hosts.computeIfAbsent(key, k -> new HostLane(minDelayNanos));
            host.setDelayNanos(delayNanos);
            Waiter head = host.queue.peekFirst();
            if (head != null) {
                head.wakeUp.signal(); // its timed wait was computed with the old delay
            }
            admitEligible();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds back the host's requests that have not started yet until {@code wait} is over: the fetcher calls
     * it when the host answers 429 or 503 and the fetcher will retry after that wait (never longer than the
     * {@code Retry-After} it honours at most). Requests in flight go on. Applies with {@code --no-delay} too:
     * that option drops our own spacing, not what a server asks for.
     */
    @Override
    public void holdHost(URI anyUriOfHost, Duration wait) {
        HostKey key = HostKey.of(anyUriOfHost);
        Objects.requireNonNull(wait, "wait");
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        long holdNanos = nanos(wait);
        lock.lock();
        try {
            HostLane host = hosts.computeIfAbsent(key, k -> new HostLane(minDelayNanos));
            long now = System.nanoTime();
            host.holdUntil(holdNanos > Long.MAX_VALUE / 4 ? now + Long.MAX_VALUE / 4 : now + holdNanos);
            Waiter head = host.queue.peekFirst();
            if (head != null) {
                head.wakeUp.signal(); // its timed wait was computed without the hold
            }
        } finally {
            lock.unlock();
        }
    }

    /** The host's statistics; all zero (and the minimum delay) for a host the gate has not seen. */
    public HostStats stats(URI anyUriOfHost) {
        HostKey key = HostKey.of(anyUriOfHost);
        lock.lock();
        try {
            HostLane host = hosts.get(key);
            return host == null ? new HostStats(0, 0, 0, 0, settings.minDelayPerHost()) : host.stats();
        } finally {
            lock.unlock();
        }
    }

    /** Called by {@link Admission#close()}, once per admission. */
    void release(HostLane host, InetAddress address) {
        lock.lock();
        try {
            finish(host, address);
        } finally {
            lock.unlock();
        }
    }

    private void awaitAdmission(Waiter waiter) throws InterruptedException {
        HostLane host = waiter.host;
        while (!waiter.admitted) {
            // Only the head of a host's queue waits for the host's delay; the others wait to become head.
            long timeout = host.queue.peekFirst() == waiter ? host.nanosUntilStartDue(System.nanoTime()) : 0;
            try {
                if (timeout > 0) {
                    waiter.wakeUp.awaitNanos(timeout);
                } else {
                    waiter.wakeUp.await();
                }
            } catch (InterruptedException e) {
                if (waiter.admitted) {
                    finish(host, waiter.address); // admitted just before the interrupt: give the slots back
                } else {
                    withdraw(waiter);
                }
                throw e;
            }
            if (!waiter.admitted) {
                admitEligible(); // the delay may have passed
            }
        }
    }

    /**
     * Admits every waiting request that may start now, one per host per round, in the order the hosts' head
     * requests became head: a host with a long queue cannot take every address slot from a host with one
     * request. Rounds repeat until nothing more can start.
     */
    private void admitEligible() {
        long now = System.nanoTime();
        boolean admittedAny;
        do {
            admittedAny = false;
            for (Waiter head : headsInTurnOrder()) {
                if (mayStart(head, now)) {
                    start(head, now);
                    admittedAny = true;
                }
            }
        } while (admittedAny);
    }

    private List<Waiter> headsInTurnOrder() {
        List<Waiter> heads = new ArrayList<>(hostsWaiting.size());
        for (HostLane host : hostsWaiting) {
            heads.add(host.queue.getFirst());
        }
        heads.sort(Comparator.comparingLong(w -> w.turn));
        return heads;
    }

    private boolean mayStart(Waiter waiter, long now) {
        return waiter.host.inFlight() < settings.maxInFlightPerHost()
                && addressesInFlight.getOrDefault(waiter.address, 0) < settings.maxInFlightPerAddress()
                && waiter.host.startDue(now);
    }

    private void start(Waiter waiter, long now) {
        HostLane host = waiter.host;
        host.queue.removeFirst();
        host.start(now);
        addressesInFlight.merge(waiter.address, 1, Integer::sum);
        waiter.admitted = true;
        waiter.admittedAtNanos = now;
        waiter.wakeUp.signal();
        promoteNextHead(host);
    }

    private void finish(HostLane host, InetAddress address) {
        host.finish();
        addressesInFlight.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
        admitEligible();
    }

    private void enqueue(Waiter waiter) {
        HostLane host = waiter.host;
        if (host.queue.isEmpty()) {
            waiter.turn = nextTurn++;
            hostsWaiting.add(host);
        }
        host.queue.addLast(waiter);
    }

    private void withdraw(Waiter waiter) {
        HostLane host = waiter.host;
        boolean wasHead = host.queue.peekFirst() == waiter;
        host.queue.remove(waiter);
        if (wasHead) {
            promoteNextHead(host);
            admitEligible(); // the new head may want another address, one with a free slot
        }
    }

    /** Gives the host's new head request its turn and wakes it to wait for the host's delay. */
    private void promoteNextHead(HostLane host) {
        Waiter next = host.queue.peekFirst();
        if (next == null) {
            hostsWaiting.remove(host);
        } else {
            next.turn = nextTurn++;
            next.wakeUp.signal();
        }
    }

    /** Saturates instead of overflowing: a delay of centuries is as good as forever. */
    private static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
