package org.goveval.monitor.politeness;

import java.time.Duration;
import java.util.Objects;

/**
 * How gently the monitor treats a site: limits on concurrent requests per host and per IP address, and the
 * spacing of request starts per host.
 *
 * @param maxInFlightPerHost requests to one host (scheme, host and port: {@link HostKey}) in flight at once
 * @param minDelayPerHost least time between the starts of two requests to one host; a robots.txt Crawl-delay
 *     can raise it for a host, never lower it
 * @param maxInFlightPerAddress requests to one IP address in flight at once, whatever the host
 * @param maxCrawlDelay the most a robots.txt Crawl-delay may space requests; larger values are capped to it
 */
public record PolitenessSettings(
        int maxInFlightPerHost, Duration minDelayPerHost, int maxInFlightPerAddress, Duration maxCrawlDelay) {

    public PolitenessSettings {
        Objects.requireNonNull(minDelayPerHost, "minDelayPerHost");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        if (maxInFlightPerHost < 1) {
            throw new IllegalArgumentException("maxInFlightPerHost must be at least 1: " + maxInFlightPerHost);
        }
        if (maxInFlightPerAddress < 1) {
            throw new IllegalArgumentException("maxInFlightPerAddress must be at least 1: " + maxInFlightPerAddress);
        }
        if (minDelayPerHost.isNegative()) {
            throw new IllegalArgumentException("minDelayPerHost cannot be negative: " + minDelayPerHost);
        }
        if (maxCrawlDelay.compareTo(minDelayPerHost) < 0) {
            throw new IllegalArgumentException("maxCrawlDelay (" + maxCrawlDelay
                    + ") cannot be less than minDelayPerHost (" + minDelayPerHost + ")");
        }
    }

    /** The settings for scanning government sites. */
    public static PolitenessSettings defaults() {
        return new PolitenessSettings(
                // County sites often run on one small server: two parallel requests keep a scan quick
                // without being felt by the site's visitors.
                2,
                // Spaces request starts so that even two parallel requests stay under a few per second.
                Duration.ofMillis(250),
                // Many county sites share one hosting platform and one IP: cap the load that the sum of
                // their host limits would put on that server.
                4,
                // A Crawl-delay of one hour would make a scan take weeks; one page every 10 s still scans
                // a site of 8,000 pages in a day.
                Duration.ofSeconds(10));
    }

    /**
     * The defaults' concurrency with no spacing at all, robots.txt Crawl-delay ignored: for benchmarks
     * against local test servers only.
     */
    public static PolitenessSettings noDelay() {
        PolitenessSettings defaults = defaults();
        return new PolitenessSettings(
                defaults.maxInFlightPerHost(), Duration.ZERO, defaults.maxInFlightPerAddress(), Duration.ZERO);
    }
}
