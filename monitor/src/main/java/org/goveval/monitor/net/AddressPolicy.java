package org.goveval.monitor.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.goveval.monitor.net.Resolution.Allowed;
import org.goveval.monitor.net.Resolution.Refusal;
import org.goveval.monitor.net.Resolution.Refused;

/**
 * The SSRF guard: decides, before every request, whether a URL may be fetched, and resolves its host once so
 * that politeness can be keyed by IP. A monitor fetches whatever URLs the crawled pages link to, so a page that
 * links (or redirects) to {@code http://127.0.0.1:8080/admin} or {@code http://169.254.169.254/} must not make
 * it reach the monitor's own machine or network.
 *
 * <p>Refused: every address that is loopback, unspecified (0.0.0.0/8, ::), private (10/8, 172.16/12,
 * 192.168/16), carrier-grade NAT (100.64/10), link-local (169.254/16, fe80::/10), multicast (224/4, ff00::/8),
 * broadcast (255.255.255.255), unique-local (fc00::/7), deprecated site-local (fec0::/10), and the IPv4-mapped
 * IPv6 form ({@code ::ffff:a.b.c.d}) of any of those. A host is refused when <em>any</em> of its addresses is,
 * since the connection may use any of them.
 *
 * <p>The fetcher connects only to the address this check returns (its HTTP client does no DNS look-up of its
 * own), so a name whose DNS answer changes between the check and the connection (DNS rebinding) cannot reach
 * a refused address. Whoever connects by other means must do the same.
 *
 * <p>Thread-safe if the resolver is.
 */
public final class AddressPolicy {
    private final HostResolver resolver;
    private final boolean allowPrivate;
    private final List<AddressRange> exceptions;

    /**
     * @param allowPrivate allow every address (the CLI's {@code --allow-private}: tests and intranet
     *     deployments); names must still resolve and URLs still be valid
     */
    public AddressPolicy(HostResolver resolver, boolean allowPrivate) {
        this(resolver, allowPrivate, List.of());
    }

    private AddressPolicy(HostResolver resolver, boolean allowPrivate, List<AddressRange> exceptions) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowPrivate = allowPrivate;
        this.exceptions = List.copyOf(exceptions);
    }

    /**
     * A policy that also allows one block otherwise refused, e.g. an intranet's {@code 10.20.0.0/16}, or
     * {@code 127.0.0.1/32} for a test server, while the rest stays refused.
     *
     * @param cidr an IP literal and a prefix length, e.g. {@code 10.20.0.0/16} or {@code fd00:1::/64}
     * @throws IllegalArgumentException if {@code cidr} is not such a block
     */
    public AddressPolicy allowing(String cidr) {
        Objects.requireNonNull(cidr, "cidr");
        List<AddressRange> more = new ArrayList<>(exceptions);
        more.add(AddressRange.parse(cidr, "allowed"));
        return new AddressPolicy(resolver, allowPrivate, more);
    }

    /**
     * Checks a URL: it must be an absolute http or https URL with a host, the host must resolve (IP literals
     * are never passed to the resolver), and no address may lie in a refused block.
     *
     * @return the first address of the host, or why the URL is refused; never throws for a bad URL or host
     */
    public Resolution check(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || host == null) {
            return new Refused(Refusal.INVALID_URL, "not an absolute http or https URL with a host: " + uri);
        }
        Optional<InetAddress> literal = IpLiteral.parse(host, false);
        if (literal.isPresent()) {
            return judge(host, List.of(literal.get()), true);
        }
        try {
            List<InetAddress> addresses = resolver.resolve(host);
            if (addresses.isEmpty()) {
                return new Refused(Refusal.UNRESOLVED, host + " has no address");
            }
            return judge(host, addresses, false);
        } catch (UnknownHostException e) {
            return new Refused(Refusal.UNRESOLVED, host + " does not resolve: " + e.getMessage());
        }
    }

    private Resolution judge(String host, List<InetAddress> addresses, boolean literal) {
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                Optional<AddressRange> blocked = blockedRange(address);
                if (blocked.isPresent()) {
                    String where = literal ? host : host + " (" + address.getHostAddress() + ")";
                    return new Refused(Refusal.BLOCKED, where + " is " + blocked.get());
                }
            }
        }
        return new Allowed(addresses.get(0));
    }

    private Optional<AddressRange> blockedRange(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (exceptions.stream().anyMatch(range -> range.contains(bytes))) {
            return Optional.empty();
        }
        return BlockedRanges.containing(address);
    }
}
