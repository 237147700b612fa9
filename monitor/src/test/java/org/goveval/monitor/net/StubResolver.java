package org.goveval.monitor.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resolver that never sends a DNS query: it knows {@code localhost} and the names mapped with {@link #with}
 * (and {@link #thenWith}), and throws UnknownHostException for everything else. Thread-safe.
 */
public final class StubResolver implements HostResolver {
    private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();
    private final Map<String, List<InetAddress>> later = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    private StubResolver() {}

    /** Knows only {@code localhost} (127.0.0.1). */
    public static StubResolver loopbackOnly() {
        return new StubResolver().with("localhost", "127.0.0.1");
    }

    /** Maps a name to IP literals, in order. */
    public StubResolver with(String name, String... literals) {
        names.put(name.toLowerCase(Locale.ROOT), addresses(literals));
        later.remove(name.toLowerCase(Locale.ROOT));
        return this;
    }

    /**
     * Answers every look-up of a name after the first with other IP literals, as a name whose DNS answer
     * changes between two look-ups does (DNS rebinding); {@link #with} gives the first answer.
     */
    public StubResolver thenWith(String name, String... literals) {
        later.put(name.toLowerCase(Locale.ROOT), addresses(literals));
        return this;
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        String name = host.toLowerCase(Locale.ROOT);
        List<InetAddress> addresses = names.get(name);
        if (addresses == null) {
            throw new UnknownHostException(host + ": not in the stub resolver");
        }
        List<InetAddress> next = later.get(name);
        if (next != null) {
            names.put(name, next);
        }
        return addresses;
    }

    private static List<InetAddress> addresses(String... literals) {
        List<InetAddress> addresses = new ArrayList<>();
        for (String literal : literals) {
            addresses.add(ip(literal));
        }
        return List.copyOf(addresses);
    }

    /** How many times {@link #resolve} was called. */
    public int lookups() {
        return lookups.get();
    }

    /** Parses an IP literal; never a name, so never DNS. */
    public static InetAddress ip(String literal) {
        return IpLiteral.parse(literal, true)
                .orElseThrow(() -> new IllegalArgumentException("not an IP literal: " + literal));
    }
}
