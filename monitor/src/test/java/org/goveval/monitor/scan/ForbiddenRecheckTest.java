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
import org.goveval.monitor.content.ContentSettings;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.politeness.PolitenessSettings;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.ScanReport;
import org.junit.jupiter.api.Test;

/**
 * "403 answers that persist are reported separately": a URL answered 403 is asked once more at the end of the
 * scan, after a pause, and only a second 403 makes it BLOCKED; a second answer that works reports nothing, and
 * another error reports that error.
 */
class ForbiddenRecheckTest {
    private static final HostResolver LOOPBACK = host -> {
        if (host.equals("127.0.0.1")) {
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        }
        throw new UnknownHostException(host);
    };
    private static final Duration PAUSE = Duration.ofMillis(300);

    private static ScanReport scan(MiniSite site) throws InterruptedException {
        MonitorSettings settings = MonitorSettings.defaults()
                .withAllowPrivate(true)
                .withPoliteness(PolitenessSettings.noDelay())
                .withContent(ContentSettings.linksOnly());
        settings = settings.withScan(settings.scan().withForbiddenRecheckAfter(PAUSE));
        try (Monitor monitor = Monitor.create(settings, LOOPBACK, Clock.systemUTC())) {
            return monitor.scan(site.url("/"), ScanListener.none(), Optional.empty());
        }
    }

    @Test
    void onlyA403ThatPersistsIsBlocked() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            site.page("/", "/flaky.html", "/forbidden.html", "/then-gone.html", "/files/flaky.pdf")
                    .page("/flaky.html", "/behind.html") // 403 once, then this page: its links count
                    .firstAnswers("/flaky.html", 403)
                    .status("/forbidden.html", 403)
                    .firstAnswers("/then-gone.html", 403) // then the default 404
                    .file("/files/flaky.pdf", "application/pdf", "%PDF-1.4")
                    .firstAnswers("/files/flaky.pdf", 403, 403); // HEAD and GET refused, then HEAD answers
            ScanReport report = scan(site);
            String home = site.url("/").toString();
            String flaky = site.url("/flaky.html").toString();

            assertThat(report.blockedOrThrottled())
                    .containsExactly(new BrokenLinkFinding(
                            site.url("/forbidden.html").toString(),
                            "BLOCKED",
                            403,
                            List.of(home),
                            true,
                            "403 Forbidden, and again later",
                            report.startedAt())); // first seen by this scan
            assertThat(report.brokenLinks())
                    .containsExactly(
                            new BrokenLinkFinding(
                                    site.url("/behind.html").toString(),
                                    "HTTP_ERROR",
                                    404,
                                    List.of(flaky),
                                    false,
                                    "HTTP 404",
                                    report.startedAt()),
                            new BrokenLinkFinding(
                                    site.url("/then-gone.html").toString(),
                                    "HTTP_ERROR",
                                    404,
                                    List.of(home),
                                    true,
                                    "HTTP 404",
                                    report.startedAt()));
            assertThat(report.pagesCrawled()).isEqualTo(2); // the home page, and /flaky.html the second time
            assertThat(report.linksChecked()).isEqualTo(6);
            assertThat(report.crawledPages())
                    .contains(flaky, site.url("/behind.html").toString());

            assertThat(site.requestTimes("/forbidden.html")).hasSize(2);
            assertThat(site.requestTimes("/flaky.html")).hasSize(2);
            assertThat(site.requestTimes("/then-gone.html")).hasSize(2);
            assertThat(site.requestTimes("/files/flaky.pdf")).hasSize(3); // HEAD 403, GET 403; HEAD 200
            assertThat(site.requestTimes("/behind.html")).hasSize(1);
            // asked again later, not at once: at least the pause after the last first 403
            List<Long> forbidden = site.requestTimes("/forbidden.html");
            assertThat(Duration.ofNanos(forbidden.get(1) - forbidden.get(0))).isGreaterThanOrEqualTo(PAUSE);
        }
    }

    @Test
    void aSiteWithoutA403IsNotAskedTwice() throws InterruptedException {
        try (MiniSite site = new MiniSite()) {
            site.page("/", "/a.html").page("/a.html");
            ScanReport report = scan(site);
            assertThat(report.blockedOrThrottled()).isEmpty();
            assertThat(site.requestTimes("/a.html")).hasSize(1);
            assertThat(site.requestTimes("/")).hasSize(1);
        }
    }
}
