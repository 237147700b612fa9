package org.goveval.monitor.content.network;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the network check (IPv6, HTTPS) resolves and connects. Durations are wall-clock time.
 *
 * @param dnsServer the DNS server asked for AAAA records, an IP address and port (never a name); empty for the
 *     system's resolvers ({@code /etc/resolv.conf}, read by dnsjava's {@code ResolverConfig})
 * @param dnsTimeout the longest wait for one DNS answer
 * @param connectTimeout the longest wait for a TCP connection and TLS handshake
 * @param requestBudget the longest one probe may take from connecting to its last body byte
 * @param requestInterval the pause between the starts of two of the check's own requests to the site
 * @param maxPages how many second-level pages (depth 1 of the crawl, in URL order) are fetched over IPv6
 * @param expiryWarningDays a certificate expiring in fewer days is reported
 * @param httpsPorts where a site served over http on a port other than 80 serves https (http port → https port),
 *     and back; unmapped, https is looked for on 443 and http on 80 (test servers use other ports)
 */
public record NetworkSettings(
        Optional<InetSocketAddress> dnsServer,
        Duration dnsTimeout,
        Duration connectTimeout,
        Duration requestBudget,
        Duration requestInterval,
        int maxPages,
        int expiryWarningDays,
        Map<Integer, Integer> httpsPorts) {

    public NetworkSettings {
        Objects.requireNonNull(dnsServer, "dnsServer");
        dnsServer.ifPresent(server -> {
            if (server.isUnresolved()) {
                throw new IllegalArgumentException("dnsServer must be an IP address, not a name: " + server);
            }
        });
        requirePositive(dnsTimeout, "dnsTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestBudget, "requestBudget");
        Objects.requireNonNull(requestInterval, "requestInterval");
        if (requestInterval.isNegative()) {
            throw new IllegalArgumentException("requestInterval cannot be negative: " + requestInterval);
        }
        if (maxPages < 0) {
            throw new IllegalArgumentException("maxPages cannot be negative: " + maxPages);
        }
        if (expiryWarningDays < 0) {
            throw new IllegalArgumentException("expiryWarningDays cannot be negative: " + expiryWarningDays);
        }
        httpsPorts = Map.copyOf(httpsPorts);
    }

    public static NetworkSettings defaults() {
        return new NetworkSettings(
                // the resolvers the machine itself uses, as a visitor's browser would
                Optional.empty(),
                // a resolver answers in milliseconds; 5 s rides out one lost UDP packet and its retry
                Duration.ofSeconds(5),
                // as the crawl: a live server accepts a connection in well under a second
                Duration.ofSeconds(5),
                // the State Council rule: a page not open after 15 s counts as failed
                Duration.ofSeconds(15),
                // as the crawl's per-host pace (PolitenessSettings): these requests bypass its gate
                Duration.ofMillis(250),
                // IPv6 reachability is a property of the server, not of each page: 50 pages find a broken
                // virtual host or a missing listener, and cost about 15 s at the polite pace
                50,
                // common practice of certificate monitoring; CAs renew 30 days ahead
                30,
                Map.of());
    }

    /** These settings asking one DNS server (a local stub in tests). */
    public NetworkSettings withDnsServer(InetSocketAddress server) {
        return new NetworkSettings(
                Optional.of(server),
                dnsTimeout,
                connectTimeout,
                requestBudget,
                requestInterval,
                maxPages,
                expiryWarningDays,
                httpsPorts);
    }

    /** These settings with https looked for on other ports (test servers). */
    public NetworkSettings withHttpsPorts(Map<Integer, Integer> ports) {
        return new NetworkSettings(
                dnsServer,
                dnsTimeout,
                connectTimeout,
                requestBudget,
                requestInterval,
                maxPages,
                expiryWarningDays,
                ports);
    }

    /** These settings with other time limits and pace (short ones in tests). */
    public NetworkSettings withTimes(Duration connect, Duration budget, Duration interval) {
        return new NetworkSettings(
                dnsServer, dnsTimeout, connect, budget, interval, maxPages, expiryWarningDays, httpsPorts);
    }

    public NetworkSettings withMaxPages(int pages) {
        return new NetworkSettings(
                dnsServer,
                dnsTimeout,
                connectTimeout,
                requestBudget,
                requestInterval,
                pages,
                expiryWarningDays,
                httpsPorts);
    }

    /**
     * A DNS server written {@code IP} or {@code IP:PORT} (port 53 by default), IPv6 in brackets ({@code [::1]:53});
     * never a name, which would need DNS itself.
     *
     * @throws IllegalArgumentException when the text is not such an address
     */
    public static InetSocketAddress dnsServer(String text) {
        String value = text.strip();
        int port = 53;
        String host = value;
        int close = value.lastIndexOf(']');
        int colon = value.lastIndexOf(':');
        if (value.startsWith("[") && close > 0) {
            host = value.substring(1, close);
            if (close + 1 < value.length()) {
                port = port(value.substring(close + 1), text);
            }
        } else if (colon > 0 && value.indexOf(':') == colon) {
            host = value.substring(0, colon);
            port = port(value.substring(colon), text);
        }
        boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = host.contains(":") && host.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            throw new IllegalArgumentException("not an IP address with an optional port: " + text);
        }
        try {
            // a literal: InetAddress parses it and never asks DNS
            return new InetSocketAddress(java.net.InetAddress.getByName(ipv6 ? "[" + host + "]" : host), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }

    private static int port(String colonAndPort, String text) {
        try {
            int port = Integer.parseInt(colonAndPort.substring(1));
            if (!colonAndPort.startsWith(":") || port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range in " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port in " + text, e);
        }
    }

    /** The https port of a site served over http on {@code httpPort} (-1 for the default). */
    int httpsPortFor(int httpPort) {
        Integer mapped = httpPort < 0 ? null : httpsPorts.get(httpPort);
        return mapped == null ? 443 : mapped;
    }

    /** The http port of a site served over https on {@code httpsPort} (-1 for the default). */
    int httpPortFor(int httpsPort) {
        return httpsPorts.entrySet().stream()
                .filter(entry -> entry.getValue() == httpsPort)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(80);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
