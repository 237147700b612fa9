package org.goveval.monitor.politeness;

import java.net.InetAddress;
import java.util.concurrent.locks.Condition;

/** One request blocked in the gate. Guarded by the gate's lock, like {@link HostLane}. */
final class Waiter {
    final HostLane host;
    final InetAddress address;
    /** Signalled when the request is admitted, or when it becomes the head of its host's queue. */
    final Condition wakeUp;
    /** Its place in the round between hosts; set when it becomes the head of its host's queue. */
    long turn;

    boolean admitted;
    long admittedAtNanos;

    Waiter(HostLane host, InetAddress address, Condition wakeUp) {
        this.host = host;
        this.address = address;
        this.wakeUp = wakeUp;
    }
}
