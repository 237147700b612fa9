package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.CheckpointStore;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.monitor.scan.ScanProgress;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.junit.jupiter.api.Test;

/**
 * A scan whose checkpoint lives in a store other than a file (as a server keeps it in its database) resumes
 * from it on another monitor, and tells its listener what it resumed from.
 */
class ResumeFromStoreTest {
    /** The store a server would back with a row: bytes in, bytes out. */
    static final class MemoryCheckpoint implements CheckpointStore {
        volatile byte[] saved;
        final AtomicInteger saves = new AtomicInteger();
        final AtomicInteger deletes = new AtomicInteger();

        @Override
        public Optional<byte[]> load() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void save(byte[] checkpoint) {
            saved = checkpoint.clone();
            saves.incrementAndGet();
        }

        @Override
        public void delete() {
            deletes.incrementAndGet();
        }
    }

    @Test
    void anInterruptedScanResumesFromTheStoreAndSaysSo() throws InterruptedException {
        MonitorSettings defaults = FarmMonitor.settings();
        MonitorSettings settings = defaults.withScan(defaults.scan().withCheckpointInterval(Duration.ofMillis(100)));
        MemoryCheckpoint store = new MemoryCheckpoint();
        try (RunningFarm farm =
                SiteFarm.start(FarmSpec.testFarm().withHang(Duration.ofSeconds(20)), Clock.systemUTC())) {
            FarmSite site = farm.site("defects");
            Thread scanner = Thread.currentThread();
            AtomicBoolean interrupted = new AtomicBoolean();
            List<ScanProgress> resumedFirst = new ArrayList<>();
            ScanListener interruptAfterTwelvePages = new ScanListener() {
                @Override
                public void progress(ScanProgress p) {
                    if (p.pagesCrawled() >= 12 && interrupted.compareAndSet(false, true)) {
                        scanner.interrupt();
                    }
                }

                @Override
                public void resumed(ScanProgress saved) {
                    resumedFirst.add(saved);
                }
            };
            try (Monitor first = Monitor.create(settings, FarmMonitor.loopbackOnly(), Clock.systemUTC())) {
                assertThatThrownBy(() -> first.scan(
                                site.homepage(),
                                interruptAfterTwelvePages,
                                store,
                                EvidenceStore.NONE,
                                settings.content()))
                        .isInstanceOf(InterruptedException.class);
            }
            Thread.interrupted();
            assertThat(resumedFirst).as("a fresh scan does not say it resumed").isEmpty();
            assertThat(store.saved).isNotNull();
            assertThat(store.deletes).hasValue(0);

            List<ScanProgress> resumed = new ArrayList<>();
            ScanListener hearResume = new ScanListener() {
                @Override
                public void progress(ScanProgress p) {}

                @Override
                public void resumed(ScanProgress saved) {
                    resumed.add(saved);
                }
            };
            ScanReport report;
            try (Monitor second = Monitor.create(settings, FarmMonitor.loopbackOnly(), Clock.systemUTC())) {
                report = second.scan(site.homepage(), hearResume, store, EvidenceStore.NONE, settings.content());
            }
            assertThat(resumed).hasSize(1);
            assertThat(resumed.getFirst().pagesCrawled()).isGreaterThanOrEqualTo(12);
            assertThat(store.deletes).hasValue(1);
            assertThat(farm.requestLog().count("defects", "/")).isEqualTo(1);
            assertThat(report.brokenLinks().stream()
                            .map(BrokenLinkFinding::url)
                            .sorted()
                            .toList())
                    .isEqualTo(site.manifest().brokenLinks().stream()
                            .map(ManifestLink::url)
                            .sorted()
                            .toList());
        }
    }
}
