package org.goveval.monitor;

import java.util.Objects;
import org.goveval.monitor.fetch.FetchSettings;
import org.goveval.monitor.politeness.PolitenessSettings;
import org.goveval.monitor.scan.ScanSettings;

/**
 * Every setting of the monitoring engine; each part documents its defaults and why.
 *
 * @param allowPrivate contact loopback, private and link-local addresses (tests and intranet deployments);
 *     refused by default as an SSRF guard
 * @param robotsToken the product token matched against robots.txt groups
 */
public record MonitorSettings(
        FetchSettings fetch,
        PolitenessSettings politeness,
        ScanSettings scan,
        boolean allowPrivate,
        String robotsToken) {
    public MonitorSettings {
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(robotsToken, "robotsToken");
    }

    public static MonitorSettings defaults() {
        return new MonitorSettings(
                FetchSettings.defaults(), PolitenessSettings.defaults(), ScanSettings.defaults(), false, "goveval");
    }

    public MonitorSettings withFetch(FetchSettings value) {
        return new MonitorSettings(value, politeness, scan, allowPrivate, robotsToken);
    }

    public MonitorSettings withPoliteness(PolitenessSettings value) {
        return new MonitorSettings(fetch, value, scan, allowPrivate, robotsToken);
    }

    public MonitorSettings withScan(ScanSettings value) {
        return new MonitorSettings(fetch, politeness, value, allowPrivate, robotsToken);
    }

    public MonitorSettings withAllowPrivate(boolean value) {
        return new MonitorSettings(fetch, politeness, scan, value, robotsToken);
    }
}
