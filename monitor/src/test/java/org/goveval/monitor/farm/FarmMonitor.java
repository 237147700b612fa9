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

    /**
     * The longest a request may take from the politeness gate to the farm's handler: connecting, sending, a
     * virtual thread of the monitor and then one of the farm getting a carrier. Both run in this JVM on the
     * same carrier threads, so a request waits whenever pages are being parsed; on the 2-core machine gaps
     * between a host's request starts, as the farm logs them, came out up to 51 ms short of the 60 ms delay,
     * and a run of starts up to 75 ms ahead of schedule (nine site scans). The farm's log sees arrivals, never
     * the gate: timings read from it are exact up to this, which leaves more than four times that room for a CI
     * machine busier than ours (a collection or a burst of compiling at the wrong moment).
     */
    static final Duration ARRIVAL = Duration.ofMillis(350);

    /**
     * How long the monitor surely keeps an unanswered request open, as the farm measures it: its budget runs
     * from before the request reaches the farm, so the farm may see it for up to {@link #ARRIVAL} less.
     */
    static final Duration CLIENT_WAIT = BUDGET.minus(ARRIVAL);

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
        PolitenessSettings p = PolitenessSettings.defaults();
        return settings(new PolitenessSettings(p.maxInFlightPerHost(), HOST_DELAY, 8, Duration.ofSeconds(1)));
    }

    /** The farm's settings with other politeness. */
    static MonitorSettings settings(PolitenessSettings politeness) {
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

    static Monitor create(PolitenessSettings politeness) {
        return Monitor.create(settings(politeness), loopbackOnly(), Clock.systemUTC());
    }
}
