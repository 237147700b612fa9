package org.goveval.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report saved in the version-1 format of today (a scan of the farm's defects site) must keep validating
 * against the published schema and keep reading: fields are only ever added. Farm scans validate fresh reports
 * ({@code FarmScanTest}); here the schema's teeth are shown on a damaged copy.
 */
class ReportSchemaValidationTest {
    private static final String FIXTURE = "scan-report-v1.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static String fixture() {
        try (InputStream in = ReportSchemaValidationTest.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + FIXTURE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSavedVersionOneReportStillValidates() {
        assertThat(PublishedSchema.violations(fixture())).isEmpty();
    }

    @Test
    void theSavedVersionOneReportStillReads() {
        ScanReport report = ReportJson.read(fixture());
        assertThat(report.schemaVersion()).isEqualTo(1);
        assertThat(report.site()).isEqualTo("http://127.0.0.1:45379/");
        assertThat(report.pagesCrawled()).isEqualTo(56);
        assertThat(report.linksChecked()).isEqualTo(95);
        assertThat(report.brokenLinks().stream().map(BrokenLinkFinding::kind).distinct())
                .containsExactlyInAnyOrder(
                        "HTTP_ERROR",
                        "SOFT_404",
                        "REDIRECT_LOOP",
                        "TOO_MANY_REDIRECTS",
                        "TIMEOUT",
                        "CONNECTION_FAILED",
                        "DNS_FAILURE",
                        "TLS_ERROR");
        assertThat(report.brokenLinks())
                .hasSize(15)
                .filteredOn(b -> b.status() == null)
                .hasSize(6);
        assertThat(report.blockedOrThrottled())
                .containsExactly(
                        new BrokenLinkFinding(
                                "http://127.0.0.1:45379/api/busy",
                                "THROTTLED",
                                429,
                                java.util.List.of("http://127.0.0.1:45379/col/col1229316/index.html"),
                                false,
                                "429 Too Many Requests after retries",
                                null), // version 1 had no firstSeen
                        new BrokenLinkFinding(
                                "http://127.0.0.1:45379/members/list.html",
                                "BLOCKED",
                                403,
                                java.util.List.of("http://127.0.0.1:45379/col/col1229310/index.html"),
                                false,
                                "403 Forbidden, and again later",
                                null));
        assertThat(report.network()).isNotNull();
        assertThat(report.network().httpUrl()).isNull(); // scanned by IP address: not checked
        assertThat(report.govCheck()).isNotNull();
        assertThat(report.govCheck().score()).isEqualTo(90.0);
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() {
        ObjectNode report = (ObjectNode) MAPPER.readTree(fixture());
        report.remove("linksChecked");
        ObjectNode first = (ObjectNode) report.withArray("brokenLinks").get(0);
        first.put("kind", "GONE");
        first.put("status", "404");
        report.put("site", "not a URL at all");
        assertThat(PublishedSchema.violations(report.toString()))
                .containsExactlyInAnyOrder(
                        ": required property 'linksChecked' not found",
                        "/site: does not match the uri pattern must be a valid RFC 3986 URI",
                        "/brokenLinks/0/kind: does not have a value in the enumeration [\"HTTP_ERROR\", \"SOFT_404\", "
                                + "\"DNS_FAILURE\", \"CONNECTION_FAILED\", \"TIMEOUT\", \"TLS_ERROR\", \"REDIRECT_LOOP\", "
                                + "\"TOO_MANY_REDIRECTS\", \"BLOCKED\", \"THROTTLED\"]",
                        "/brokenLinks/0/status: string found, [integer, null] expected");
    }
}
