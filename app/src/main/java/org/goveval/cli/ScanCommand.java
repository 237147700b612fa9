package org.goveval.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.content.ContentSettings;
import org.goveval.monitor.content.DirectoryEvidenceStore;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.govcheck.GovCheckSettings;
import org.goveval.monitor.content.network.NetworkSettings;
import org.goveval.monitor.content.wording.WordingDictionary;
import org.goveval.monitor.crawl.CrawlScope;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.monitor.politeness.PolitenessSettings;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.monitor.report.ScanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code goveval scan URL…}: crawl sites politely and report every broken link. */
@Command(
        name = "scan",
        description =
                "Crawl sites from their home pages and check every link found (politely: robots.txt, per-host limits).")
final class ScanCommand implements java.util.concurrent.Callable<Integer> {
    /** The progress line's clock moves on every second even when the scans report nothing. */
    private static final java.time.Duration PROGRESS_REDRAW = java.time.Duration.ofSeconds(1);

    @Parameters(
            arity = "1..*",
            paramLabel = "URL",
            description = "Home pages, e.g. https://www.example.gov.cn/ (several are scanned side by side).")
    List<String> urls = List.of();

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Pages to crawl per site at most (default ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(
            names = "--scope",
            paramLabel = "SCOPE",
            defaultValue = "host",
            description = "host (default: the home page's host) or domain (the registrable domain).")
    String scope = "";

    @Option(
            names = "--allow-private",
            description = "Allow loopback and private addresses (tests, intranet deployments).")
    boolean allowPrivate;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Write the report as JSON (schema: docs/scan-report.schema.json); one URL only.")
    Optional<Path> json = Optional.empty();

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Write the report as one self-contained HTML page; one URL only.")
    Optional<Path> html = Optional.empty();

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "Write HOST_PORT.json and HOST_PORT.html for every site; a HOST_PORT.json already there is "
                    + "the site's previous report (see --previous).")
    Optional<Path> reportDir = Optional.empty();

    @Option(
            names = "--previous",
            paramLabel = "FILE",
            description = "An earlier JSON report of the same site: links it listed as broken the same way keep "
                    + "its firstSeen (since when they are broken); one URL only. Default with --report-dir: the "
                    + "site's report already there.")
    Optional<Path> previous = Optional.empty();

    @Option(
            names = "--evidence-dir",
            paramLabel = "DIR",
            description = "Keep a copy of every page a finding cites here (FETCH.json and BODY.body.gz); "
                    + "default: DIR/evidence with --report-dir, else NAME.evidence beside --json or --html "
                    + "NAME.json/NAME.html, none without a report file.")
    Optional<Path> evidenceDir = Optional.empty();

    @Option(
            names = "--probes",
            paramLabel = "FILE",
            description = "Availability probes of the site (CSV written by `goveval probe --csv`): with a week of "
                    + "20+ probes a day the State Council verdict judges availability, else it leaves it to a person.")
    Optional<Path> probes = Optional.empty();

    @Option(
            names = "--portal",
            description = "The site is a government portal (政府门户网站): bonus points count in the verdict.")
    boolean portal;

    @Option(
            names = "--links-only",
            description = "Check links only: no columns, marks, network, functions, wording or verdict.")
    boolean linksOnly;

    @Option(
            names = "--dictionary",
            paramLabel = "FILE",
            description = "A wording dictionary of your own (UTF-8 TSV: term, category, suggestion, replacedIn, "
                    + "source; see docs/content-checks.md), loaded after the starter dictionary; repeatable.")
    List<Path> dictionaries = List.of();

    @Option(
            names = "--dns-server",
            paramLabel = "IP[:PORT]",
            description = "Ask this DNS server for AAAA records (the IPv6 check); default: the system's resolvers.")
    Optional<String> dnsServer = Optional.empty();

    @Option(
            names = "--trust-store",
            paramLabel = "FILE",
            description = "Trust the certificate authorities of this PKCS#12 or JKS file for https "
                    + "(crawl and certificate check) instead of the JDK's.")
    Optional<Path> trustStore = Optional.empty();

    @Option(
            names = "--trust-store-password",
            paramLabel = "PASSWORD",
            description = "The trust store's password, if it has one.")
    Optional<String> trustStorePassword = Optional.empty();

    @Option(
            names = "--checkpoint",
            paramLabel = "FILE",
            description = "Save progress here and resume from it after an interruption; one URL only.")
    Optional<Path> checkpoint = Optional.empty();

