package org.goveval.monitor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A check that breaks costs its own part of the report, never the scan or the other checks. */
class ContentChecksTest {
    /** Fails on every page and again when finishing. */
    private static final class Broken implements SiteCheck {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public PageObserver observer() {
            return page -> {
                throw new IllegalStateException("cannot read " + page.url());
            };
        }

        @Override
        public void finish(SiteContext context, ContentResults results) {
            throw new ArithmeticException("divide by zero");
        }
    }

    /** Counts pages and records one finding: it must run despite the broken one before it. */
    private static final class Counting implements SiteCheck {
        final AtomicInteger pages = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public PageObserver observer() {
            return page -> pages.incrementAndGet();
        }

        @Override
        public void finish(SiteContext context, ContentResults results) {
            results.addFindings(List.of(
                    new Finding("counting", "SEEN", Finding.Severity.WARNING, pages.get() + " pages", List.of())));
        }
    }

    @Test
    void aBrokenCheckIsReportedAndTheOthersCarryOn() throws InterruptedException {
        ContentFixtures site = new ContentFixtures()
                .add("/", "<html><body><p>首页</p></body></html>")
                .add("/a.html", "<html><body><p>a</p></body></html>");
        Counting counting = new Counting();
        ContentChecks checks = new ContentChecks(List.of(new Broken(), counting));
        checks.observer().page(site.page("/", 0)); // must not throw
        checks.observer().page(site.page("/a.html", 1));
        ContentResults results = checks.finish(site.context());

        assertThat(counting.pages).hasValue(2);
        assertThat(results.findings())
                .extracting(Finding::check, Finding::code, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("broken", "CHECK_FAILED", Finding.Severity.NEEDS_REVIEW),
                        org.assertj.core.groups.Tuple.tuple("broken", "CHECK_FAILED", Finding.Severity.NEEDS_REVIEW),
                        org.assertj.core.groups.Tuple.tuple("counting", "SEEN", Finding.Severity.WARNING));
        assertThat(results.findings().get(0).message())
                .contains("出错 2 次")
                .contains("IllegalStateException: cannot read " + ContentFixtures.url("/"));
        assertThat(results.findings().get(0).evidence().getFirst().url()).isEqualTo(ContentFixtures.url("/"));
        assertThat(results.findings().get(1).message()).contains("ArithmeticException: divide by zero");
    }
}
