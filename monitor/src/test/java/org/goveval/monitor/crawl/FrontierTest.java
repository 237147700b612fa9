package org.goveval.monitor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontierTest {
    private static final URI SITE = URI.create("http://www.x.gov.cn/");

    @Test
    void breadthFirstEachUrlOnce() {
        Frontier frontier = new Frontier(SITE, CrawlSettings.defaults());
        assertThat(frontier.offer(SITE, 0)).isEqualTo(Offer.QUEUED);
        assertThat(frontier.offer(URI.create("http://www.x.gov.cn/b.html"), 1)).isEqualTo(Offer.QUEUED);
        assertThat(frontier.offer(URI.create("http://www.x.gov.cn/a.html"), 1)).isEqualTo(Offer.QUEUED);
        assertThat(frontier.offer(URI.create("http://www.x.gov.cn/a.html"), 2)).isEqualTo(Offer.ALREADY_SEEN);
        List<String> order = new ArrayList<>();
        for (Optional<FrontierEntry> e = frontier.next(); e.isPresent(); e = frontier.next()) {
            order.add(e.get().uri().getPath() + "@" + e.get().depth());
            frontier.done(e.get());
        }
        assertThat(order).containsExactly("/@0", "/b.html@1", "/a.html@1");
        assertThat(frontier.finished()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://other.gov.cn/a.html          | 1 | SAME_HOST               | OUT_OF_SCOPE
            http://www.x.gov.cn:8080/a.html     | 1 | SAME_HOST               | OUT_OF_SCOPE
            https://www.x.gov.cn/a.html         | 1 | SAME_HOST               | QUEUED
            https://www.x.gov.cn:8443/a.html    | 1 | SAME_HOST               | OUT_OF_SCOPE
            http://zwgk.x.gov.cn/a.html         | 1 | SAME_HOST               | OUT_OF_SCOPE
            http://zwgk.x.gov.cn/a.html         | 1 | SAME_REGISTRABLE_DOMAIN | QUEUED
            http://www.y.gov.cn/a.html          | 1 | SAME_REGISTRABLE_DOMAIN | OUT_OF_SCOPE
            http://www.x.gov.cn/a.html          | 9 | SAME_HOST               | TOO_DEEP
            http://www.x.gov.cn/a/a/a/a.html    | 1 | SAME_HOST               | TRAP
            """)
    void refuses(String url, int depth, CrawlScope scope, Offer expected) {
        Frontier frontier = new Frontier(SITE, CrawlSettings.defaults().withScope(scope));
        assertThat(frontier.offer(URI.create(url), depth)).isEqualTo(expected);
    }

    @Test
    void thePageBudgetStopsTheCrawl() {
        Frontier frontier = new Frontier(SITE, CrawlSettings.defaults().withMaxPages(2));
        for (int i = 0; i < 5; i++) {
            frontier.offer(URI.create("http://www.x.gov.cn/" + i + ".html"), 1);
        }
        assertThat(frontier.next()).isPresent();
        assertThat(frontier.next()).isPresent();
        assertThat(frontier.next()).isEmpty();
        assertThat(frontier.queued()).isEqualTo(3);
    }

    @Test
    void aSnapshotPutsPagesInFlightBackAndRestores() {
        Frontier frontier = new Frontier(SITE, CrawlSettings.defaults());
        frontier.offer(URI.create("http://www.x.gov.cn/1.html"), 1);
        frontier.offer(URI.create("http://www.x.gov.cn/2.html"), 1);
        frontier.offer(URI.create("http://www.x.gov.cn/3.html"), 1);
        FrontierEntry first = frontier.next().orElseThrow();
        frontier.done(first);
        frontier.next().orElseThrow(); // 2.html in flight
        FrontierState state = frontier.snapshot();
        assertThat(state.queue()).extracting(e -> e.uri().getPath()).containsExactly("/2.html", "/3.html");
        assertThat(state.taken()).isEqualTo(1);
        Frontier resumed = Frontier.restore(SITE, CrawlSettings.defaults(), state);
        assertThat(resumed.offer(URI.create("http://www.x.gov.cn/1.html"), 1)).isEqualTo(Offer.ALREADY_SEEN);
        assertThat(resumed.next().orElseThrow().uri().getPath()).isEqualTo("/2.html");
    }

    /** A resumed crawl goes on counting a pager's query variants instead of granting it a fresh allowance. */
    @Test
    void aResumedFrontierKeepsItsTrapCounts() {
        int allowed = CrawlSettings.defaults().maxQueryVariantsPerPath();
        Frontier before = new Frontier(SITE, CrawlSettings.defaults());
        for (int i = 0; i < allowed - 1; i++) {
            assertThat(before.offer(URI.create("http://www.x.gov.cn/list.jsp?page=" + i), 1))
                    .isEqualTo(Offer.QUEUED);
        }
        FrontierState saved = before.snapshot();
        assertThat(saved.queryVariants()).containsEntry("http://www.x.gov.cn/list.jsp", allowed - 1);
        Frontier after = Frontier.restore(SITE, CrawlSettings.defaults(), saved);
        assertThat(after.offer(URI.create("http://www.x.gov.cn/list.jsp?page=x"), 1))
                .isEqualTo(Offer.QUEUED);
        assertThat(after.offer(URI.create("http://www.x.gov.cn/list.jsp?page=y"), 1))
                .isEqualTo(Offer.TRAP);
    }

    /** A checkpoint written before the counts were saved still loads (no counts: the old behaviour). */
    @Test
    void aStateWithoutCountsRestores() {
        FrontierState old = new FrontierState(List.of(), List.of(), 0, null);
        assertThat(old.queryVariants()).isEmpty();
        assertThat(Frontier.restore(SITE, CrawlSettings.defaults(), old).queued())
                .isZero();
    }
}