    @Option(
            names = "--workers",
            paramLabel = "N",
            defaultValue = "32",
            description =
                    "Requests in flight per site at most (default ${DEFAULT-VALUE}); each host still gets at most 2.")
    int workers;

    @Option(
            names = "--parallel-sites",
            paramLabel = "N",
            defaultValue = "8",
            description = "Sites scanned at the same time (default ${DEFAULT-VALUE}).")
    int parallelSites;

    @Option(
            names = "--no-delay",
            description =
                    "No pause between requests to a host, nor before a 403 is asked again (benchmarks on your own "
                            + "servers only); concurrency limits stay.")
    boolean noDelay;

    @Option(names = "--per-host", paramLabel = "N", description = "Requests in flight per host at most (default 2).")
    Optional<Integer> perHost = Optional.empty();

    @Option(
            names = "--per-address",
            paramLabel = "N",
            description = "Requests in flight per IP address at most (default 4; sites sharing a server share it).")
    Optional<Integer> perAddress = Optional.empty();

    @Option(
            names = "--user-agent",
            paramLabel = "TEXT",
            description = "The User-Agent of every request (crawl, link checks, network check); it must give a "
                    + "contact URL, e.g. 'cityscan/1.0 (+https://example.gov.cn/monitoring)'. robots.txt is still "
                    + "matched for the token goveval.")
    Optional<String> userAgent = Optional.empty();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private MonitorSettings settings = MonitorSettings.defaults();
    private java.util.@org.jspecify.annotations.Nullable List<ProbeResult> history;

    @Override
    public Integer call() throws Exception {
        List<URI> homes = urls.stream().map(MonitorOptions::homepage).toList();
        userAgent.ifPresent(MonitorOptions::userAgent); // checked before any file is read
        checkOptions(homes.size());
        PrintWriter err = spec.commandLine().getErr();
        List<ScanReport> reports;
        history = probes.map(ProbeHistory::read).orElse(null); // read before any request: a bad file fails first
        Optional<ScanReport> earlier = earlierReport(homes);
        settings = settings();
        ProgressLine progress = new ProgressLine(err, homes.size());
        ProgressLine.Ticking ticking = progress.redrawEvery(PROGRESS_REDRAW);
        try (Monitor monitor = Monitor.create(settings, HostResolver.system(), Clock.systemUTC())) {
            reports = scanAll(monitor, homes, progress);
        } finally {
            ticking.close(); // before the summary: no redraw in the middle of it
        }
        err.print("\r");
        err.println();
        err.flush();
        List<ScanReport> withHistory = new ArrayList<>(); // all before any file is written
        for (ScanReport report : reports) {
            withHistory.add(withFirstSeen(report, earlier, err));
        }
        ScanOutput output = new ScanOutput(spec.commandLine().getOut());
        for (ScanReport report : withHistory) {
            output.write(report, json, html, reportDir);
            output.summarise(report);
        }
        return 0;
    }

    /**
     * The report of --previous, read and checked against the site before any request; without it, the reports
     * already in --report-dir are read now too, so that a damaged one stops the scan before it starts.
     */
    private Optional<ScanReport> earlierReport(List<URI> homes) {
        UrlNormalizer normalizer = new UrlNormalizer();
        if (previous.isPresent()) {
            ScanReport report = PreviousReport.read(PreviousReport.PREVIOUS, previous.get());
            URI home = homes.get(0);
            PreviousReport.requireOf(
                    previous.get(),
                    report,
                    normalizer.normalize(home.toString()).orElse(home));
            return Optional.of(report);
        }
        reportDir.ifPresent(dir -> homes.forEach(home -> PreviousReport.checkReportDir(
                dir, normalizer.normalize(home.toString()).orElse(home))));
        return Optional.empty();
    }

    /** Since when each link is broken: from --previous, else from the site's report in --report-dir, else now. */
    private ScanReport withFirstSeen(ScanReport report, Optional<ScanReport> earlier, PrintWriter err) {
        if (earlier.isPresent()) {
            return PreviousReport.carry(PreviousReport.PREVIOUS, previous.orElseThrow(), earlier.get(), report, err);
        }
        if (reportDir.isPresent()) {
            return PreviousReport.carryInReportDir(reportDir.get(), report, err);
        }
        return report; // the scanner dates every link to this scan's start
    }

