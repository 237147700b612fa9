package org.goveval.monitor.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves host names. The monitor resolves every host itself before connecting, to refuse private
 * addresses (SSRF) and to key politeness by IP; tests pass a stub so that no query leaves the machine.
 */
@FunctionalInterface
public interface HostResolver {
    /** Every address of the host, in the resolver's order; never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
