package org.goveval.monitor.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A gate that admits everything and records each entry and how many permits are open. */
final class RecordingGate implements RequestGate {
    record Entry(URI uri, InetAddress address) {}

    record Hold(URI uri, java.time.Duration delay) {}

    private final List<Hold> holds = new CopyOnWriteArrayList<>();

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();

    @Override
    public Permit enter(URI uri, InetAddress address) {
        entries.add(new Entry(uri, address));
        open.incrementAndGet();
        return open::decrementAndGet;
    }

    @Override
    public void holdHost(URI anyUriOfHost, java.time.Duration wait) {
        holds.add(new Hold(anyUriOfHost, wait));
    }

    List<Hold> holds() {
        return List.copyOf(holds);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    int openPermits() {
        return open.get();
    }
}
