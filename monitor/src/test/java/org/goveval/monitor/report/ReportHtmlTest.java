package org.goveval.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnCategory;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.govcheck.Deduction;
import org.goveval.monitor.content.govcheck.GovCheck;
import org.goveval.monitor.content.govcheck.IndicatorProposal;
import org.goveval.monitor.content.govcheck.Veto;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.content.network.NetworkReport;
import org.goveval.monitor.content.wording.HiddenLink;
import org.goveval.monitor.content.wording.PoisonedLink;
import org.goveval.monitor.content.wording.WordingHit;
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
                                hostileUrl,
                                "HTTP_ERROR",
                                404,
                                List.of("http://x.gov.cn/"),
                                true,
                                hostileDetail,
                                "2026-11-11T07:00:00Z"), // twelve days and an hour before this scan
                        new BrokenLinkFinding(
                                "http://dead.invalid/",
                                "DNS_FAILURE",
                                null,
                                List.of("http://x.gov.cn/a.html"),
                                false,
                                "",
                                "2026-11-23T08:00:00Z")),
                List.of(new BrokenLinkFinding(
                        "http://x.gov.cn/api",
                        "THROTTLED",
                        429,
                        List.of("http://x.gov.cn/"),
                        true,
                        "",
                        "2026-11-23T01:00:00Z")),
                List.of(new SkippedLink("http://x.gov.cn/private/a.html", "robots.txt", List.of("http://x.gov.cn/"))),
                List.of("http://x.gov.cn/", "http://x.gov.cn/a.html", "http://x.gov.cn/index.html"),
                List.of(new DuplicatePage("http://x.gov.cn/index.html", "http://x.gov.cn/")),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of());
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
        assertThat(doc.select("table").first().select("tr").get(0).text()).isEqualTo("链接 问题 状态码 所在页面 首次发现");
        assertThat(doc.select("table").first().select("tr").get(1).text())
                .isEqualTo("http://x.gov.cn/gone.html 首页 错误状态码 (HTTP error) HTTP 404 404 http://x.gov.cn/"
                        + " 2026-11-11T07:00:00Z 已持续 12 天");
        // first found by this scan: the date alone
        assertThat(doc.select("table")
                        .first()
                        .select("tr")
                        .get(2)
                        .select("td.first-seen")
                        .text())
                .isEqualTo("2026-11-23T08:00:00Z");
        // broken for seven hours: less than a day, but not news
        assertThat(doc.select("table")
                        .get(1)
                        .select("tr")
                        .get(1)
                        .select("td.first-seen")
                        .text())
                .isEqualTo("2026-11-23T01:00:00Z 已持续不足 1 天");
        assertThat(doc.text())
                .contains("失效链接 2 个（首页 1 个）")
                .contains("失效链接中 1 个在此前的检测中已经发现、至今未修复，1 个为本次新发现。")
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

    /** A report written before firstSeen existed: read as it is, shown with the scan's start, written back without it. */
    @Test
    void aReportWithoutFirstSeenStillReadsAndRenders() {
        ScanReport current = report("http://x.gov.cn/gone.html", "HTTP 404");
        String json = ReportJson.write(current).replaceAll(",\\s*\"firstSeen\" : \"[^\"]*\"", "");
        assertThat(json).doesNotContain("firstSeen").contains("\"detail\" : \"HTTP 404\"");
        ScanReport old = ReportJson.read(json);
        assertThat(old.brokenLinks()).extracting(BrokenLinkFinding::firstSeen).containsOnlyNulls();
        assertThat(ReportJson.write(old)).isEqualTo(json);
        Document doc = Jsoup.parse(ReportHtml.render(old));
        assertThat(doc.select("td.first-seen").eachText())
                .containsExactly("2026-11-23T08:00:00Z", "2026-11-23T08:00:00Z", "2026-11-23T08:00:00Z");
        assertThat(doc.text()).doesNotContain("已持续").doesNotContain("此前的检测");
    }

    private static final String HOSTILE = "<script>alert(3)</script>";

    /** A report with every content section filled, each carrying text a hostile site could have written. */
    private static ScanReport withContent() {
        ScanReport links = report("http://x.gov.cn/gone.html", "HTTP 404");
        Evidence seen =
                new Evidence("javascript:alert(4)", "2026-11-23T08:00:01Z", 200, "栏目" + HOSTILE, "ab12cd34ef56ff");
        return new ScanReport(
                links.schemaVersion(),
                links.site(),
                links.startedAt(),
                links.durationMillis(),
                links.pagesCrawled(),
                links.linksChecked(),
                links.brokenLinks(),
                links.blockedOrThrottled(),
                links.skippedLinks(),
                links.crawledPages(),
                links.duplicatePages(),
                List.of("http://x.gov.cn/huge.html"),
                List.of(new ColumnReport(
                        "工作动态" + HOSTILE,
                        "http://x.gov.cn/col/col1/index.html",
                        ColumnCategory.NEWS,
                        "2026-10-01",
                        20,
                        false,
                        true)),
                new HomepageUpdates(false, "2026-10-01", "HOMEPAGE", List.of(seen)),
                new Marks("bm1234", null, null, "http://x.gov.cn/conac.js", "某某市人民政府" + HOSTILE),
                new NetworkReport(false, null, true, false, 12, false),
                new FunctionsReport(
                        true, false, true, 10, 0.8, 1, 3, 1, false, true, "政务公开", 0, List.of(), List.of(), 4, List.of(),
                        true, "zh-CN", 10, 0.8, List.of(), 2, List.of()),
                List.of(new WordingHit("国家工商总局", "OUTDATED_NAME", "国家市场监督管理总局", seen)),
                List.of(new HiddenLink("http://bad.example/" + HOSTILE, "DISPLAY_NONE", seen)),
                List.of(new PoisonedLink("http://bet.example/", "GAMBLING", List.of("http://x.gov.cn/"), seen)),
                List.of(new Finding(
                        "columns", "COLUMN_STALE", Finding.Severity.ERROR, "栏目更新不及时" + HOSTILE, List.of(seen))),
                new GovCheck(
                        "FAIL",
                        List.of(new Veto("veto-poisoned-link", "外部链接被劫持" + HOSTILE, List.of(seen))),
                        null,
                        List.of(new Deduction("links-home", 5, "首页失效链接", List.of())),
                        List.of("availability: 需要一周的监测数据")),
                List.of(new IndicatorProposal(
                        "cstc-2020-website-local", "ops.links", 1.5, 2, "每条失效链接扣0.1分", List.of(), "city")));
    }

    @Test
    void rendersTheContentSectionsEscaped() {
        Document doc = Jsoup.parse(ReportHtml.render(withContent()));
        assertThat(doc.title()).isEqualTo("网站检测报告 http://x.gov.cn/");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).isEmpty(); // shown as text, never a link
        assertThat(doc.text())
                .contains("结论：不合格 (FAIL)")
                .contains("外部链接被劫持" + HOSTILE)
                .contains("工作动态" + HOSTILE)
                .contains("更新不及时")
                .contains("某某市人民政府" + HOSTILE)
                .contains("证书剩余天数 12")
                .contains("留言答复率 80.0%")
                .contains("国家工商总局 OUTDATED_NAME 国家市场监督管理总局")
                .contains("availability: 需要一周的监测数据")
                .contains("1.50 / 2.00")
                .contains("http://x.gov.cn/huge.html")
                .contains("存档 ab12cd34ef56");
    }

    @Test
    void theJsonWithContentRoundTrips() {
        ScanReport report = withContent();
        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
    }
}
