package org.goveval.monitor.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.politeness.HostKey;

/**
 * What one host's robots.txt lets the monitor do, for the monitor's product token. Immutable and safe to
 * share between threads.
 */
public final class RobotsRules {
    private final URI robotsUri;
    private final HostKey host;
    private final RobotsSource source;
    private final String detail;
    private final Optional<FailureKind> failure;
    private final BaseRobotRules rules;
    private final Optional<Duration> crawlDelay;
    private final List<String> sitemaps;

    private RobotsRules(
            URI robotsUri, RobotsSource source, String detail, Optional<FailureKind> failure, BaseRobotRules rules) {
        this.robotsUri = Objects.requireNonNull(robotsUri, "robotsUri");
        this.host = HostKey.of(robotsUri);
        this.source = source;
        this.detail = Objects.requireNonNull(detail, "detail");
        this.failure = failure;
        this.rules = rules;
        long delayMillis = rules.getCrawlDelay();
        // crawler-commons reports "no Crawl-delay" as a negative sentinel, and passes negative values through.
        this.crawlDelay = delayMillis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(delayMillis));
        this.sitemaps = List.copyOf(rules.getSitemaps());
    }

    /** Rules parsed from a robots.txt file. */
    static RobotsRules fetched(URI robotsUri, BaseRobotRules parsed, String detail) {
        return new RobotsRules(robotsUri, RobotsSource.FETCHED, detail, Optional.empty(), parsed);
    }

    /** Everything allowed: the file is unavailable (RFC 9309 §2.3.1.3). */
    static RobotsRules allowAll(URI robotsUri, String detail, Optional<FailureKind> failure) {
        return new RobotsRules(
                robotsUri, RobotsSource.ALLOW_ALL, detail, failure, new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    }

    /** Everything disallowed: the file is unreachable (RFC 9309 §2.3.1.4). */
    static RobotsRules disallowAll(URI robotsUri, String detail, Optional<FailureKind> failure) {
        return new RobotsRules(
                robotsUri, RobotsSource.DISALLOW_ALL, detail, failure, new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));
    }

    /**
     * Whether the monitor may fetch the URL. The longest matching rule decides, an allow rule wins a tie, and
     * {@code *} and {@code $} work as in RFC 9309 §2.2.2–2.2.3; paths are compared case-sensitively. The
     * robots.txt itself is always allowed (§2.2.2).
     *
     * @throws IllegalArgumentException if the URL belongs to another host (scheme, host or port): RFC 9309
     *     §2.3 scopes a robots.txt to its own
     */
    public boolean isAllowed(URI uri) {
        HostKey key = HostKey.of(uri);
        if (!key.equals(host)) {
            throw new IllegalArgumentException("uri " + uri + " is not on " + host + ", whose rules these are");
        }
        if ("/robots.txt".equals(uri.getRawPath())) {
            return true;
        }
        URL url;
        try {
            // the URL form: crawler-commons parses a String into a URI and then a URL for every call, and a scan
            // asks for every URL it fetches
            url = uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return rules.isAllowed(uri.toString()); // as crawler-commons decides what it cannot parse
        }
        return rules.isAllowed(url);
    }

    /**
     * The Crawl-delay of the group that applies, as written (not capped: the politeness gate caps it). Not
     * part of RFC 9309; empty when the file sets none.
     */
    public Optional<Duration> crawlDelay() {
        return crawlDelay;
    }

    /** The file's Sitemap URLs, resolved against the robots.txt URL; they apply to every group. */
    public List<String> sitemaps() {
        return sitemaps;
    }

    public RobotsSource source() {
        return source;
    }

    /** A short account for reports: the HTTP status and size, or the failure and its detail. */
    public String detail() {
        return detail;
    }

    /**
     * Why the fetch got no HTTP answer, when it got none: the failure behind an {@link RobotsSource#ALLOW_ALL}
     * or {@link RobotsSource#DISALLOW_ALL} that no status explains. Empty when the server answered, and for
     * rules made up after an interrupt.
     */
    public Optional<FailureKind> failure() {
        return failure;
    }

    /** The URL these rules were fetched from (before redirects): {@code scheme://authority/robots.txt}. */
    public URI robotsUri() {
        return robotsUri;
    }

    @Override
    public String toString() {
        return "RobotsRules[" + robotsUri + " " + source + ": " + detail + "]";
    }
}
