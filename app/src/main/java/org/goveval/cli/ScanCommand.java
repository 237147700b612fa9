package org.goveval.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.crawl.CrawlScope;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.report.ReportHtml;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code goveval scan URL}: crawl a site politely and report every broken link. */
@Command(
        name = "scan",
        description =
                "Crawl a site from its home page and check every link found (politely: robots.txt, per-host limits).")
final class ScanCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The site's home page, e.g. https://www.example.gov.cn/")
    String url = "";

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            description = "Pages to crawl at most (default ${DEFAULT-VALUE}).",
            defaultValue = "10000")
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
            description = "Write the report as JSON (schema: docs/scan-report.schema.json).")
    Optional<Path> json = Optional.empty();

    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML page.")
    Optional<Path> html = Optional.empty();

    @Option(
            names = "--checkpoint",
            paramLabel = "FILE",
            description = "Save progress here and resume from it after an interruption.")
    Optional<Path> checkpoint = Optional.empty();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        URI home = MonitorOptions.homepage(url);
        if (maxPages < 1) {
            throw new IllegalArgumentException("--max-pages: must be 1 or more, found " + maxPages);
        }
        MonitorSettings settings = MonitorSettings.defaults().withAllowPrivate(allowPrivate);
        settings = settings.withScan(settings.scan()
                .withCrawl(settings.scan().crawl().withMaxPages(maxPages).withScope(scope())));
        PrintWriter err = spec.commandLine().getErr();
        ScanReport report;
        try (Monitor monitor = Monitor.create(settings, HostResolver.system(), Clock.systemUTC())) {
            report = monitor.scan(home, p -> progress(err, p), checkpoint);
        }
        err.print("\r");
        err.println();
        err.flush();
        write(report);
        summarise(report, spec.commandLine().getOut());
        return 0;
    }

    private CrawlScope scope() {
        return switch (scope) {
            case "host" -> CrawlScope.SAME_HOST;
            case "domain" -> CrawlScope.SAME_REGISTRABLE_DOMAIN;
            default -> throw new IllegalArgumentException("--scope: host or domain, found '" + scope + "'");
        };
    }

    private static void progress(PrintWriter err, ScanProgress p) {
        long s = p.elapsed().toSeconds();
        err.printf(
                Locale.ROOT,
                "\rpages %d (queued %d)  links %d  errors %d  %.1f/s  %02d:%02d:%02d ",
                p.pagesCrawled(),
                p.pagesQueued(),
                p.linksChecked(),
                p.errors(),
                p.rate(),
                s / 3600,
                s / 60 % 60,
                s % 60);
        err.flush();
    }

    private void write(ScanReport report) throws java.io.IOException {
        if (json.isPresent()) {
            Files.writeString(json.get(), ReportJson.write(report), StandardCharsets.UTF_8);
        }
        if (html.isPresent()) {
            Files.writeString(html.get(), ReportHtml.render(report), StandardCharsets.UTF_8);
        }
    }

    private static void summarise(ScanReport r, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%s: %d pages, %d links checked in %.1f s%n",
                r.site(),
                r.pagesCrawled(),
                r.linksChecked(),
                r.durationMillis() / 1000.0);
        Map<String, Integer> byKind = new TreeMap<>();
        r.brokenLinks().forEach(b -> byKind.merge(b.kind(), 1, Integer::sum));
        out.printf(Locale.ROOT, "broken links: %d%s%n", r.brokenLinks().size(), byKind.isEmpty() ? "" : " " + byKind);
        out.printf(
                Locale.ROOT,
                "blocked or throttled: %d; not checked (robots.txt, private address): %d%n",
                r.blockedOrThrottled().size(),
                r.skippedLinks().size());
        r.brokenLinks()
                .forEach(b -> out.printf(
                        Locale.ROOT,
                        "  %-18s %-4s %s%s%n",
                        b.kind(),
                        b.status() == null ? "-" : b.status(),
                        b.url(),
                        b.onHomepage() ? "  (home page)" : ""));
    }
}
