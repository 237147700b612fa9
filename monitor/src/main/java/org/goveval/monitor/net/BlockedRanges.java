package org.goveval.monitor.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address blocks a public-website monitor must never connect to: they reach the monitor's own machine or
 * its network, not a government website (RFC 6890 special-purpose registries).
 */
final class BlockedRanges {
    private static final List<AddressRange> IPV4 = List.of(
            AddressRange.parse("0.0.0.0/8", "this network"),
            AddressRange.parse("10.0.0.0/8", "private"),
            AddressRange.parse("100.64.0.0/10", "carrier-grade NAT"),
            AddressRange.parse("127.0.0.0/8", "loopback"),
            AddressRange.parse("169.254.0.0/16", "link-local"),
            AddressRange.parse("172.16.0.0/12", "private"),
            AddressRange.parse("192.168.0.0/16", "private"),
            AddressRange.parse("224.0.0.0/4", "multicast"),
            AddressRange.parse("255.255.255.255/32", "broadcast"));

    private static final List<AddressRange> IPV6 = List.of(
            AddressRange.parse("::/128", "unspecified"),
            AddressRange.parse("::1/128", "loopback"),
            AddressRange.parse("fc00::/7", "unique-local"),
            AddressRange.parse("fe80::/10", "link-local"),
            AddressRange.parse("fec0::/10", "site-local"),
            AddressRange.parse("ff00::/8", "multicast"));

    /** ::ffff:0:0/96 — the first 12 bytes of an IPv4-mapped IPv6 address. */
    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private BlockedRanges() {}

    /** The blocked range the address lies in; an IPv4-mapped IPv6 address is judged by its IPv4 address. */
    static Optional<AddressRange> containing(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && Arrays.equals(bytes, 0, 12, MAPPED_PREFIX, 0, 12)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        List<AddressRange> ranges = bytes.length == 4 ? IPV4 : IPV6;
        for (AddressRange range : ranges) {
            if (range.contains(bytes)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }
}
