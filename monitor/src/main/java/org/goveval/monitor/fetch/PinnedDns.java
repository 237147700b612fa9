package org.goveval.monitor.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Dns;

/**
 * The only name resolution the HTTP client does: it answers a host name with the address that the {@link
 * org.goveval.monitor.net.AddressPolicy} allowed for a request to that host now in flight, and knows no other
 * name. The client never asks DNS itself, so a name whose answer changes between the policy's check and the
 * connection (DNS rebinding) cannot lead it to an address the policy did not allow; the connection also goes
 * to the address the request gate counted.
 *
 * <p>A host is pinned while a request to it is in flight and forgotten after the last one ends, so the map
 * holds no more hosts than there are requests in flight. When two requests to one host were allowed
 * different addresses (round-robin DNS), a new connection goes to the later one: both passed the policy.
 * Thread-safe.
 */
final class PinnedDns implements Dns {
    /** The address to connect to and how many requests in flight hold it. Immutable: replaced on change. */
    private record Pin(InetAddress address, int holders) {}

    /** A host pinned for one request; closing it releases the pin. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private final ConcurrentMap<String, Pin> pins = new ConcurrentHashMap<>();

    /**
     * Pins a host to an address until the lease is closed.
     *
     * @param host the host as the client looks it up: {@code okhttp3.HttpUrl#host()}, lower case
     */
    Lease pin(String host, InetAddress address) {
        pins.compute(host, (name, pin) -> new Pin(address, pin == null ? 1 : pin.holders() + 1));
        return () -> pins.computeIfPresent(
                host, (name, pin) -> pin.holders() == 1 ? null : new Pin(pin.address(), pin.holders() - 1));
    }

    /** How many hosts are pinned now (for tests). */
    int pinnedHosts() {
        return pins.size();
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        Pin pin = pins.get(hostname);
        if (pin == null) {
            // cannot happen for a request the fetcher sends: it pins the host before the call
            throw new UnknownHostException(hostname + ": not checked by the address policy");
        }
        return List.of(pin.address());
    }
}
