package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goveval scan} and {@code goveval probe} on the farm's gbk and clean sites, whose links all stay on
 * 127.0.0.1 (the command line uses the system resolver, so no site with off-loopback links is scanned here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanCommandTest {
    private RunningFarm farm;

    @TempDir
    Path dir;

    @BeforeAll
    void start() {
        farm = SiteFarm.start(FarmSpec.testFarm(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        farm.close();
    }

    @Test
    void scansASiteAndWritesBothReports() throws IOException {
        FarmSite gbk = farm.site("gbk");
        Path json = dir.resolve("gbk.json");
        Path html = dir.resolve("gbk.html");
        CliRun run = CliRun.of(
                "scan",
                gbk.homepage().toString(),
                "--allow-private",
                "--json",
                json.toString(),
                "--html",
                html.toString());
        assertThat(run.status()).isZero();
        ScanReport report = ReportJson.read(Files.readString(json, StandardCharsets.UTF_8));
        assertThat(report.brokenLinks())
                .extracting(b -> b.url() + " " + b.kind())
                .containsExactlyElementsOf(gbk.manifest().brokenLinks().stream()
                        .map(l -> l.url() + " " + l.kind())
                        .toList());
        assertThat(report.crawledPages()).containsAll(gbk.manifest().pages());
        assertThat(run.out().lines().toList().get(0))
                .startsWith(gbk.homepage() + ": " + report.pagesCrawled() + " pages, " + report.linksChecked()
                        + " links checked in ");
        ManifestLink dead = gbk.manifest().brokenLinks().get(0);
        assertThat(run.out())
                .contains("broken links: 1 {SOFT_404=1}")
                .contains("  SOFT_404           200  " + dead.url());
        assertThat(run.err()).contains("pages ").contains(" links ").contains(" errors ");
        assertThat(Files.readString(html, StandardCharsets.UTF_8))
                .contains("网站检测报告")
                .contains(dead.url());
        // without --evidence-dir, the copies a finding cites are kept beside the report, each naming its own URL
        Path evidence = dir.resolve("gbk.evidence");
        List<org.goveval.monitor.content.Evidence> cited = report.findings().stream()
                .flatMap(f -> f.evidence().stream())
                .filter(e -> e.copy() != null)
                .toList();
        assertThat(cited).isNotEmpty();
        for (org.goveval.monitor.content.Evidence e : cited) {
            assertThat(Files.readString(evidence.resolve(e.copy() + ".json"), StandardCharsets.UTF_8))
                    .contains("\"url\" : \"" + e.url() + "\"");
        }
    }

    @Test
    void aBadDictionaryStopsTheScanBeforeAnyRequestNamingFileLineAndField() throws IOException {
        Path dictionary = dir.resolve("mine.tsv");
        Files.writeString(
                dictionary,
                "term\tcategory\tsuggestion\treplacedIn\tsource\n旧局\tOUTDATED_NAME\t新局\tlast year\n",
                StandardCharsets.UTF_8);
        FarmSite clean = farm.site("clean");
        int before = farm.requestLog().requests("clean").size();
        CliRun run = CliRun.of(
                "scan", clean.homepage().toString(), "--allow-private", "--dictionary", dictionary.toString());
        assertThat(run.status()).isEqualTo(GovevalCommand.BAD_INPUT);
        assertThat(run.err()).contains(dictionary + ":2:replacedIn: not a year (1900–2099): 'last year'");
        assertThat(farm.requestLog().requests("clean")).hasSize(before);
    }

    @Test
    void refusesLoopbackWithoutAllowPrivate() {
        FarmSite clean = farm.site("clean");
        CliRun run = CliRun.of("scan", clean.homepage().toString(), "--max-pages", "5");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(": 0 pages, 1 links checked")
                .contains("not checked (robots.txt, private address): 1");
        assertThat(farm.requestLog().requests("clean")).isEmpty();
    }

    @Test
    void scansSeveralSitesSideBySide() throws IOException {
        FarmSite gbk = farm.site("gbk");
        FarmSite clean = farm.site("clean");
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of(
                "scan",
                gbk.homepage().toString(),
                clean.homepage().toString(),
                "--allow-private",
                "--report-dir",
                reports.toString(),
                "--no-delay");
        assertThat(run.status()).isZero();
        for (FarmSite site : java.util.List.of(gbk, clean)) {
            String name = "127.0.0.1_" + site.homepage().getPort();
            ScanReport report =
                    ReportJson.read(Files.readString(reports.resolve(name + ".json"), StandardCharsets.UTF_8));
            assertThat(report.site()).isEqualTo(site.homepage().toString());
            assertThat(report.brokenLinks()).hasSameSizeAs(site.manifest().brokenLinks());
            assertThat(reports.resolve(name + ".html")).exists();
        }
        assertThat(run.out().lines().filter(l -> l.startsWith("broken links: ")))
                .containsExactly("broken links: 1 {SOFT_404=1}", "broken links: 0");
    }

    @Test
    void oneFileReportsTakeOneUrl() {
        CliRun run = CliRun.of(
                "scan",
                "http://a.gov.cn/",
                "http://b.gov.cn/",
                "--json",
                dir.resolve("r.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("goveval: --json, --html and --checkpoint take one URL; use --report-dir for 2");
    }

    @Test
    void rejectsWhatIsNotAWebUrl() {
        CliRun run = CliRun.of("scan", "ftp://x.gov.cn/");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("goveval: URL: 'ftp://x.gov.cn/' is not an http or https URL with a host");
    }

    @Test
    void probesAHomePage() {
        FarmSite clean = farm.site("clean");
        CliRun run =
                CliRun.of("probe", clean.homepage().toString(), "--count", "3", "--interval", "0.1", "--allow-private");
        assertThat(run.status()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 3)).allMatch(l -> l.contains("  OPENED ") && l.contains(" ms  200"));
        assertThat(lines.get(3)).isEqualTo("failure share 0.0% (0 of 3 probes)");
        assertThat(lines.get(4))
                .isEqualTo("State Council rule: not applicable (it needs 7 days with at least 20 probes each)");
    }
}
