package org.goveval.server.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.content.ContentSettings;
import org.goveval.monitor.report.FirstSeen;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.monitor.scan.ScanProgress;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.evidence.EvidenceCopies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one queued scan on this node: the monitor's whole scan of one website (links and content checks),
 * with its checkpoint and evidence copies in the shared database, so that a scan interrupted by a shutdown or a
 * dead node resumes on any node instead of starting over, and the report stored in the database.
 */
@Component
public class ScanRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScanRunner.class);
    /** Earlier home-page snapshots a scan compares with: a month covers the two-week rule with room. */
    private static final Duration SNAPSHOT_HISTORY = Duration.ofDays(31);

    /** Thrown when the node stops mid-scan: the scheduler retries the job, which resumes from the checkpoint. */
    static final class ScanInterrupted extends RuntimeException {
        ScanInterrupted(long id) {
            super("scan " + id + " interrupted; it resumes from its checkpoint");
        }
    }

    private final Scans scans;
    private final Campaigns campaigns;
    private final ServerMonitor monitors;
    private final Probes probes;
    private final HomepageSnapshots snapshots;
    private final ScanCheckpoints checkpoints;
    private final EvidenceCopies evidence;
    private final Clock clock;
    private final AtomicInteger running = new AtomicInteger();
    private final Counter done;
    private final Counter failed;
    private final Counter pages;
    private final Counter links;

    public ScanRunner(
            Scans scans,
            Campaigns campaigns,
            ServerMonitor monitors,
            Probes probes,
            HomepageSnapshots snapshots,
            ScanCheckpoints checkpoints,
            EvidenceCopies evidence,
            Clock clock,
            MeterRegistry registry) {
        this.checkpoints = checkpoints;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.scans = scans;
        this.campaigns = campaigns;
        this.monitors = monitors;
        this.probes = probes;
        this.clock = clock;
        registry.gauge("goveval.scans.running", running);
        this.done = registry.counter("goveval.scans.finished", "outcome", "done");
        this.failed = registry.counter("goveval.scans.finished", "outcome", "failed");
        this.pages = registry.counter("goveval.scan.pages");
        this.links = registry.counter("goveval.scan.links");
    }

    public void run(long scanId, String node) {
        if (!scans.start(scanId, node)) {
            LOG.info("scan {} is finished already; nothing to do", scanId);
            return;
        }
        Scans.Scan scan = scans.scan(scanId).orElseThrow();
        Campaigns.Website website = campaigns.website(scan.websiteId()).orElseThrow();
        running.incrementAndGet();
        try {
            ContentSettings content = MonitorSettings.defaults().content();
            URI home = URI.create(website.url());
            content = content.withGovCheck(content.govCheck()
                    .withPortal(website.portal())
                    .withProbes(probes.lastWholeWeek(website.id(), home, clock.instant())));
            content = content.withHomepageHistory(
                    snapshots.since(website.id(), clock.instant().minus(SNAPSHOT_HISTORY)));
            ScanReport scanned = monitors.forWebsite(website.demoSite() != null)
                    .scan(
                            home,
                            new Listener(scanId, node),
                            checkpoints.forScan(scanId, node),
                            evidence.forScan(scanId),
                            content);
            ScanReport report = withFirstSeen(website, scanned);
            // stores the report and deletes the checkpoint at once, only if this node still runs the scan
            if (!scans.finish(scanId, node, report, ReportJson.write(report))) {
                LOG.warn("scan {} was taken over by another node; this node's report is dropped", scanId);
                return;
            }
            if (report.homepageUpdates() != null && report.homepageUpdates().snapshot() != null) {
                snapshots.record(
                        website.id(),
                        HomepageSnapshots.Source.SCAN,
                        report.homepageUpdates().snapshot());
            }
            done.increment();
            LOG.info(
                    "scan {} of {} done on {}: {} pages, {} broken links",
                    scanId,
                    website.url(),
                    node,
                    report.pagesCrawled(),
                    report.brokenLinks().size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanInterrupted(scanId);
        } catch (RuntimeException e) {
            fail(scanId, e);
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * The report with since when each link is broken, carried from the website's newest stored report as {@code
     * goveval scan --previous} carries it ({@link FirstSeen}). No usable previous report (none yet, the website's
     * URL edited so that it is another site, a scan that overlapped this one) starts the history at this scan:
     * the scanner dates every link to its own start.
     */
    private ScanReport withFirstSeen(Campaigns.Website website, ScanReport report) {
        Optional<String> stored = scans.latestReport(website.id());
        if (stored.isEmpty()) {
            return report;
        }
        try {
            return FirstSeen.carry(ReportJson.read(stored.get()), report);
        } catch (RuntimeException e) { // another site, an overlapping scan, or a report this version cannot read
            LOG.info(
                    "website {}: first seen dates start with this scan, not carried ({})",
                    website.id(),
                    e.getMessage());
            return report;
        }
    }

    /** Counts pages and links into the metrics, and writes on the scan row what a resumed scan kept. */
    private final class Listener implements ScanListener {
        private final long scanId;
        private final String node;
        private int pagesSeen;
        private int linksSeen;

        Listener(long scanId, String node) {
            this.scanId = scanId;
            this.node = node;
        }

        @Override
        public synchronized void progress(ScanProgress progress) {
            pages.increment(Math.max(0, progress.pagesCrawled() - pagesSeen));
            links.increment(Math.max(0, progress.linksChecked() - linksSeen));
            pagesSeen = Math.max(pagesSeen, progress.pagesCrawled());
            linksSeen = Math.max(linksSeen, progress.linksChecked());
        }

        @Override
        public synchronized void resumed(ScanProgress saved) {
            pagesSeen = saved.pagesCrawled(); // counted by the attempt that crawled them
            linksSeen = saved.linksChecked();
            scans.resumed(scanId, node, saved.pagesCrawled());
            LOG.info(
                    "scan {} resumed on {} from its checkpoint: {} pages crawled, {} links checked before",
                    scanId,
                    node,
                    saved.pagesCrawled(),
                    saved.linksChecked());
        }
    }

    private void fail(long scanId, RuntimeException e) {
        LOG.warn("scan {} failed: {}", scanId, e.toString());
        scans.fail(scanId, e.toString());
        failed.increment();
    }
}
