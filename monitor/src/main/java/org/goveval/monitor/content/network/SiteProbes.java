package org.goveval.monitor.content.network;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.Resolution;

/**
 * The network check's own requests to one site: every address passes the SSRF guard first, and requests start
 * at least the settings' interval apart, one at a time (they bypass the crawl's politeness gate).
 */
final class SiteProbes {
    private final AddressPolicy guard;
    private final HttpProbe http;
    private final LegacyTlsProbe legacy;
    private final Duration interval;
    private final Clock clock;
    private long lastStart = Long.MIN_VALUE;

    SiteProbes(NetworkSettings settings, AddressPolicy guard, String userAgent, Clock clock) {
        this.guard = guard;
        this.http = new HttpProbe(settings.connectTimeout(), settings.requestBudget(), userAgent, clock);
        this.legacy = new LegacyTlsProbe(settings.connectTimeout());
        this.interval = settings.requestInterval();
        this.clock = clock;
    }

    /** The address the guard allows for the URL's host, or why it refuses. */
    Resolution resolve(URI url) {
        return guard.check(url);
    }

    /** The guard's verdict on one address (an AAAA record), judged as the URL's scheme and port would use it. */
    Resolution allow(URI url, InetAddress address) {
        String literal = "[" + Ipv6Text.of(address) + "]";
        if (!literal.contains(":")) {
            literal = Ipv6Text.of(address);
        }
        return guard.check(URI.create(url.getScheme() + "://" + literal + ":" + HttpProbe.port(url) + "/"));
    }

    /** GETs the URL from the address the guard resolves it to. */
    HttpProbe.Seen get(URI url) throws InterruptedException {
        return switch (resolve(url)) {
            case Resolution.Allowed allowed -> get(url, allowed.address());
            case Resolution.Refused refused -> refused(url, refused);
        };
    }

    /** GETs the URL from the given address, if the guard allows it. */
    HttpProbe.Seen getAt(URI url, InetAddress address) throws InterruptedException {
        return switch (allow(url, address)) {
            case Resolution.Allowed allowed -> get(url, address);
            case Resolution.Refused refused -> refused(url, refused);
        };
    }

    private HttpProbe.Seen get(URI url, InetAddress address) throws InterruptedException {
        pace();
        return http.get(url, address);
    }

    /** Whether a TLS handshake limited to {@code protocol} completes (address already allowed). */
    boolean handshakes(URI url, InetAddress address, String protocol) throws InterruptedException {
        pace();
        return http.handshake(url, address, protocol).tls() != null;
    }

    /** Whether the server answers a legacy ClientHello of that version (address already allowed). */
    boolean acceptsLegacy(URI url, InetAddress address, int version) throws InterruptedException {
        pace();
        return legacy.accepts(url, address, version);
    }

    private HttpProbe.Seen refused(URI url, Resolution.Refused refused) {
        Instant now = clock.instant();
        return new HttpProbe.Seen(
                url, "", now, Duration.ZERO, null, null, "refused (" + refused.reason() + "): " + refused.detail());
    }

    private void pace() throws InterruptedException {
        long now = System.nanoTime();
        if (lastStart != Long.MIN_VALUE) {
            long wait = lastStart + interval.toNanos() - now;
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
                now = System.nanoTime();
            }
        }
        lastStart = now;
    }

    /** The first address the guard allows for the URL, if any. */
    Optional<InetAddress> address(URI url) {
        return resolve(url) instanceof Resolution.Allowed allowed ? Optional.of(allowed.address()) : Optional.empty();
    }
}
