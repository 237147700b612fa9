package org.goveval.monitor.content;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.RobotsDecision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A site in memory for content-check tests: pages as HTML strings, served to checks as the crawl would have
 * seen them ({@link #page}) and through the context's fetcher afterwards ({@link #context}), all fetched at
 * one instant.
 */
public final class ContentFixtures {
    /** 2024-12-20, 10:00 in Beijing. */
    public static final Instant AT = Instant.parse("2024-12-20T02:00:00Z");

    public static final String SITE = "http://www.example.gov.cn/";

    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<String> fetchedLater = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MemoryEvidenceStore evidence = new MemoryEvidenceStore();

    public ContentFixtures add(String path, String html) {
        pages.put(url(path), html);
        return this;
    }

    public static String url(String path) {
        return SITE + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The page at {@code path} as the crawl passes it to observers. */
    public CrawledPage page(String path, int depth) {
        String url = url(path);
        FetchResult result = ok(url, pages.get(url));
        return new CrawledPage(
                URI.create(url), CrawledPage.Role.CRAWLED, depth, path.equals("/"), result, parse(result));
    }

    /** URLs fetched through the context (after the crawl), in order. */
    public List<String> fetchedLater() {
        return List.copyOf(fetchedLater);
    }

    public MemoryEvidenceStore evidence() {
        return evidence;
    }

    public SiteContext context() {
        return context(evidence);
    }

    /** The context with another evidence store (to show what a check stored before it finished). */
    public SiteContext context(EvidenceStore store) {
        return new SiteContext(
                URI.create(SITE),
                java.util.Set.of(SITE),
                request -> {
                    String url = request.uri().toString();
                    fetchedLater.add(url);
                    String html = pages.get(url);
                    return html == null ? status(url, 404) : ok(url, html);
                },
                uri -> RobotsDecision.allow(),
                result -> result.isSuccess() ? Optional.of(parse(result)) : Optional.empty(),
                new ScanFacts() {
                    @Override
                    public Optional<LinkCheck> verdict(String url) {
                        return Optional.empty();
                    }

                    @Override
                    public List<String> sourcesOf(String url) {
                        return List.of();
                    }

                    @Override
                    public List<String> crawledPages() {
                        return List.of();
                    }
                },
                store,
                Clock.fixed(AT, ZoneOffset.UTC));
    }

    /**
     * The default limits with some changed, named as {@link ContentLimits}'s components: {@code limits("messages",
     * 2)}.
     */
    public static ContentLimits limits(Object... nameValuePairs) {
        Map<String, Integer> changed = new java.util.HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            changed.put((String) nameValuePairs[i], (Integer) nameValuePairs[i + 1]);
        }
        ContentLimits defaults = ContentLimits.defaults();
        java.lang.reflect.RecordComponent[] components = ContentLimits.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                values[i] = changed.containsKey(name)
                        ? changed.remove(name)
                        : components[i].getAccessor().invoke(defaults);
                types[i] = components[i].getType();
            }
            if (!changed.isEmpty()) {
                throw new IllegalArgumentException("no such limits: " + changed.keySet());
            }
            return ContentLimits.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FetchResult ok(String url, String html) {
        if (html == null) {
            throw new IllegalArgumentException("no page at " + url);
        }
        return new FetchResult(
                URI.create(url),
                URI.create(url),
                List.of(),
                200,
                Map.of("content-type", List.of("text/html; charset=utf-8")),
                html.getBytes(StandardCharsets.UTF_8),
                false,
                Optional.<FailureKind>empty(),
                "",
                1,
                AT,
                Duration.ofMillis(5));
    }

    private static FetchResult status(String url, int status) {
        return new FetchResult(
                URI.create(url),
                URI.create(url),
                List.of(),
                status,
                Map.of(),
                new byte[0],
                false,
                Optional.<FailureKind>empty(),
                "",
                1,
                AT,
                Duration.ofMillis(5));
    }

    private static Document parse(FetchResult result) {
        return Jsoup.parse(
                new String(result.body(), StandardCharsets.UTF_8),
                result.finalUri().toString());
    }
}
