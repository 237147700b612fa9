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
     * The largest number of the site's requests handled at the same time; stalled requests are left out, and
     * a request ending exactly when another starts does not overlap it.
     */
    public int maxInFlight(String site) {
        record Event(long at, int delta) {}
        List<Event> events = new ArrayList<>();
        for (LoggedRequest request : requests(site)) {
            if (!request.stalled()) {
                events.add(new Event(request.startNanos(), 1));
                events.add(new Event(request.endNanos(), -1));
            }
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
