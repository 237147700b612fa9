package org.goveval.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.FetchSettings;
import org.goveval.monitor.fetch.HttpFetcher;
import org.goveval.monitor.fetch.Method;
import org.goveval.monitor.links.RobotsDecision;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.politeness.PolitenessGate;
import org.goveval.monitor.politeness.PolitenessSettings;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.robots.RobotsCache;
import org.goveval.monitor.robots.RobotsRules;
import org.goveval.monitor.scan.PageReader;
import org.goveval.monitor.scan.ScanSettings;
import org.goveval.monitor.scan.SiteAccess;
import org.goveval.monitor.scan.SiteScanner;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scan engine with the network taken out: how many pages per second the whole of a links-only scan
 * (crawl frontier, trap guards, robots.txt, soft-404 check, duplicate fingerprints, link checking and its
 * bookkeeping, the report) manages when every answer is already in memory. Set beside {@link ParseBenchmark}
 * on the same pages, it tells how far the engine is from the parse-bound limit once the HTTP exchanges, whose
 * cost on loopback the farm shares with the scanner, are not counted.
 *
 * <p>{@code @Setup} serves the same farm as {@link ParseBenchmark} ({@link BenchFarm}) on
 * 127.0.0.1 and scans it once for real (a real fetcher, no politeness delay), keeping every answer by method,
 * URL and body cap; the farm is then closed. One operation scans the four sites again, at once on virtual
 * threads (as {@code goveval scan --parallel-sites} does), through a fetch that hands back the kept answers.
 * Only the random "missing" URL each scan asks for its soft-404 comparison differs between scans; it gets the
 * answer the recording scan's missing URL got. A request that was not recorded stops the benchmark: it would
 * mean the replayed scan is not the scan measured. The counters {@code pages} and {@code links} are pages and
 * links per second: {@code java -jar bench/target/benchmarks.jar EngineBenchmark}. Results: BENCHMARKS.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// the engine warms up slowly (its pace rose for 6-12 two-second iterations in every fork measured, the
