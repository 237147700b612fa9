package org.goveval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.goveval.monitor.report.ReportHtml;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;

/** What {@code goveval scan} writes: report files and a summary on stdout. */
final class ScanOutput {
    private final PrintWriter out;

    ScanOutput(PrintWriter out) {
        this.out = out;
    }

    void write(ScanReport report, Optional<Path> json, Optional<Path> html, Optional<Path> dir) {
        json.ifPresent(file -> writeFile(file, ReportJson.write(report)));
        html.ifPresent(file -> writeFile(file, ReportHtml.render(report)));
        dir.ifPresent(folder -> {
            String name = fileName(URI.create(report.site()));
            writeFile(folder.resolve(name + ".json"), ReportJson.write(report));
            writeFile(folder.resolve(name + ".html"), ReportHtml.render(report));
        });
    }

    /** {@code www.x.gov.cn} or {@code 127.0.0.1_8080}: the host and port, safe as a file name. */
    static String fileName(URI site) {
        String name = site.getHost() + (site.getPort() >= 0 ? "_" + site.getPort() : "");
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void writeFile(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The content checks in a few lines: the verdict first, then what is wrong. */
    private void content(ScanReport r) {
        if (r.govCheck() != null) {
            out.printf(
                    Locale.ROOT,
                    "State Council checks: %s%s%s%n",
                    r.govCheck().verdict(),
                    r.govCheck().score() == null
                            ? ""
                            : String.format(
                                    Locale.ROOT, ", score %.1f", r.govCheck().score()),
                    r.govCheck().vetoes().isEmpty()
                            ? ""
                            : ", vetoes "
                                    + r.govCheck().vetoes().stream()
                                            .map(v -> v.indicator())
                                            .toList());
        }
        if (!r.columns().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "columns: %d, stale %d, blank %d%n",
                    r.columns().size(),
                    r.columns().stream().filter(c -> c.stale()).count(),
                    r.columns().stream().filter(c -> c.blank()).count());
        }
        if (!r.findings().isEmpty()) {
            Map<String, Integer> byCheck = new TreeMap<>();
            r.findings().forEach(f -> byCheck.merge(f.check(), 1, Integer::sum));
            out.printf(Locale.ROOT, "content findings: %d %s%n", r.findings().size(), byCheck);
        }
    }

    void summarise(ScanReport r) {
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
        if (!r.truncatedPages().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "pages read up to the page cap only: %d%n",
                    r.truncatedPages().size());
        }
        content(r);
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
