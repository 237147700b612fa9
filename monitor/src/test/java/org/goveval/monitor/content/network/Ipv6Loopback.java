package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.goveval.monitor.net.StubResolver;

/**
 * The IPv6 loopback the network tests need. A machine without it (a container started without IPv6) fails these
 * tests with this message rather than skipping them: a skipped IPv6 test would pass CI while proving nothing.
 */
public final class Ipv6Loopback {
    public static final InetAddress ADDRESS = StubResolver.ip("::1");

    private Ipv6Loopback() {}

    /** Fails the test, saying why and what to do, when [::1] cannot be bound. */
    public static void require() {
        try (ServerSocket probe = new ServerSocket(0, 1, ADDRESS)) {
            if (probe.getLocalPort() <= 0) {
                fail("no port on [::1]");
            }
        } catch (IOException e) {
            fail("this machine has no IPv6 loopback (::1): the IPv6 tests need it. Enable it (sysctl "
                    + "net.ipv6.conf.lo.disable_ipv6=0, or start the container with IPv6) — " + e.getMessage());
        }
    }
}
