package org.goveval.monitor;

import java.util.Objects;
import org.goveval.monitor.content.ContentSettings;
import org.goveval.monitor.fetch.FetchSettings;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.monitor.politeness.PolitenessSettings;
import org.goveval.monitor.scan.ScanSettings;

/**
 * Every setting of the monitoring engine; each part documents its defaults and why.
 *
 * @param allowPrivate contact loopback, private and link-local addresses (tests and intranet deployments);
 *     refused by default as an SSRF guard
 * @param robotsToken the product token matched against robots.txt groups
 * @param content which content checks a scan runs (columns, marks, network, functions, wording, the State
 *     Council verdict); on by default
 * @param trust the certificate authorities trusted for https, by the crawl and the network check; the JDK's own
 *     by default
 */
public record MonitorSettings(
        FetchSettings fetch,
        PolitenessSettings politeness,
        ScanSettings scan,
        boolean allowPrivate,
        String robotsToken,
        ContentSettings content,
        TlsTrust trust) {
    public MonitorSettings {
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(robotsToken, "robotsToken");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(trust, "trust");
    }

    public static MonitorSettings defaults() {
        return new MonitorSettings(
                FetchSettings.defaults(),
                PolitenessSettings.defaults(),
                ScanSettings.defaults(),
                false,
                "goveval",
                ContentSettings.defaults(),
                TlsTrust.system());
    }

    public MonitorSettings withFetch(FetchSettings value) {
        return new MonitorSettings(value, politeness, scan, allowPrivate, robotsToken, content, trust);
    }

    public MonitorSettings withPoliteness(PolitenessSettings value) {
        return new MonitorSettings(fetch, value, scan, allowPrivate, robotsToken, content, trust);
    }

    public MonitorSettings withScan(ScanSettings value) {
        return new MonitorSettings(fetch, politeness, value, allowPrivate, robotsToken, content, trust);
    }

    public MonitorSettings withAllowPrivate(boolean value) {
        return new MonitorSettings(fetch, politeness, scan, value, robotsToken, content, trust);
    }

    public MonitorSettings withContent(ContentSettings value) {
        return new MonitorSettings(fetch, politeness, scan, allowPrivate, robotsToken, value, trust);
    }

    public MonitorSettings withTrust(TlsTrust value) {
        return new MonitorSettings(fetch, politeness, scan, allowPrivate, robotsToken, content, value);
    }
}
