package org.goveval.monitor.crawl;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Refuses URLs that lead into spider traps: infinite calendars, pagers and search results (many query
 * variants of one path), repeated path segments from broken relative links, absurdly deep or long URLs.
 * Session identifiers are removed earlier, by {@link UrlNormalizer}. Thread-safe.
 */
public final class TrapGuard {
    private final CrawlSettings settings;
    private final Map<String, AtomicInteger> queryVariants = new ConcurrentHashMap<>();

    public TrapGuard(CrawlSettings settings) {
        this.settings = settings;
    }

    /** The query variants accepted so far per path, for a checkpoint. */
    public Map<String, Integer> queryVariantCounts() {
        Map<String, Integer> counts = new HashMap<>();
        queryVariants.forEach((path, count) -> counts.put(path, count.get()));
        return counts;
    }

    /** Continues counting from a checkpoint's counts. */
    void restore(Map<String, Integer> counts) {
        counts.forEach((path, count) -> queryVariants.put(path, new AtomicInteger(count)));
    }

    /** Why the URL is a trap, or empty when it may be crawled. Counts the URL's query variant if accepted. */
    public Optional<String> check(URI uri) {
        String text = uri.toString();
        if (text.length() > settings.maxUrlLength()) {
            return Optional.of("URL longer than " + settings.maxUrlLength() + " characters");
        }
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String[] segments = path.split("/");
        if (segments.length - 1 > settings.maxPathDepth()) {
            return Optional.of("path deeper than " + settings.maxPathDepth() + " segments");
        }
        Optional<String> repeated = repeatedSegment(segments);
        if (repeated.isPresent()) {
            return repeated;
        }
        if (uri.getRawQuery() != null) {
            String key = uri.getScheme() + "://" + uri.getRawAuthority() + path;
            int variants =
                    queryVariants.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (variants > settings.maxQueryVariantsPerPath()) {
                return Optional.of("more than " + settings.maxQueryVariantsPerPath() + " query variants of " + path);
            }
        }
        return Optional.empty();
    }

    private Optional<String> repeatedSegment(String[] segments) {
        Map<String, Integer> counts = new HashMap<>();
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            int count = counts.merge(segment, 1, Integer::sum);
            if (count > settings.maxSegmentRepeats()) {
                return Optional.of("path segment '" + segment + "' repeated " + count + " times");
            }
        }
        return Optional.empty();
    }
}
