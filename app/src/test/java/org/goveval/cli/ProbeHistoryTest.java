package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.goveval.evaluation.table.InputException;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe history file: what `goveval probe --csv` adds and `goveval scan --probes` reads. */
class ProbeHistoryTest {
    @TempDir
    Path dir;

    private static final URI HOME = URI.create("https://www.x.gov.cn/");

    @Test
    void appendingKeepsEarlierProbesAndReadsBackExactly() {
        Path file = dir.resolve("probes.csv");
        ProbeResult first =
                new ProbeResult(HOME, Instant.parse("2026-11-16T01:00:00Z"), ProbeOutcome.OPENED, 320, 200, "");
        ProbeResult second = new ProbeResult(
                HOME, Instant.parse("2026-11-16T02:00:00Z"), ProbeOutcome.FAILED, 15000, 0, "TIMEOUT, with a comma");
        ProbeHistory.append(file, List.of(first));
        ProbeHistory.append(file, List.of(second));
        assertThat(ProbeHistory.read(file)).containsExactly(first, second);
    }

    @Test
    void onlyTheScannedSitesProbesCount() {
        ProbeResult mine = new ProbeResult(
                URI.create("https://WWW.x.gov.cn:443/index.html"), Instant.EPOCH, ProbeOutcome.OPENED, 1, 200, "");
        ProbeResult other =
                new ProbeResult(URI.create("https://www.y.gov.cn/"), Instant.EPOCH, ProbeOutcome.OPENED, 1, 200, "");
        ProbeResult plain =
                new ProbeResult(URI.create("http://www.x.gov.cn/"), Instant.EPOCH, ProbeOutcome.OPENED, 1, 200, "");
        assertThat(ProbeHistory.of(List.of(mine, other, plain), HOME)).containsExactly(mine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad instant   | yesterday,https://www.x.gov.cn/,OPENED,300,200,      | line 2, column 'at': not an ISO-8601 instant such as 2026-11-23T08:00:00Z: 'yesterday'
            bad url       | 2026-11-16T01:00:00Z,www.x.gov.cn,OPENED,300,200,    | line 2, column 'url': not an absolute URL: 'www.x.gov.cn'
            bad outcome   | 2026-11-16T01:00:00Z,https://www.x.gov.cn/,OK,300,200, | line 2, column 'outcome': one of OPENED, TOO_SLOW, FAILED expected: 'OK'
            bad latency   | 2026-11-16T01:00:00Z,https://www.x.gov.cn/,OPENED,-1,200, | line 2, column 'latencyMillis': a whole number from 0 to 9223372036854775807 expected: '-1'
            bad status    | 2026-11-16T01:00:00Z,https://www.x.gov.cn/,OPENED,300,999, | line 2, column 'status': a whole number from 0 to 599 expected: '999'
            """)
    void aBadRowIsNamedByLineAndColumn(String title, String row, String expected) throws IOException {
        Path file = dir.resolve("probes.csv");
        Files.writeString(file, String.join(",", ProbeHistory.HEADER) + "\n" + row + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProbeHistory.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith(expected);
    }

    @Test
    void aScanWithABadProbeFileStopsBeforeAnyRequest() throws IOException {
        Path file = dir.resolve("probes.csv");
        Files.writeString(file, "at,url\n", StandardCharsets.UTF_8);
        Path report = dir.resolve("report.json");
        // loopback, and refused by the SSRF guard anyway: the file is read before the scan starts
        CliRun run = CliRun.of("scan", "http://127.0.0.1:9/", "--probes", file.toString(), "--json", report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("probes.csv").contains("column 'outcome'");
        assertThat(report).doesNotExist();
    }
}