// compiler threads waiting for cores the scan keeps busy), and forks differ: hence the long warm-up, two forks
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
// the collector a scan runs with (bin/scan-gc-opts); under G1 this benchmark ran about a fifth slower in one pair
// of runs. A fixed heap: the replay's pace depends on the young generation's size, which the JVM otherwise
// derives from the machine's memory (BENCHMARKS.md)
@Fork(
        value = 2,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class EngineBenchmark {
    /** The token of a scan's soft-404 probe URL: random per scan, so keyed without it. */
    private static final Pattern MISSING_TOKEN = Pattern.compile("goveval-missing-[0-9a-f]+");

    private static final String ROBOTS_TOKEN = "goveval";

    /** One request as the scan makes it. */
    record Key(Method method, String uri, long maxBodyBytes) {
        static Key of(FetchRequest request) {
            String uri = request.uri().toString();
            // only the soft-404 probes carry the token: the replay's own cost stays out of the measure
            if (uri.contains("goveval-missing-")) {
                uri = MISSING_TOKEN.matcher(uri).replaceAll("goveval-missing-0");
            }
            return new Key(request.method(), uri, request.maxBodyBytes());
        }
    }

    /** Every answer of the recording scan, and the sites' homepages. */
    @State(Scope.Benchmark)
    public static class Recording {
        final Map<Key, FetchResult> answers = new ConcurrentHashMap<>();
        List<URI> homes = List.of();
        Set<String> recordedPages = Set.of();
        Set<String> recordedBroken = Set.of();
        final Clock clock = Clock.fixed(Instant.parse("2024-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

        @Setup(Level.Trial)
        public void record() throws Exception {
            List<URI> sites = new ArrayList<>();
            try (RunningFarm farm = SiteFarm.start(BenchFarm.spec(), clock);
                    HttpFetcher fetcher = new HttpFetcher(
                            FetchSettings.defaults(),
                            new PolitenessGate(PolitenessSettings.noDelay()),
                            new AddressPolicy(HostResolver.system(), true),
                            Clock.systemUTC())) {
                for (FarmSite site : farm.sites()) {
                    sites.add(site.homepage());
                }
                homes = List.copyOf(sites);
                Function<FetchRequest, FetchResult> recording = request -> {
                    FetchResult result = fetcher.fetch(request);
                    answers.put(Key.of(request), result);
                    return result;
                };
                List<ScanReport> recorded = scanAll(recording, homes, clock);
                Set<String> planted = farm.sites().stream()
                        .flatMap(site -> site.manifest().brokenLinks().stream())
                        .map(ManifestLink::url)
                        .collect(Collectors.toSet());
                recordedPages = crawledPages(recorded);
                recordedBroken = brokenUrls(recorded);
                if (!recordedBroken.equals(planted)) {
                    throw new IllegalStateException(
                            "the recording scan found " + recordedBroken + " broken, the farm planted " + planted);
                }
            }
            // the replay must be the same scan: the same pages crawled, the same links found broken
            List<ScanReport> replayed = scanAll(this::replay, homes, clock);
            Set<String> replayedPages = crawledPages(replayed);
            Set<String> replayedBroken = brokenUrls(replayed);
            if (!replayedPages.equals(recordedPages) || !replayedBroken.equals(recordedBroken)) {
                throw new IllegalStateException("the replayed scan differs from the recorded one: "
                        + replayedPages.size() + " pages and " + replayedBroken + " against "
                        + recordedPages.size() + " and " + recordedBroken);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nEngineBenchmark: %d sites (%s), %d pages and %d broken links per pass, %d answers recorded%n",
                    homes.size(),
                    BenchFarm.describe(),
                    // what the counters count: pages crawled, duplicates of another page not included
                    replayed.stream().mapToInt(ScanReport::pagesCrawled).sum(),
                    recordedBroken.size(),
                    answers.size());
        }

        FetchResult replay(FetchRequest request) {
            FetchResult kept = answers.get(Key.of(request));
            if (kept == null) {
                throw new IllegalStateException("not recorded: " + request.method() + " " + request.uri());
            }
            if (kept.requested().equals(request.uri())) {
                return kept;
            }
            // the soft-404 probe: the same answer, for this scan's random URL
            URI finalUri = kept.finalUri().equals(kept.requested()) ? request.uri() : kept.finalUri();
            return new FetchResult(
                    request.uri(),
                    finalUri,
                    kept.redirects(),
                    kept.status(),
                    kept.headers(),
                    kept.body(),
                    kept.truncated(),
                    kept.failure(),
                    kept.failureDetail(),
                    kept.attempts(),
                    kept.fetchedAt(),
                    kept.elapsed(),
                    kept.version());
        }
    }

    /** Pages and links scanned, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long pages;
        public long links;

        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
            links = 0;
        }
    }

    private static Set<String> crawledPages(List<ScanReport> reports) {
        return reports.stream().flatMap(r -> r.crawledPages().stream()).collect(Collectors.toSet());
    }

    private static Set<String> brokenUrls(List<ScanReport> reports) {
        return reports.stream()
                .flatMap(r -> r.brokenLinks().stream())
                .map(BrokenLinkFinding::url)
                .collect(Collectors.toSet());
    }

    /** Scans every site at once, each as a scan of its own with its own robots.txt cache. */
    static List<ScanReport> scanAll(Function<FetchRequest, FetchResult> fetch, List<URI> homes, Clock clock)
            throws InterruptedException, ExecutionException {
        ScanSettings settings = ScanSettings.defaults().withForbiddenRecheckAfter(Duration.ZERO);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ScanReport>> scans = new ArrayList<>();
            for (URI home : homes) {
                scans.add(pool.submit(() -> {
                    RobotsCache robots = new RobotsCache(
                            uri -> fetch.apply(FetchRequest.get(uri, RobotsCache.FETCH_LIMIT_BYTES)),
                            ROBOTS_TOKEN,
                            clock);
                    SiteAccess access =
                            new SiteAccess(fetch, uri -> decide(robots.rulesFor(uri), uri), PageReader::read);
                    return new SiteScanner(settings, access, clock).scan(home, progress -> {}, Optional.empty());
                }));
            }
            List<ScanReport> reports = new ArrayList<>();
            for (Future<ScanReport> scan : scans) {
                reports.add(scan.get());
            }
            return reports;
        }
    }

    private static RobotsDecision decide(RobotsRules rules, URI uri) {
        return rules.isAllowed(uri) ? RobotsDecision.allow() : RobotsDecision.disallow("robots.txt: " + rules.detail());
    }

    @Benchmark
    public List<ScanReport> scanFromMemory(Recording recording, Counts counts) throws Exception {
        List<ScanReport> reports = scanAll(recording::replay, recording.homes, recording.clock);
        for (ScanReport report : reports) {
            counts.pages += report.pagesCrawled();
            counts.links += report.linksChecked();
        }
        return reports;
    }
}
