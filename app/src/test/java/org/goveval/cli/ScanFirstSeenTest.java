package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.sitefarm.Defect;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.SiteSpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Since when each link is broken, across two scans of one farm site: a dead image in both scans, a dead
 * stylesheet planted between them ({@link RunningFarm#replant}).
 */
class ScanFirstSeenTest {
    private static final SiteSpec BEFORE =
            SiteSpec.of("moving", 12, 20241230L).withDefects(EnumSet.of(Defect.IMAGE_404));
    private static final SiteSpec AFTER = BEFORE.withDefects(EnumSet.of(Defect.IMAGE_404, Defect.STYLESHEET_404));

    private RunningFarm farm;
    private FarmSite site;
    private String image = "";

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        farm = SiteFarm.start(FarmSpec.of(List.of(BEFORE)), Clock.systemUTC());
        site = farm.site("moving");
        assertThat(site.manifest().brokenLinks()).hasSize(1);
        image = site.manifest().brokenLinks().get(0).url();
    }

    @AfterEach
    void stop() {
        farm.close();
    }

    private CliRun scan(String... options) {
        List<String> args = new java.util.ArrayList<>(
                List.of("scan", site.homepage().toString(), "--allow-private", "--links-only", "--no-delay"));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static ScanReport read(Path json) throws IOException {
        return ReportJson.read(Files.readString(json, StandardCharsets.UTF_8));
    }

    private static List<String> findings(ScanReport report) {
        return report.brokenLinks().stream()
                .map(b -> b.url() + " " + b.kind() + " " + b.firstSeen())
                .toList();
    }

    /** The dead image, planted before the first scan and never fixed. */
    private String image() {
        return image;
    }

    private String stylesheet() {
        return site.homepage().resolve("/css/old-theme.css").toString();
    }

    @Test
    void repeatedScansIntoOneReportDirKnowSinceWhenEachLinkIsBroken() throws IOException {
        Path reports = dir.resolve("reports");
        Path json = reports.resolve("127.0.0.1_" + site.homepage().getPort() + ".json");
        Path html = reports.resolve("127.0.0.1_" + site.homepage().getPort() + ".html");
        assertThat(scan("--report-dir", reports.toString()).status()).isZero();
        ScanReport first = read(json);
        assertThat(findings(first)).containsExactly(image() + " HTTP_ERROR " + first.startedAt());

        site = farm.replant(AFTER);
        assertThat(site.manifest().brokenLinks()).extracting(l -> l.url()).containsExactly(stylesheet(), image());
        CliRun run = scan("--report-dir", reports.toString());
        assertThat(run.status()).isZero();
        ScanReport second = read(json);
        assertThat(second.startedAt()).isNotEqualTo(first.startedAt());
        assertThat(findings(second))
                .containsExactly(
                        stylesheet() + " HTTP_ERROR " + second.startedAt(), // new: first seen by this scan
                        image() + " HTTP_ERROR " + first.startedAt()); // still broken since the first scan
        Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        assertThat(page.select("td.first-seen").eachText())
                .containsExactly(second.startedAt(), first.startedAt() + " 已持续不足 1 天");
        assertThat(page.text()).contains("失效链接中 1 个在此前的检测中已经发现、至今未修复，1 个为本次新发现。");
    }

    @Test
    void previousNamesTheEarlierReport() throws IOException {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        assertThat(scan("--json", one.toString()).status()).isZero();
        ScanReport first = read(one);
        site = farm.replant(AFTER);
        assertThat(scan("--json", two.toString(), "--previous", one.toString()).status())
                .isZero();
        ScanReport second = read(two);
        assertThat(findings(second))
                .containsExactly(
                        stylesheet() + " HTTP_ERROR " + second.startedAt(),
                        image() + " HTTP_ERROR " + first.startedAt());
        // without --previous (and no --report-dir), every link is first seen by the scan that reports it
        Path three = dir.resolve("three.json");
        assertThat(scan("--json", three.toString()).status()).isZero();
        ScanReport third = read(three);
        assertThat(findings(third))
                .containsExactly(
                        stylesheet() + " HTTP_ERROR " + third.startedAt(),
                        image() + " HTTP_ERROR " + third.startedAt());
    }

    /**
     * A previous report that only shows its misfit after the scan (here: its scan did not start earlier, as when
     * two runs overlap) does not cost the scan: a warning, and the history starts afresh.
     */
    @Test
    void aPreviousReportThatFitsOnlyBeforeTheScanIsAWarningAndTheReportIsWritten() throws IOException {
        Path one = dir.resolve("one.json");
        assertThat(scan("--json", one.toString()).status()).isZero();
        ScanReport first = read(one);
        Path later = dir.resolve("later.json");
        Files.writeString(
                later,
                Files.readString(one, StandardCharsets.UTF_8).replace(first.startedAt(), "2099-01-01T00:00:00Z"),
                StandardCharsets.UTF_8);
        Path two = dir.resolve("two.json");

        CliRun run = scan("--json", two.toString(), "--previous", later.toString());

        assertThat(run.status()).isZero();
        ScanReport second = read(two);
        assertThat(findings(second)).containsExactly(image() + " HTTP_ERROR " + second.startedAt());
        assertThat(run.errLines())
                .anyMatch(line -> line.startsWith("goveval: --previous " + later + ": ")
                        && line.endsWith("; first seen dates start with this scan"));
    }

    @Test
    void refusesAPreviousReportOfAnotherSiteBeforeAnyRequestAndWritesNothing() throws IOException {
        Path one = dir.resolve("one.json");
        assertThat(scan("--json", one.toString()).status()).isZero();
        String other = "http://127.0.0.1:1/";
        Path elsewhere = dir.resolve("elsewhere.json");
        Files.writeString(
                elsewhere,
                Files.readString(one, StandardCharsets.UTF_8)
                        .replace(site.homepage().toString(), other), // the site and every page it crawled
                StandardCharsets.UTF_8);
        int before = farm.requestLog().requests("moving").size();
        Path out = dir.resolve("out.json");
        CliRun run = scan("--json", out.toString(), "--previous", elsewhere.toString());
        assertThat(run.status()).isEqualTo(GovevalCommand.BAD_INPUT);
        assertThat(run.errLines())
                .containsExactly("goveval: --previous " + elsewhere + ": it is a report of " + other + ", not of "
                        + site.homepage());
        assertThat(farm.requestLog().requests("moving")).hasSize(before);
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAPreviousReportItCannotReadNamingTheFile() throws IOException {
        Path missing = dir.resolve("missing.json");
        Path out = dir.resolve("out.json");
        CliRun run = scan("--json", out.toString(), "--previous", missing.toString());
        assertThat(run.status()).isEqualTo(GovevalCommand.BAD_INPUT);
        assertThat(run.errLines())
                .containsExactly("goveval: --previous " + missing + ": cannot read it (no such file)");

        Path garbled = dir.resolve("garbled.json");
        Files.writeString(garbled, "{\"site\": \"" + site.homepage() + "\", \"startedAt\": ", StandardCharsets.UTF_8);
        run = scan("--json", out.toString(), "--previous", garbled.toString());
        assertThat(run.status()).isEqualTo(GovevalCommand.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0))
                .startsWith("goveval: --previous " + garbled + ": not a goveval scan report (");

        // a damaged report in --report-dir stops the scan before it starts, too
        Path reports = dir.resolve("reports");
        Path json = reports.resolve("127.0.0.1_" + site.homepage().getPort() + ".json");
        Files.createDirectories(reports);
        Files.writeString(json, "not json", StandardCharsets.UTF_8);
        run = scan("--report-dir", reports.toString());
        assertThat(run.status()).isEqualTo(GovevalCommand.BAD_INPUT);
        assertThat(run.errLines().get(0)).startsWith("goveval: --report-dir " + json + ": not a goveval scan report (");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo("not json");
        assertThat(reports.resolve("127.0.0.1_" + site.homepage().getPort() + ".html"))
                .doesNotExist();
        assertThat(out).doesNotExist();
        assertThat(farm.requestLog().requests("moving")).isEmpty();
    }

    @Test
    void previousTakesOneUrl() {
        CliRun run = CliRun.of(
                "scan",
                "http://a.gov.cn/",
                "http://b.gov.cn/",
                "--previous",
                dir.resolve("r.json").toString());
        assertThat(run.status()).isEqualTo(GovevalCommand.BAD_INPUT);
        assertThat(run.errLines())
                .containsExactly(
                        "goveval: --previous takes one URL; with --report-dir each site's report there is the previous one");
    }
}
