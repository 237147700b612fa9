package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted scan resumes from its checkpoint instead of starting over, and reports the same truth. */
class ResumeScanTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptedScanResumesFromItsCheckpoint() throws InterruptedException {
        Path checkpoint = dir.resolve("defects.checkpoint.json");
        MonitorSettings settings = FarmMonitor.settings();
        settings = settings.withScan(settings.scan().withCheckpointInterval(Duration.ofMillis(100)));
        try (RunningFarm farm =
                SiteFarm.start(FarmSpec.testFarm().withHang(Duration.ofSeconds(20)), Clock.systemUTC())) {
            FarmSite site = farm.site("defects");
            Thread scanner = Thread.currentThread();
            AtomicBoolean interrupted = new AtomicBoolean();
            ScanListener interruptAfterTwelvePages = p -> {
                if (p.pagesCrawled() >= 12 && interrupted.compareAndSet(false, true)) {
                    scanner.interrupt();
                }
            };
            try (Monitor first = Monitor.create(settings, FarmMonitor.loopbackOnly(), Clock.systemUTC())) {
                assertThatThrownBy(
                                () -> first.scan(site.homepage(), interruptAfterTwelvePages, Optional.of(checkpoint)))
                        .isInstanceOf(InterruptedException.class);
            }
            Thread.interrupted(); // clear the flag for what follows
            assertThat(checkpoint).exists();
            long homeRequestsBefore = farm.requestLog().count("defects", "/");
            assertThat(homeRequestsBefore).isEqualTo(1);

            ScanReport report;
            try (Monitor second = Monitor.create(settings, FarmMonitor.loopbackOnly(), Clock.systemUTC())) {
                report = second.scan(site.homepage(), ScanListener.none(), Optional.of(checkpoint));
            }
            assertThat(checkpoint).doesNotExist();
            // the home page was crawled before the checkpoint: the resumed scan did not fetch it again
            assertThat(farm.requestLog().count("defects", "/")).isEqualTo(1);
            assertThat(report.brokenLinks().stream()
                            .map(BrokenLinkFinding::url)
                            .sorted()
                            .toList())
                    .isEqualTo(site.manifest().brokenLinks().stream()
                            .map(ManifestLink::url)
                            .sorted()
                            .toList());
            assertThat(report.crawledPages()).containsAll(site.manifest().pages());
            List<String> homeLinks = report.brokenLinks().stream()
                    .filter(BrokenLinkFinding::onHomepage)
                    .map(BrokenLinkFinding::url)
                    .sorted()
                    .toList();
            assertThat(homeLinks)
                    .isEqualTo(site.manifest().brokenLinks().stream()
                            .filter(ManifestLink::onHomepage)
                            .map(ManifestLink::url)
                            .sorted()
                            .toList());
        }
    }

    @Test
    void aDamagedCheckpointIsReportedNotIgnored() throws Exception {
        Path checkpoint = dir.resolve("broken.json");
        Files.writeString(checkpoint, "{not json", java.nio.charset.StandardCharsets.UTF_8);
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Clock.systemUTC());
                Monitor monitor = FarmMonitor.create()) {
            assertThatThrownBy(() ->
                            monitor.scan(farm.site("clean").homepage(), ScanListener.none(), Optional.of(checkpoint)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("scan checkpoint " + checkpoint + " is damaged")
                    .hasMessageEndingWith("delete it to start the scan over");
        }
    }
}