    private void checkOptions(int sites) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("--max-pages: must be 1 or more, found " + maxPages);
        }
        if (workers < 1 || parallelSites < 1) {
            throw new IllegalArgumentException("--workers and --parallel-sites: must be 1 or more");
        }
        if (sites > 1 && (json.isPresent() || html.isPresent() || checkpoint.isPresent())) {
            throw new IllegalArgumentException(
                    "--json, --html and --checkpoint take one URL; use --report-dir for " + sites);
        }
        if (sites > 1 && previous.isPresent()) {
            throw new IllegalArgumentException(
                    "--previous takes one URL; with --report-dir each site's report there is the previous one");
        }
        WordingDictionary.load(dictionaries); // a bad file stops here, before any request, naming file:line:field
    }

    private EvidenceStore evidenceStore() {
        return evidenceDir
                .or(() -> reportDir.map(dir -> dir.resolve("evidence")))
                .or(() -> json.or(() -> html).map(ScanCommand::besideReport))
                .<EvidenceStore>map(DirectoryEvidenceStore::new)
                .orElse(EvidenceStore.NONE);
    }

    /** {@code report.json} keeps its copies in {@code report.evidence/} beside it. */
    static Path besideReport(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return report.resolveSibling(stem + ".evidence");
    }

    private MonitorSettings settings() {
        MonitorSettings s =
                MonitorOptions.withUserAgent(MonitorSettings.defaults().withAllowPrivate(allowPrivate), userAgent);
        if (linksOnly) {
            s = s.withContent(ContentSettings.linksOnly());
        }
        s = s.withContent(s.content().withWording(s.content().wording().withDictionaries(dictionaries)));
        if (dnsServer.isPresent()) {
            NetworkSettings network = s.content().network().withDnsServer(NetworkSettings.dnsServer(dnsServer.get()));
            s = s.withContent(s.content().withNetwork(network));
        }
        if (trustStore.isPresent()) {
            s = s.withTrust(TlsTrust.load(
                    trustStore.get(),
                    trustStorePassword.map(String::toCharArray).orElse(null)));
        }
        PolitenessSettings p = noDelay ? PolitenessSettings.noDelay() : s.politeness();
        p = new PolitenessSettings(
                perHost.orElse(p.maxInFlightPerHost()),
                p.minDelayPerHost(),
                perAddress.orElse(p.maxInFlightPerAddress()),
                p.maxCrawlDelay());
        s = s.withPoliteness(p);
        return s.withScan(s.scan()
                // no pause before a 403 is asked again either: benchmarks on servers you run
                .withForbiddenRecheckAfter(
                        noDelay ? java.time.Duration.ZERO : s.scan().forbiddenRecheckAfter())
                .withWorkers(workers)
                .withCrawl(s.scan().crawl().withMaxPages(maxPages).withScope(scope())));
    }

    /** The content settings of one site: its own probes from --probes, --portal. */
    private ContentSettings content(URI home) {
        ContentSettings content = settings.content();
        GovCheckSettings verdict = content.govCheck().withPortal(portal);
        if (history != null) {
            verdict = verdict.withProbes(ProbeHistory.of(history, home));
        }
        return content.withGovCheck(verdict);
    }

    private List<ScanReport> scanAll(Monitor monitor, List<URI> homes, ProgressLine progress) throws Exception {
        Semaphore slots = new Semaphore(parallelSites);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            // Ctrl-C or SIGTERM interrupts the scans, which save their checkpoints before the JVM exits
            Thread hook = new Thread(() -> {
                pool.shutdownNow();
                try {
                    pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            List<Future<ScanReport>> futures = new ArrayList<>();
            for (int i = 0; i < homes.size(); i++) {
                URI home = homes.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        return monitor.scan(
                                home, p -> progress.update(index, p), checkpoint, evidenceStore(), content(home));
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<ScanReport> reports = new ArrayList<>();
            for (Future<ScanReport> f : futures) {
                reports.add(f.get());
            }
            Runtime.getRuntime().removeShutdownHook(hook);
            return reports;
        }
    }

    private CrawlScope scope() {
        return switch (scope) {
            case "host" -> CrawlScope.SAME_HOST;
            case "domain" -> CrawlScope.SAME_REGISTRABLE_DOMAIN;
            default -> throw new IllegalArgumentException("--scope: host or domain, found '" + scope + "'");
        };
    }
}
