package org.goveval.monitor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.crawl.CrawlSettings;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.politeness.PolitenessSettings;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.ScanReport;
import org.junit.jupiter.api.Test;

/** Cases a real site throws at the scanner that the farm does not: home page redirects, query floods, depth races. */
class ScanEdgeCasesTest {
    /** 127.0.0.1 and localhost only: two names of one loopback host, for redirects to "another origin". */
    private static final HostResolver LOOPBACK = host -> {
        if (host.equals("127.0.0.1") || host.equals("localhost")) {
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        }
        throw new UnknownHostException(host);
    };

    private static ScanReport scan(MiniSite site, String home, CrawlSettings crawl) throws InterruptedException {
        MonitorSettings settings =
                MonitorSettings.defaults().withAllowPrivate(true).withPoliteness(PolitenessSettings.noDelay());
        settings = settings.withScan(settings.scan().withCrawl(crawl));
        try (Monitor monitor = Monitor.create(settings, LOOPBACK, Clock.systemUTC())) {
            return monitor.scan(site.url(home), ScanListener.none(), Optional.empty());
        }
    }

    private static List<String> broken(ScanReport report) {
        return report.brokenLinks().stream().map(b -> b.url() + " " + b.kind()).toList();
    }

    @Test
    void aHomePageThatMovedToAnotherOriginIsFollowed() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            String moved = site.url("/").toString().replace("127.0.0.1", "localhost");
            site.redirect("/", moved + "index.html")
                    .page("/index.html", "/a.html", "/gone.html")
                    .page("/a.html");
            ScanReport report = scan(site, "/", CrawlSettings.defaults());
            String base = moved.substring(0, moved.length() - 1);
            assertThat(report.site()).isEqualTo(moved + "index.html");
            assertThat(broken(report)).containsExactly(base + "/gone.html HTTP_ERROR");
            assertThat(report.brokenLinks()).allMatch(BrokenLinkFinding::onHomepage);
            assertThat(report.crawledPages()).contains(base + "/a.html");
        }
    }

    @Test
    void linksRefusedAsTrapsAreStillJudged() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            String[] links = new String[60];
            for (int i = 0; i < 60; i++) {
                links[i] = "/art.jsp?id=" + i;
                if (i != 55) {
                    site.page(links[i]);
                }
            }
            site.page("/", links);
            ScanReport report = scan(site, "/", CrawlSettings.defaults());
            assertThat(broken(report)).containsExactly(site.url("/art.jsp?id=55") + " HTTP_ERROR");
            assertThat(report.linksChecked()).isEqualTo(61);
            assertThat(report.crawledPages()).hasSize(51); // the home page and 50 variants; the rest only checked
        }
    }

    /** A link first found too deep is crawled when a shallower page (here a slow one) links to it later. */
    @Test
    void aPageFoundTooDeepFirstIsCrawledWhenFoundShallowerLater() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            site.page("/", "/a.html", "/b.html")
                    .slowPage("/a.html", Duration.ofMillis(700), "/x.html")
                    .page("/b.html", "/c.html")
                    .page("/c.html", "/x.html")
                    .page("/x.html", "/gone.html");
            CrawlSettings depthTwo =
                    new CrawlSettings(100, 2, org.goveval.monitor.crawl.CrawlScope.SAME_HOST, 1024, 2, 12, 50);
            ScanReport report = scan(site, "/", depthTwo);
            assertThat(report.crawledPages()).contains(site.url("/x.html").toString());
            assertThat(broken(report)).containsExactly(site.url("/gone.html") + " HTTP_ERROR");
        }
    }

    /**
     * An attachment answered with the site's "页面不存在" page and status 200 is a soft 404; a real PDF, and an
     * HTML page behind a .pdf name that is a real page, are not.
     */
    @Test
    void anAttachmentAnsweredWithANotFoundPageIsASoft404() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            String notFound = "<html><head><title>页面不存在</title></head><body><p>对不起，您访问的页面不存在或已被删除。</p>"
                    + "<a href=\"/\">返回首页</a></body></html>";
            site.page("/", "/files/gone.pdf", "/files/real.pdf", "/files/wrapper.pdf")
                    .file("/files/gone.pdf", "text/html; charset=utf-8", notFound)
                    .file("/files/real.pdf", "application/pdf", "%PDF-1.4 fake but typed")
                    .file(
                            "/files/wrapper.pdf",
                            "text/html; charset=utf-8",
                            "<html><head><title>关于2024年预算公开的说明</title></head><body><p>预算公开说明全文，"
                                    + "附表请见下载。</p></body></html>");
            ScanReport report = scan(site, "/", CrawlSettings.defaults());
            assertThat(broken(report)).containsExactly(site.url("/files/gone.pdf") + " SOFT_404");
        }
    }

    /** A page longer than the page cap is read up to the cap, listed in truncatedPages, and counted as crawled. */
    @Test
    void aPageOverTheCapIsReportedAsTruncated() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            String[] many = new String[400];
            for (int i = 0; i < many.length; i++) {
                many[i] = "/p" + i + ".html";
                site.page(many[i]);
            }
            site.page("/", many);
            MonitorSettings settings =
                    MonitorSettings.defaults().withAllowPrivate(true).withPoliteness(PolitenessSettings.noDelay());
            settings = settings.withScan(new ScanSettings(
                    CrawlSettings.defaults(), 8, 4_096, settings.scan().checkpointInterval()));
            ScanReport report;
            try (Monitor monitor = Monitor.create(settings, LOOPBACK, Clock.systemUTC())) {
                report = monitor.scan(site.url("/"), ScanListener.none(), Optional.empty());
            }
            assertThat(report.truncatedPages()).containsExactly(site.url("/").toString());
            // links past the first 4 KiB were never seen: fewer than the 400 pages were crawled
            assertThat(report.pagesCrawled()).isBetween(2, 399);
            assertThat(report.brokenLinks()).isEmpty();
        }
    }

    /** Dead pages are fetched as part of the crawl (crawledPages) but pagesCrawled counts HTML pages only. */
    @Test
    void pagesCrawledCountsParsedPagesOnly() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            site.page("/", "/a.html", "/gone.html").page("/a.html");
            ScanReport report = scan(site, "/", CrawlSettings.defaults());
            assertThat(report.crawledPages())
                    .containsExactly(
                            site.url("/").toString(),
                            site.url("/a.html").toString(),
                            site.url("/gone.html").toString());
            assertThat(report.pagesCrawled()).isEqualTo(2);
        }
    }
}
