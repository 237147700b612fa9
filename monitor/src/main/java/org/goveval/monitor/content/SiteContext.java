package org.goveval.monitor.content;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.RobotsDecision;
import org.jsoup.nodes.Document;

/**
 * What a check may use once the crawl is over: the same polite fetcher and robots.txt as the crawl (a
 * check's own requests, such as a search or an https probe, go through them too), the crawl's facts, the
 * evidence store and the clock.
 *
 * @param site the home page as finally scanned (after a redirect off the requested scope)
 * @param homepages the home page's names (as requested, as redirected, duplicates)
 * @param fetch the scan's polite fetcher
 * @param robots what robots.txt says about a URL; a check must not fetch what it disallows
 * @param parse decodes and parses a 2xx HTML response; empty for anything else
 * @param facts the crawl's verdicts and sources
 * @param evidence where copies of cited pages go
 */
public record SiteContext(
        URI site,
        Set<String> homepages,
        Function<FetchRequest, FetchResult> fetch,
        Function<URI, RobotsDecision> robots,
        Function<FetchResult, Optional<Document>> parse,
        ScanFacts facts,
        EvidenceStore evidence,
        Clock clock) {
    public SiteContext {
        Objects.requireNonNull(site, "site");
        homepages = Set.copyOf(homepages);
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(robots, "robots");
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(clock, "clock");
    }
}
