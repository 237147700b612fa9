package org.goveval.monitor.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/** A CIDR block such as {@code 10.0.0.0/8} or {@code fc00::/7}, with a name for reports. */
final class AddressRange {
    private final String cidr;
    private final String name;
    private final byte[] network;
    private final int prefix;

    private AddressRange(String cidr, String name, byte[] network, int prefix) {
        this.cidr = cidr;
        this.name = name;
        this.network = network;
        this.prefix = prefix;
    }

    /**
     * Parses a CIDR block; the address part must be an IP literal (no name is ever resolved).
     *
     * @throws IllegalArgumentException if {@code cidr} is not {@code address/prefix} with a prefix that fits
     */
    static AddressRange parse(String cidr, String name) {
        int slash = cidr.indexOf('/');
        Optional<InetAddress> address = slash < 0 ? Optional.empty() : IpLiteral.parse(cidr.substring(0, slash), true);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("cidr must be an IP literal with a /prefix: " + cidr);
        }
        byte[] network = address.get().getAddress();
        int prefix;
        try {
            prefix = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cidr has no numeric prefix: " + cidr, e);
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("cidr prefix out of range: " + cidr);
        }
        return new AddressRange(cidr, name, network, prefix);
    }

    /** Whether the address lies in this block; an IPv4 address never lies in an IPv6 block, nor the reverse. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[whole] & mask) == (network[whole] & mask);
    }

    /** For reports: {@code private (10.0.0.0/8)}. */
    @Override
    public String toString() {
        return name + " (" + cidr + ")";
    }
}
