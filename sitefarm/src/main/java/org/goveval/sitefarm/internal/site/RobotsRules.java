package org.goveval.sitefarm.internal.site;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A site's robots.txt: one group for every agent (RFC 9309 section 2.2) with its disallowed path prefixes and
 * an optional Crawl-delay in seconds.
 */
public record RobotsRules(List<String> disallow, Optional<Duration> crawlDelay) {
    /** Every generated site keeps its internal office pages from robots. */
    public static final String PRIVATE = "/private/";

    public RobotsRules {
        disallow = List.copyOf(disallow);
    }

    public static RobotsRules standard(Optional<Duration> crawlDelay) {
        return new RobotsRules(List.of(PRIVATE), crawlDelay);
    }

    public String text() {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        disallow.forEach(prefix -> text.append("Disallow: ").append(prefix).append('\n'));
        crawlDelay.ifPresent(delay -> text.append("Crawl-delay: ")
                .append(BigDecimal.valueOf(delay.toMillis(), 3)
                        .stripTrailingZeros()
                        .toPlainString())
                .append('\n'));
        return text.toString();
    }

    public boolean disallows(String rawPath) {
        return disallow.stream().anyMatch(rawPath::startsWith);
    }
}
