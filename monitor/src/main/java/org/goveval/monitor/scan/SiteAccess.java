package org.goveval.monitor.scan;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.RobotsDecision;

/**
 * How a scan reaches the web: the polite fetcher, robots.txt, and the page reader. {@link
 * org.goveval.monitor.Monitor} builds it from the real pieces; the scan itself knows none of them.
 *
 * @param fetch sends one request through politeness, SSRF guard, redirects and retries
 * @param robots what robots.txt of the URL's host says about fetching it
 * @param read decodes and parses a 2xx HTML response; empty for anything else
 */
public record SiteAccess(
        Function<FetchRequest, FetchResult> fetch,
        Function<URI, RobotsDecision> robots,
        Function<FetchResult, Optional<PageContent>> read) {
    public SiteAccess {
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(robots, "robots");
        Objects.requireNonNull(read, "read");
    }
}
