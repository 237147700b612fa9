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
        // the last drawing of the progress line: the scan's final counts, a rate and hh:mm:ss
        String progress = java.util.Arrays.stream(run.err().split("\r"))
                .filter(drawn -> drawn.startsWith("pages "))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(progress)
                .matches("pages \\d+ \\(queued 0\\)  links " + report.linksChecked() + "  errors "
                        + report.brokenLinks().size() + "  \\d+\\.\\d/s  \\d{2}:[0-5]\\d:[0-5]\\d ");
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

    private static final String AGENT = "cityscan/1.0 (+https://example.gov.cn/monitoring)";

    @Test
    void theConfiguredUserAgentIsSentWithEveryRequestOfAScanAndAProbe() {
        FarmSite gbk = farm.site("gbk"); // not clean: refusesLoopbackWithoutAllowPrivate wants it untouched
        int before = farm.requestLog().requests("gbk").size();
        CliRun scan = CliRun.of(
                "scan", gbk.homepage().toString(), "--allow-private", "--max-pages", "3", "--user-agent", AGENT);
        assertThat(scan.status()).isZero();
        CliRun probe = CliRun.of("probe", gbk.homepage().toString(), "--allow-private", "--user-agent", AGENT);
        assertThat(probe.status()).isZero();
        List<org.goveval.sitefarm.LoggedRequest> sent = farm.requestLog().requests("gbk");
        assertThat(sent.subList(before, sent.size()))
                .hasSizeGreaterThan(3) // robots.txt, three pages, link checks, the probe
                .extracting(org.goveval.sitefarm.LoggedRequest::userAgent)
                .containsOnly(AGENT);
    }

    @Test
    void aUserAgentWithoutAContactUrlOrEmptyIsRefusedBeforeAnyRequest() {
        FarmSite gbk = farm.site("gbk"); // not clean: refusesLoopbackWithoutAllowPrivate wants it untouched
        int before = farm.requestLog().requests("gbk").size();
        CliRun browser = CliRun.of(
                "scan",
                gbk.homepage().toString(),
                "--allow-private",
                "--user-agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64)");
        assertThat(browser.status()).isEqualTo(2);
        assertThat(browser.errLines())
                .containsExactly("goveval: --user-agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' gives no contact "
                        + "URL; name the monitor and where to reach you, e.g. "
                        + "'cityscan/1.0 (+https://example.gov.cn/monitoring)'");
        CliRun empty = CliRun.of("probe", gbk.homepage().toString(), "--allow-private", "--user-agent", " ");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.errLines()).containsExactly("goveval: --user-agent: cannot be empty");
        // the HTTP client refuses a header value outside ASCII on every request: refused here, before any
        CliRun chinese = CliRun.of(
                "probe",
                gbk.homepage().toString(),
                "--allow-private",
                "--user-agent",
                "njscan/1.0 (南京; +https://www.nj.gov.cn/jc)");
        assertThat(chinese.status()).isEqualTo(2);
        assertThat(chinese.errLines())
                .containsExactly("goveval: --user-agent: '南' (U+5357) at position 13 is not printable ASCII; a "
                        + "User-Agent is sent as ASCII (write Chinese names in pinyin or in the contact page)");
        assertThat(farm.requestLog().requests("gbk")).hasSize(before);
    }

    /**
     * With --csv the verdict covers the site's probes in the whole file: this run's one probe alone could not
     * apply the rule; with the week before it in the file, 11 failures of 189 probes (5.8 %) fail it.
     */
    @Test
    void theProbeVerdictJudgesTheSitesLastWholeWeekInTheFile() throws IOException {
        FarmSite gbk = farm.site("gbk"); // not clean: refusesLoopbackWithoutAllowPrivate wants it untouched
        String home = gbk.homepage().toString();
        java.time.ZoneId cst = java.time.ZoneId.of("Asia/Shanghai");
        java.time.Instant now = Clock.systemUTC().instant(); // the probe stamps its result from the same clock
        java.time.Instant today =
                java.time.LocalDate.ofInstant(now, cst).atStartOfDay(cst).toInstant();
        List<java.time.Instant> times = new java.util.ArrayList<>();
        for (int hour = 7 * 24; hour > 0; hour--) { // the seven days before today, one probe an hour
            times.add(today.minusSeconds(3600L * hour));
        }
        StringBuilder csv = new StringBuilder(String.join(",", ProbeHistory.HEADER) + "\n");
        for (int i = 0; i < times.size(); i++) {
            String outcome = i % 18 == 0 ? "FAILED,15000,503,HTTP 503" : "OPENED,120,200,"; // 10 of 168
            csv.append(times.get(i))
                    .append(',')
                    .append(home)
                    .append(',')
                    .append(outcome)
                    .append('\n');
        }
        // outside the window: a failing day eight days ago, and failures earlier today (a part-day)
        for (int hour = 0; hour < 24; hour++) {
            csv.append(today.minusSeconds(3600L * (8 * 24 - hour)))
                    .append(',')
                    .append(home)
                    .append(",FAILED,15000,503,HTTP 503\n");
        }
        csv.append(today.plus(java.time.Duration.between(today, now).dividedBy(2)))
                .append(',')
                .append(home)
                .append(",FAILED,1,0,DNS_FAILURE\n");
        csv.append(today.minusSeconds(1800)).append(",http://www.other.gov.cn/,FAILED,1,0,DNS_FAILURE\n");
        Path file = dir.resolve("week.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("probe", home, "--allow-private", "--csv", file.toString());
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("  OPENED ");
        assertThat(lines.get(1))
                .isEqualTo("failure share 6.0% (10 of 168 probes, this site's in " + file
                        + " over the 7 whole days before today (Beijing time))");
        assertThat(lines.get(2)).isEqualTo("State Council rule: FAILS (5% or more over a week of 20+ probes a day)");
        assertThat(ProbeHistory.read(file)).hasSize(168 + 24 + 1 + 1 + 1);
    }

    @Test
    void aBadRowInTheProbeFileStopsTheProbeBeforeAnyRequestAndAddsNothing() throws IOException {
        FarmSite gbk = farm.site("gbk"); // not clean: refusesLoopbackWithoutAllowPrivate wants it untouched
        Path file = dir.resolve("bad.csv");
        String text = String.join(",", ProbeHistory.HEADER) + "\n"
                + "2026-11-01T00:00:00Z," + gbk.homepage() + ",OPENED,120,200,\n"
                + "2026-11-01T01:00:00Z," + gbk.homepage() + ",MAYBE,120,200,\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        int before = farm.requestLog().requests("gbk").size();
        CliRun run = CliRun.of("probe", gbk.homepage().toString(), "--allow-private", "--csv", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("goveval: " + file + ", line 3, column 'outcome': one of OPENED, TOO_SLOW, FAILED "
                        + "expected: 'MAYBE'");
        assertThat(farm.requestLog().requests("gbk")).hasSize(before);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
