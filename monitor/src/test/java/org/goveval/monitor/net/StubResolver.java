package org.goveval.monitor.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A resolver that never sends a DNS query: it knows {@code localhost} and the names mapped with {@link #with},
 * and throws UnknownHostException for everything else.
 */
public final class StubResolver implements HostResolver {
    private final Map<String, List<InetAddress>> names = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    private StubResolver() {}

    /** Knows only {@code localhost} (127.0.0.1). */
    public static StubResolver loopbackOnly() {
        return new StubResolver().with("localhost", "127.0.0.1");
    }

    /** Maps a name to IP literals, in order. */
    public StubResolver with(String name, String... literals) {
        List<InetAddress> addresses = new ArrayList<>();
        for (String literal : literals) {
            addresses.add(ip(literal));
        }
        names.put(name.toLowerCase(Locale.ROOT), List.copyOf(addresses));
        return this;
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        List<InetAddress> addresses = names.get(host.toLowerCase(Locale.ROOT));
        if (addresses == null) {
            throw new UnknownHostException(host + ": not in the stub resolver");
        }
        return addresses;
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
