package org.goveval.monitor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.content.ContentChecks;
import org.goveval.monitor.content.ContentSettings;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.columns.ColumnRules;
import org.goveval.monitor.content.columns.HomepageSnapshot;
import org.goveval.monitor.fetch.FailureKind;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.HttpFetcher;
import org.goveval.monitor.fetch.RequestGate;
import org.goveval.monitor.links.RobotsDecision;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.monitor.politeness.PolitenessGate;
import org.goveval.monitor.probe.AvailabilityProbe;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.robots.RobotsCache;
import org.goveval.monitor.robots.RobotsRules;
import org.goveval.monitor.robots.RobotsSource;
import org.goveval.monitor.scan.CheckpointStore;
import org.goveval.monitor.scan.PageReader;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.monitor.scan.SiteAccess;
import org.goveval.monitor.scan.SiteScanner;

/**
 * The front door of the monitoring engine: scans sites politely. One instance shares its politeness and
 * robots.txt cache across all scans it runs, so several sites on one server are not hammered together.
 */
public final class Monitor implements AutoCloseable {
    /** Failures of a robots.txt request that mean the host itself cannot be reached. */
    /** A home page's snapshot reads at most this much of it (a portal's home page is well under). */
    private static final long SNAPSHOT_BYTES = 4L * 1024 * 1024;

    private static final Set<FailureKind> UNREACHABLE =
            Set.of(FailureKind.DNS_FAILURE, FailureKind.CONNECTION_FAILED, FailureKind.TIMEOUT, FailureKind.TLS_ERROR);

    private final MonitorSettings settings;
    private final Clock clock;
    private final PolitenessGate gate;
    private final HttpFetcher fetcher;
    private final HttpFetcher probeFetcher;
    private final RobotsCache robots;
    private final AddressPolicy policy;
    private final Set<String> crawlDelaysApplied = ConcurrentHashMap.newKeySet();

    private Monitor(MonitorSettings settings, HostResolver resolver, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.gate = new PolitenessGate(settings.politeness());
        AddressPolicy policy = new AddressPolicy(resolver, settings.allowPrivate());
        this.policy = policy;
        TlsTrust tls = settings.trust();
        this.fetcher = new HttpFetcher(settings.fetch(), gate, policy, clock, tls);
        // a probe measures one visit: no retry, and no queueing behind a scan's politeness
        this.probeFetcher = new HttpFetcher(settings.fetch().withMaxRetries(0), RequestGate.open(), policy, clock, tls);
        this.robots = new RobotsCache(
                uri -> fetcher.fetch(FetchRequest.get(uri, RobotsCache.FETCH_LIMIT_BYTES)),
                settings.robotsToken(),
                clock);
    }

    /**
     * @param resolver resolves host names (the system resolver in production; a stub in tests, so that no
     *     query leaves the machine)
     */
    public static Monitor create(MonitorSettings settings, HostResolver resolver, Clock clock) {
        return new Monitor(settings, resolver, clock);
    }

    /** Scans a site, keeping no copies of the pages findings cite; see {@link SiteScanner#scan}. */
    public ScanReport scan(URI home, ScanListener listener, Optional<Path> checkpoint) throws InterruptedException {
        return scan(home, listener, checkpoint, EvidenceStore.NONE);
    }

    /**
     * Scans a site: its links and, unless the settings turn them off, its content (see {@link
     * ContentChecks#standard}); copies of the pages findings cite go to {@code evidence}.
     */
    public ScanReport scan(URI home, ScanListener listener, Optional<Path> checkpoint, EvidenceStore evidence)
            throws InterruptedException {
        return scan(home, listener, checkpoint, evidence, settings.content());
    }

    /**
     * Scans a site with content settings of its own (a site's probe history, whether it is a portal), the
     * monitor's politeness still shared with every other scan.
     */
    public ScanReport scan(
            URI home, ScanListener listener, Optional<Path> checkpoint, EvidenceStore evidence, ContentSettings site)
            throws InterruptedException {
        return scanner(evidence, site).scan(home, listener, checkpoint);
    }

    /**
     * Scans a site as {@link #scan(URI, ScanListener, Optional, EvidenceStore, ContentSettings)} does, its
     * checkpoint kept by {@code checkpoint} (a server keeps it in its database, so that any node resumes it).
     */
    public ScanReport scan(
            URI home, ScanListener listener, CheckpointStore checkpoint, EvidenceStore evidence, ContentSettings site)
            throws InterruptedException {
        return scanner(evidence, site).scan(home, listener, checkpoint);
    }

    private SiteScanner scanner(EvidenceStore evidence, ContentSettings site) {
        SiteAccess access = new SiteAccess(fetcher::fetch, this::robotsDecision, PageReader::read);
        ContentChecks content = ContentChecks.standard(
                site, policy, settings.trust(), evidence, settings.fetch().userAgent());
        return new SiteScanner(settings.scan(), access, clock, content);
    }

    /**
     * One availability probe of a home page (see {@link AvailabilityProbe}); its limit for the whole visit is the
     * request budget (15 s by default, the State Council's).
     */
    public ProbeResult probe(URI homepage) {
        return new AvailabilityProbe(probeFetcher::fetch, settings.fetch().requestBudget()).probe(homepage);
    }

    /**
     * A snapshot of the items a home page lists now, for a later scan to compare with ({@link
     * ContentSettings#withHomepageHistory}); empty when the page cannot be read or robots.txt forbids it.
     * Fetched politely, like a scan's pages.
     */
    public Optional<HomepageSnapshot> homepageSnapshot(URI homepage) {
        if (!robotsDecision(homepage).allowed()) {
            return Optional.empty();
        }
        FetchResult result = fetcher.fetch(FetchRequest.get(homepage, SNAPSHOT_BYTES));
        return PageReader.read(result)
                .map(page -> HomepageSnapshot.of(
                        page.document(),
                        result.fetchedAt(),
                        ColumnRules.defaults().zone()));
    }

    public PolitenessGate politeness() {
        return gate;
    }

    private RobotsDecision robotsDecision(URI uri) {
        RobotsRules rules = robots.rulesFor(uri);
        if (crawlDelaysApplied.add(authority(uri))) {
            rules.crawlDelay().ifPresent(delay -> gate.setCrawlDelay(uri, delay));
        }
        if (rules.isAllowed(uri)) {
            return RobotsDecision.allow();
        }
        if (rules.source() == RobotsSource.DISALLOW_ALL) {
            Optional<FailureKind> failure = rules.failure().filter(UNREACHABLE::contains);
            if (failure.isPresent()) {
                return RobotsDecision.unreachable(failure.get(), rules.detail());
            }
        }
        return RobotsDecision.disallow("robots.txt: " + rules.detail());
    }

    private static String authority(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    public void close() {
        fetcher.close();
        probeFetcher.close();
    }
}
