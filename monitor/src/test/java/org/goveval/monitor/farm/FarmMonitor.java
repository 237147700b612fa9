package org.goveval.monitor.farm;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.fetch.FetchSettings;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.politeness.PolitenessSettings;

/**
 * A monitor set up for the farm: loopback allowed, a resolver that knows only 127.0.0.1 (so that the
 * farm's {@code .invalid} links fail without a query leaving the machine), and short time limits so that the
 * planted timeout and retries cost seconds, not minutes.
 */
final class FarmMonitor {
    static final Duration BUDGET = Duration.ofMillis(1500);
    static final Duration HOST_DELAY = Duration.ofMillis(60);
    static final Duration FORBIDDEN_RECHECK = Duration.ofMillis(200);

    private FarmMonitor() {}

    static HostResolver loopbackOnly() {
        return host -> {
            if (host.equals("127.0.0.1") || host.equals("localhost")) {
                return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
            }
            throw new UnknownHostException(host + " (the test resolver knows only 127.0.0.1)");
        };
    }

    static MonitorSettings settings() {
        FetchSettings d = FetchSettings.defaults();
        FetchSettings fetch = new FetchSettings(
                d.userAgent(),
                Duration.ofMillis(1000),
                BUDGET,
                d.maxRedirects(),
                2,
                Duration.ofMillis(50),
                Duration.ofSeconds(2),
                d.maxBodyBytes());
        PolitenessSettings p = PolitenessSettings.defaults();
        PolitenessSettings politeness =
                new PolitenessSettings(p.maxInFlightPerHost(), HOST_DELAY, 8, Duration.ofSeconds(1));
        MonitorSettings defaults = MonitorSettings.defaults();
        return defaults.withFetch(fetch)
                // the 403 asked again after a moment, not the default 10 s: the farm's 403 never goes away
                .withScan(defaults.scan().withForbiddenRecheckAfter(FORBIDDEN_RECHECK))
                .withPoliteness(politeness)
                .withAllowPrivate(true);
    }

    static Monitor create() {
        return Monitor.create(settings(), loopbackOnly(), Clock.systemUTC());
    }
}
