package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goveval.sitefarm.manifest.ColumnTruth;
import org.goveval.sitefarm.manifest.ColumnsTruth;
import org.goveval.sitefarm.manifest.HomepageTruth;
import org.goveval.sitefarm.manifest.MarksTruth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Column pages list 20 items a page, TRS-style; the content farm's columns and marks truth. */
class ColumnPagesTest {
    private static Document page(URI url) {
        return Jsoup.parse(new String(Http.get(url).body(), StandardCharsets.UTF_8), url.toString());
    }

    private static String newsColumn(FarmSite site) {
        return site.manifest().titles().entrySet().stream()
                .filter(entry -> entry.getValue().startsWith("政务动态_"))
                .map(java.util.Map.Entry::getKey)
                .filter(url -> url.endsWith("/index.html"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void longColumnsArePaginatedTwentyItemsAPage() {
        FarmSpec spec = FarmSpec.of(List.of(
                SiteSpec.of("trs", 9 * 45, 11L),
                SiteSpec.of("hanweb", 9 * 45, 12L).withLayout(Layout.HANWEB)));
        try (RunningFarm farm = SiteFarm.start(spec, Fixtures.CLOCK)) {
            for (FarmSite site : farm.sites()) {
                String index = newsColumn(site);
                String folder = index.substring(0, index.lastIndexOf('/') + 1);
                Document first = page(URI.create(index));
                assertThat(first.select("ul.list > li")).hasSize(20);
                assertThat(first.select("div.page").text()).startsWith("共45条 第1/3页");
                assertThat(first.select("div.page a").eachText()).containsExactly("2", "3", "下一页", "尾页");
                assertThat(first.select("div.page a").eachAttr("abs:href"))
                        .containsExactly(
                                folder + "index_1.html",
                                folder + "index_2.html",
                                folder + "index_1.html",
                                folder + "index_2.html");
                Document last = page(URI.create(folder + "index_2.html"));
                assertThat(last.select("ul.list > li")).hasSize(5);
                assertThat(last.select("div.page a").eachText()).containsExactly("首页", "上一页");
                assertThat(site.manifest().pages()).contains(folder + "index_1.html", folder + "index_2.html");
                assertThat(site.manifest().pages()).hasSize(1 + 9 * 3 + 9 * 45);
            }
            assertThat(page(URI.create(newsColumn(farm.site("hanweb"))))
                            .select("div.page a")
                            .first()
                            .attr("href"))
                    .isEqualTo("./index_1.html");
        }
    }

    @Test
    void hanwebListsWriteDatesWithSlashesDotsOrOnlyInTheUrl() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            Document home = page(farm.site("clean").homepage());
            assertThat(home.select("div.block:has(h2:contains(政务动态)) span.date")
                            .first()
                            .text())
                    .isEqualTo("2024/12/20");
            assertThat(home.select("div.block:has(h2:contains(通知公告)) span.date")
                            .first()
                            .text())
                    .isEqualTo("2024.12.19");
            assertThat(home.select("div.block:has(h2:contains(政策文件)) span.date"))
                    .isEmpty();
            assertThat(home.select("div.block:has(h2:contains(政策文件)) li a")
                            .first()
                            .attr("href"))
                    .matches("/xxgk/zcwj/202412/t20241218_\\d+\\.html");
        }
    }

    @Test
    void theFailSitePlantsStaleAndBlankColumnsAndAStaleHomePageAndPassNone() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.contentFarm(), Fixtures.CLOCK)) {
            ColumnsTruth pass = farm.site("pass").manifest().content().columns();
            assertThat(pass.findings()).isEmpty();
            assertThat(pass.columns())
                    .hasSize(11)
                    .noneMatch(ColumnTruth::stale)
                    .noneMatch(
                            ColumnTruth::blank); // the nine navigation columns and the two function pages its site map
            // lists
            assertThat(pass.homepage()).isEqualTo(new HomepageTruth(true, "2024-12-20", "HOMEPAGE"));

            ColumnsTruth fail = farm.site("fail").manifest().content().columns();
            assertThat(fail.columns()).hasSize(14);
            assertThat(fail.columns())
                    .filteredOn(ColumnTruth::stale)
                    .extracting(ColumnTruth::name, ColumnTruth::category, ColumnTruth::latestDate)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("政务动态", "NEWS", "2024-11-30"),
                            org.assertj.core.groups.Tuple.tuple("部门动态", "NEWS", "2024-11-30"),
                            org.assertj.core.groups.Tuple.tuple("乡镇动态", "NEWS", "2024-11-30"),
                            org.assertj.core.groups.Tuple.tuple("工作动态", "NEWS", "2024-11-30"),
                            org.assertj.core.groups.Tuple.tuple("图片新闻", "NEWS", "2024-11-30"),
                            org.assertj.core.groups.Tuple.tuple("通知公告", "NOTICE", "2024-06-02"));
            assertThat(fail.columns())
                    .filteredOn(ColumnTruth::blank)
                    .singleElement()
                    .satisfies(blank -> {
                        assertThat(blank.name()).isEqualTo("规范性文件");
                        assertThat(blank.items()).isZero();
                        assertThat(blank.latestDate()).isNull();
                        assertThat(page(URI.create(blank.url())).select("ul.list li"))
                                .isEmpty();
                    });
            assertThat(fail.homepage()).isEqualTo(new HomepageTruth(false, "2024-11-30", "HOMEPAGE"));
            assertThat(fail.findings())
                    .hasSize(8)
                    .last()
                    .asString()
                    .startsWith("HOMEPAGE_NOT_UPDATED http://127.0.0.1:");

            MarksTruth passMarks = farm.site("pass").manifest().content().marks();
            assertThat(passMarks.siteCode()).matches("\\d{10}");
            assertThat(passMarks.icp()).matches("浙ICP备\\d{8}号");
            assertThat(passMarks.conacBadge()).matches("http://127\\.0\\.0\\.1:\\d+/conac/CA\\d{10}0002\\.js");
            assertThat(passMarks.findings()).isEmpty();
            MarksTruth failMarks = farm.site("fail").manifest().content().marks();
            assertThat(failMarks.siteCode()).matches("\\d{9}");
            assertThat(failMarks.icp()).isNull();
            assertThat(failMarks.findings())
                    .containsExactly("ICP_MISSING", "SITE_CODE_MALFORMED", "SITE_CODE_MISMATCH");
            String footer =
                    page(farm.site("fail").homepage()).select("div.footer").text();
            assertThat(footer).contains("网站标识码：" + failMarks.siteCode() + "　").doesNotContain("ICP");
        }
    }
}
