package org.goveval.monitor.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses IP literals without ever asking DNS. */
final class IpLiteral {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private IpLiteral() {}

    /**
     * The address written in {@code host}, or empty when it is not a literal (a name, to be resolved).
     *
     * @param host a dotted-quad IPv4 address, or an IPv6 address in brackets as {@link java.net.URI#getHost}
     *     returns it ({@code [::1]}); with {@code bareIpv6}, also without brackets
     */
    static Optional<InetAddress> parse(String host, boolean bareIpv6) {
        Matcher quad = IPV4.matcher(host);
        if (quad.matches()) {
            return ipv4(quad);
        }
        boolean bracketed = host.startsWith("[") && host.endsWith("]");
        if (!bracketed && !(bareIpv6 && host.contains(":"))) {
            return Optional.empty();
        }
        // The brackets make InetAddress parse the literal or fail; it never falls back to a name lookup.
        String literal = bracketed ? host : "[" + host + "]";
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv4(Matcher quad) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(quad.group(i + 1));
            if (octet > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) octet;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
