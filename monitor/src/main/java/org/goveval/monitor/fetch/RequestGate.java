package org.goveval.monitor.fetch;

import java.net.InetAddress;
import java.net.URI;

/**
 * Admits requests: the fetcher enters the gate before every request it sends (each redirect hop and each
 * retry included) and closes the permit when the response has been read. Politeness lives behind this
 * interface ({@code org.goveval.monitor.politeness}), so that the fetcher knows nothing of it.
 */
public interface RequestGate {
    /**
     * Blocks until the request may be sent.
     *
     * @param address the address the host resolved to, for limits per IP (many county sites share a server)
     */
    Permit enter(URI uri, InetAddress address) throws InterruptedException;

    /**
     * The host asked to be left alone for a while (a 429 or 503 with a wait the fetcher honours): no request
     * to it starts before {@code wait} is over, the fetcher's own retry included. A gate without politeness
     * ignores it.
     */
    default void holdHost(URI anyUriOfHost, java.time.Duration wait) {}

    /** Held while a request is in flight. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** A gate that admits everything at once: for probes that must not wait and for tests. */
    static RequestGate open() {
        return (uri, address) -> () -> {};
    }
}
