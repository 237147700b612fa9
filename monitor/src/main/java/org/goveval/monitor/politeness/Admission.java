package org.goveval.monitor.politeness;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.goveval.monitor.fetch.RequestGate;

/** A request let through by a {@link PolitenessGate}; closing it frees its host and address slots. */
public final class Admission implements RequestGate.Permit {
    private final PolitenessGate gate;
    private final HostLane host;
    private final InetAddress address;
    private final long admittedAtNanos;
    private final Duration waited;
    private final AtomicBoolean closed = new AtomicBoolean();

    Admission(PolitenessGate gate, HostLane host, InetAddress address, long admittedAtNanos, Duration waited) {
        this.gate = gate;
        this.host = host;
        this.address = address;
        this.admittedAtNanos = admittedAtNanos;
        this.waited = waited;
    }

    /**
     * The {@link System#nanoTime()} at which the gate admitted the request: the start it spaces the next
     * request of the host from. Meaningful only as a difference to another such value.
     */
    public long admittedAtNanos() {
        return admittedAtNanos;
    }

    /** How long the request waited in the gate. */
    public Duration waited() {
        return waited;
    }

    /** Frees the slots; closing again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            gate.release(host, address);
        }
    }
}
