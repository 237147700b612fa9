package org.goveval.sitefarm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request the farm's sites received, for politeness assertions. Thread-safe. A request is logged when
 * the farm starts handling it (so one still stalling is already counted) and completed when its answer is
 * ready to send.
 */
public final class RequestLog {
    private final List<Entry> entries = new ArrayList<>();

    /** A request being or having been handled. */
    static final class Entry {
        private final LoggedRequest started;
        private final AtomicLong end = new AtomicLong(LoggedRequest.UNFINISHED);

        private Entry(LoggedRequest started) {
            this.started = started;
        }

        LoggedRequest snapshot() {
            return new LoggedRequest(
                    started.site(),
                    started.method(),
                    started.pathAndQuery(),
                    started.userAgent(),
                    started.startNanos(),
                    end.get(),
                    started.stalled());
        }
    }

    Entry begin(String site, String method, String pathAndQuery, String userAgent, boolean stalled) {
        Entry entry = new Entry(new LoggedRequest(
                site, method, pathAndQuery, userAgent, System.nanoTime(), LoggedRequest.UNFINISHED, stalled));
        synchronized (entries) {
            entries.add(entry);
        }
        return entry;
    }

    /** Marks the request answered, now; the first call counts. */
    void end(Entry entry) {
        entry.end.compareAndSet(LoggedRequest.UNFINISHED, Math.max(entry.started.startNanos(), System.nanoTime()));
    }

    /** Adds a finished request as is; for tests of the computations. */
    void add(LoggedRequest request) {
        Entry entry = new Entry(request);
        entry.end.set(request.endNanos());
        synchronized (entries) {
            entries.add(entry);
        }
    }

    /** Every request to every site, in order of start. */
    public List<LoggedRequest> requests() {
        List<Entry> copy;
        synchronized (entries) {
            copy = List.copyOf(entries);
        }
        return copy.stream()
                .map(Entry::snapshot)
                .sorted(Comparator.comparingLong(LoggedRequest::startNanos))
                .toList();
    }

    /** The site's requests, in order of start. */
    public List<LoggedRequest> requests(String site) {
        return requests().stream()
                .filter(request -> request.site().equals(site))
                .toList();
    }

    /**
     * The largest number of the site's requests in flight at the same time. A request ending exactly when
     * another starts does not overlap it. A stalled request (the timeout endpoint) counts for as long as it
     * hangs: until the farm answered it or closed, or now if it still hangs.
     */
    public int maxInFlight(String site) {
        return maxInFlight(requests(site), Duration.ofNanos(Long.MAX_VALUE));
    }

    /**
     * As {@link #maxInFlight(String)}, for a client that gives up on an unanswered request after {@code
     * clientWait}: a stalled request counts from its start for {@code clientWait} at most. The farm cannot see
     * the moment the client closes such a connection (its server learns of it only by writing), while the
     * stall itself can outlast the client by far; pass the client's request budget less the time a request
     * may take to reach the farm, since the client's clock starts before the farm's.
     */
    public int maxInFlight(String site, Duration clientWait) {
        return maxInFlight(requests(site), clientWait);
    }

    /**
     * The largest number of requests to any of the farm's sites in flight at the same time, stalled ones
     * counted as in {@link #maxInFlight(String, Duration)}: every site of a farm without network faces listens
     * on 127.0.0.1, so this is what a client's limit per IP address must hold.
     */
    public int maxInFlightAcrossSites(Duration clientWait) {
        return maxInFlight(requests(), clientWait);
    }

    private static int maxInFlight(List<LoggedRequest> requests, Duration clientWait) {
        record Event(long at, int delta) {}
        long wait = clientWait.toNanos();
        List<Event> events = new ArrayList<>();
        for (LoggedRequest request : requests) {
            long end = request.endNanos();
            if (request.stalled() && end - request.startNanos() > wait) {
                end = request.startNanos() + wait;
            }
            events.add(new Event(request.startNanos(), 1));
            events.add(new Event(end, -1));
        }
        events.sort(Comparator.comparingLong(Event::at).thenComparingInt(Event::delta));
        int now = 0;
        int max = 0;
        for (Event event : events) {
            now += event.delta();
            max = Math.max(max, now);
        }
        return max;
    }

    /**
     * How far the site's request starts ran ahead of a schedule of one start every {@code spacing}: the
     * largest {@code (j − i) × spacing − (start[j] − start[i])} over the requests in order of start, zero when
     * they never did. A client that spaces the starts of its requests by {@code spacing} yields at most the
     * longest time one of its requests took from that start to the farm (connecting, sending, the farm's
     * thread picking it up): two starts may look closer than {@code spacing} by that much, but no run of
     * starts can gain more, however long. So the figure pins the rate exactly over a long run while allowing
     * one late arrival.
     */
    public Duration maxAheadOfSpacing(String site, Duration spacing) {
        List<LoggedRequest> requests = requests(site);
        long step = spacing.toNanos();
        long worst = 0;
        long highest = Long.MIN_VALUE; // the largest start[i] − i × step so far
        for (int j = 0; j < requests.size(); j++) {
            long position = requests.get(j).startNanos() - j * step;
            if (highest != Long.MIN_VALUE) {
                worst = Math.max(worst, highest - position);
            }
            highest = Math.max(highest, position);
        }
        return Duration.ofNanos(worst);
    }

    /** The smallest gap between the starts of two consecutive requests to the site; empty under two requests. */
    public Optional<Duration> minStartInterval(String site) {
        List<LoggedRequest> requests = requests(site);
        Optional<Duration> min = Optional.empty();
        for (int i = 1; i < requests.size(); i++) {
            Duration gap = Duration.ofNanos(
                    requests.get(i).startNanos() - requests.get(i - 1).startNanos());
            if (min.isEmpty() || gap.compareTo(min.get()) < 0) {
                min = Optional.of(gap);
            }
        }
        return min;
    }

    /**
     * The most requests to the site that started within any stretch of {@code window}: a rate the farm can
     * measure robustly, since one request delayed on its way in (a busy machine) shifts one start, not the
     * count over a long window.
     */
    public int maxStartsWithin(String site, Duration window) {
        List<LoggedRequest> requests = requests(site);
        long span = window.toNanos();
        int max = 0;
        int first = 0;
        for (int last = 0; last < requests.size(); last++) {
            while (requests.get(last).startNanos() - requests.get(first).startNanos() >= span) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }

    /**
     * How many requests the site received for a path: with a query, requests for exactly that path and query;
     * without, requests for the path whatever their query.
     */
    public long count(String site, String path) {
        boolean withQuery = path.contains("?");
        return requests(site).stream()
                .filter(request -> withQuery
                        ? request.pathAndQuery().equals(path)
                        : request.path().equals(path))
                .count();
    }

    /** The site's first request, usually its robots.txt. */
    public Optional<LoggedRequest> firstRequest(String site) {
        return requests(site).stream().findFirst();
    }
}
