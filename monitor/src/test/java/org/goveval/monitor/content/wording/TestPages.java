package org.goveval.monitor.content.wording;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.ScanFacts;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.LinkCheck;
import org.jsoup.Jsoup;

/** Pages and a site context for the checks' unit tests: no network, a fixed time. */
final class TestPages {
    static final Instant AT = Instant.parse("2025-01-02T03:04:05Z");
    static final String SITE = "http://www.example.gov.cn/";

    private TestPages() {}

    static CrawledPage crawled(String url, String html) {
        return page(url, html, CrawledPage.Role.CRAWLED);
    }

    static CrawledPage linked(String url, String html) {
        return page(url, html, CrawledPage.Role.LINKED);
    }

    private static CrawledPage page(String url, String html, CrawledPage.Role role) {
        URI uri = URI.create(url);
        FetchResult result = new FetchResult(
                uri,
                uri,
                List.of(),
                200,
                Map.of("content-type", List.of("text/html; charset=utf-8")),
                html.getBytes(StandardCharsets.UTF_8),
                false,
                Optional.empty(),
                "",
                1,
                AT,
                Duration.ofMillis(5));
        return new CrawledPage(
                uri, role, role == CrawledPage.Role.CRAWLED ? 1 : -1, false, result, Jsoup.parse(html, url));
    }

    /** A page whose body is these paragraphs. */
    static CrawledPage text(String url, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><title>t</title></head><body>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return crawled(url, html.append("</body></html>").toString());
    }

    /** Runs a check over pages and finishes it; {@code sources} answers ScanFacts.sourcesOf. */
    static ContentResults run(
            SiteCheck check, EvidenceStore store, Map<String, List<String>> sources, CrawledPage... pages)
            throws InterruptedException {
        for (CrawledPage page : pages) {
            check.observer().page(page);
        }
        ContentResults results = new ContentResults();
        check.finish(context(store, sources), results);
        return results;
    }

    static ContentResults run(SiteCheck check, CrawledPage... pages) throws InterruptedException {
        return run(check, EvidenceStore.NONE, Map.of(), pages);
    }

    static SiteContext context(EvidenceStore store, Map<String, List<String>> sources) {
        ScanFacts facts = new ScanFacts() {
            @Override
            public Optional<LinkCheck> verdict(String url) {
                return Optional.empty();
            }

            @Override
            public List<String> sourcesOf(String url) {
                return sources.getOrDefault(url, List.of());
            }

            @Override
            public List<String> crawledPages() {
                return List.of();
            }
        };
        return new SiteContext(
                URI.create(SITE),
                Set.of(SITE),
                request -> {
                    throw new AssertionError("no fetch expected: " + request);
                },
                url -> {
                    throw new AssertionError("no robots expected: " + url);
                },
                result -> Optional.empty(),
                facts,
                store,
                Clock.fixed(AT, ZoneOffset.UTC));
    }
}
