package org.goveval.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    private static ScanReport report(String hostileUrl, String hostileDetail) {
        return new ScanReport(
                1,
                "http://x.gov.cn/",
                "2026-11-23T08:00:00Z",
                1500,
                3,
                10,
                List.of(
                        new BrokenLinkFinding(
                                hostileUrl, "HTTP_ERROR", 404, List.of("http://x.gov.cn/"), true, hostileDetail),
                        new BrokenLinkFinding(
                                "http://dead.invalid/",
                                "DNS_FAILURE",
                                null,
                                List.of("http://x.gov.cn/a.html"),
                                false,
                                "")),
                List.of(new BrokenLinkFinding(
                        "http://x.gov.cn/api", "THROTTLED", 429, List.of("http://x.gov.cn/"), true, "")),
                List.of(new SkippedLink("http://x.gov.cn/private/a.html", "robots.txt", List.of("http://x.gov.cn/"))),
                List.of("http://x.gov.cn/", "http://x.gov.cn/a.html", "http://x.gov.cn/index.html"),
                List.of(new DuplicatePage("http://x.gov.cn/index.html", "http://x.gov.cn/")));
    }

    @Test
    void escapesEverythingTakenFromTheSite() {
        String html = ReportHtml.render(
                report("http://x.gov.cn/\"><script>alert(1)</script>", "<img src=x onerror=alert(2)>"));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.text())
                .contains("http://x.gov.cn/\"><script>alert(1)</script>")
                .contains("<img src=x onerror=alert(2)>");
    }

    @Test
    void listsFindingsWithWhereAndHowToFix() {
        Document doc = Jsoup.parse(ReportHtml.render(report("http://x.gov.cn/gone.html", "HTTP 404")));
        assertThat(doc.title()).isEqualTo("网站链接检测报告 http://x.gov.cn/");
        assertThat(doc.select("table").first().select("tr")).hasSize(3); // header + 2 broken links
        assertThat(doc.select("table").first().select("tr").get(1).text())
                .isEqualTo(
                        "http://x.gov.cn/gone.html 首页 错误状态码 (HTTP error) HTTP 404 404 http://x.gov.cn/ 2026-11-23T08:00:00Z");
        assertThat(doc.text())
                .contains("失效链接 2 个（首页 1 个）")
                .contains("域名无法解析 (DNS failure)：1")
                .contains("访问受限 (throttled, 429)")
                .contains("未检查 Not checked");
    }

    @Test
    void theJsonRoundTrips() {
        ScanReport report = report("http://x.gov.cn/gone.html", "HTTP 404");
        String json = ReportJson.write(report);
        assertThat(ReportJson.read(json)).isEqualTo(report);
        assertThat(json)
                .contains("\"status\" : null")
                .contains("\"onHomepage\" : true")
                .contains("\"schemaVersion\" : 1");
    }
}
