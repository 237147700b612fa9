package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.politeness.PolitenessSettings;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.Defect;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.Layout;
import org.goveval.sitefarm.LoggedRequest;
import org.goveval.sitefarm.RequestLog;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.SiteSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Four farm sites scanned at once through one monitor, as {@code goveval scan --parallel-sites} does: they all
 * listen on 127.0.0.1, so the limit per address holds across them, and the limit per host within each. Every
 * farm answer takes {@link #LATENCY}, as a busy server's does, so that requests overlap at the farm and a
 * breach of a limit shows in its log. One site hangs on its timeout page; one asks in robots.txt for a
 * Crawl-delay above the monitor's cap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolitenessFarmTest {
    /** The defaults: 2 per host, 4 per address, less than the sites' host limits together. */
    private static final int PER_HOST = PolitenessSettings.defaults().maxInFlightPerHost();

    private static final int PER_ADDRESS = PolitenessSettings.defaults().maxInFlightPerAddress();

    /** Short: here the limits in flight are what holds the sites back (FarmScanTest checks the spacing). */
    private static final Duration HOST_DELAY = Duration.ofMillis(5);
    /** Far longer than HOST_DELAY: a host would keep eight requests in flight if it were let. */
    private static final Duration LATENCY = Duration.ofMillis(40);

    private static final Duration CRAWL_DELAY_CAP = Duration.ofMillis(100);
    /** What robots.txt of {@code slow} asks: far above the cap, so the cap is what spaces it. */
    private static final Duration CRAWL_DELAY = Duration.ofSeconds(2);

    private static final List<String> SITES = List.of("north", "south", "east", "slow");

    private RunningFarm farm;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();

    @BeforeAll
    void scanTheSitesAtOnce() throws InterruptedException, ExecutionException {
        FarmSpec spec = FarmSpec.of(List.of(
                        SiteSpec.of("north", 9, 20251201L),
                        SiteSpec.of("south", 9, 20251202L).withLayout(Layout.HANWEB),
                        SiteSpec.of("east", 9, 20251203L).withDefects(EnumSet.of(Defect.TIMEOUT)),
                        SiteSpec.of("slow", 9, 20251204L).withCrawlDelay(CRAWL_DELAY)))
                .withHang(Duration.ofSeconds(20))
                .withLatency(LATENCY);
        farm = SiteFarm.start(spec, Clock.systemUTC());
        PolitenessSettings politeness = new PolitenessSettings(PER_HOST, HOST_DELAY, PER_ADDRESS, CRAWL_DELAY_CAP);
        try (Monitor monitor = FarmMonitor.create(politeness);
                ExecutorService scans = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<String, Future<ScanReport>> running = new LinkedHashMap<>();
            for (String name : SITES) {
                FarmSite site = farm.site(name);
                running.put(
                        name, scans.submit(() -> monitor.scan(site.homepage(), ScanListener.none(), Optional.empty())));
            }
            for (Map.Entry<String, Future<ScanReport>> scan : running.entrySet()) {
                reports.put(scan.getKey(), scan.getValue().get());
            }
        }
    }

    @AfterAll
    void stopTheFarm() {
        farm.close();
    }

    @Test
    void theScansRanSideBySideAndFoundWhatWasPlanted() {
        RequestLog log = farm.requestLog();
        for (String name : SITES) {
            assertThat(reports.get(name).brokenLinks())
                    .as(name)
                    .map(f -> f.url() + " " + f.kind())
                    .containsExactlyInAnyOrderElementsOf(farm.site(name).manifest().brokenLinks().stream()
                            .map(l -> l.url() + " " + l.kind())
                            .toList());
            assertThat(log.firstRequest(name).map(LoggedRequest::path)).as(name).contains("/robots.txt");
        }
        // each scan started before any other ended: they overlapped
        long lastFirst = SITES.stream()
                .mapToLong(name -> log.requests(name).getFirst().startNanos())
                .max()
                .orElseThrow();
        long firstLast = SITES.stream()
                .mapToLong(name -> log.requests(name).getLast().startNanos())
                .min()
                .orElseThrow();
        assertThat(lastFirst).isLessThan(firstLast);
        assertThat(log.count("east", "/slow/hang.html"))
                .isEqualTo(FarmMonitor.settings().fetch().maxRetries() + 1);
    }

    /**
     * All four sites share 127.0.0.1: never more than PER_ADDRESS requests to it, and the limit is (nearly)
     * reached. The log sees arrivals, not admissions: on a loaded machine one request may arrive after the one
     * it overlapped has ended, so "reached" allows one less; a breach of the limit by one still fails.
     */
    @Test
    void theLimitPerAddressHeldAcrossTheSites() {
        assertThat(farm.requestLog().maxInFlightAcrossSites(FarmMonitor.CLIENT_WAIT))
                .isBetween(PER_ADDRESS - 1, PER_ADDRESS);
    }

    /**
     * Never more than PER_HOST requests to one site, the requests hanging on east's timeout page counted for
     * as long as the monitor waits for them; and some site reached the limit.
     */
    @Test
    void theLimitPerHostHeldOnEverySite() {
        List<Integer> most = SITES.stream()
                .map(name -> farm.requestLog().maxInFlight(name, FarmMonitor.CLIENT_WAIT))
                .toList();
        assertThat(most).allMatch(n -> n >= 1 && n <= PER_HOST).contains(PER_HOST);
    }

    /**
     * {@code slow}'s robots.txt asks for 2 s between requests; the monitor caps a Crawl-delay at
     * CRAWL_DELAY_CAP, and spaces every request after robots.txt by that: no run of starts gets more than
     * ARRIVAL ahead of one start per CRAWL_DELAY_CAP (see FarmScanTest for why not each gap).
     */
    @Test
    void theCrawlDelayIsHonouredUpToTheCap() {
        List<LoggedRequest> requests = farm.requestLog().requests("slow");
        assertThat(requests.getFirst().path()).isEqualTo("/robots.txt");
        assertThat(farm.requestLog().maxAheadOfSpacing("slow", CRAWL_DELAY_CAP))
                .isLessThanOrEqualTo(FarmMonitor.ARRIVAL);
        // capped: the whole scan of slow took less than one Crawl-delay per request
        Duration span = Duration.ofNanos(
                requests.getLast().startNanos() - requests.getFirst().startNanos());
        assertThat(span).isLessThan(CRAWL_DELAY.multipliedBy(requests.size() - 1));
        assertThat(requests).hasSizeGreaterThan(20);
    }
}
