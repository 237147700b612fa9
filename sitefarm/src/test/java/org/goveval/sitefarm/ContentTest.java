package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Generated sites look like Chinese government portals and date their content from the clock. */
class ContentTest {
    private static final List<String> COLUMNS =
            List.of("政务动态", "通知公告", "政策文件", "政策解读", "人事信息", "规划计划", "互动交流", "办事服务", "专题专栏");

    @Test
    void homepageHasTheColumnsMoreLinksAndIdentificationMarks() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            Document home = page(farm.site("defects").homepage());
            assertThat(home.select("div.nav a").eachText()).containsExactlyElementsOf(prepend("首页", COLUMNS));
            assertThat(home.select("div.block h2").eachText()).containsExactlyElementsOf(COLUMNS);
            assertThat(home.select("a.more").eachText()).hasSize(9).containsOnly("更多");
            String footer = home.select("div.footer").text();
            assertThat(footer)
                    .containsPattern("网站标识码：\\d{10}")
                    .containsPattern("浙ICP备\\d{8}号")
                    .containsPattern("浙公网安备 \\d{14}号")
                    .contains("主办单位：" + home.title() + "办公室");
            assertThat(home.select("script#_jiucuo_").attr("sitecode")).matches("\\d{10}");
            assertThat(home.select("span#_ideConac")).hasSize(1);
            assertThat(home.select("form[action=/search/result.html] input[name=q]"))
                    .hasSize(1);
        }
    }

    @Test
    void columnListsShowTheThreeDateFormsCountedBackFromTheClock() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            FarmSite defects = farm.site("defects");
            assertThat(dates(defects, "政务动态")).first().isEqualTo("2024-12-20");
            assertThat(dates(defects, "通知公告")).first().isEqualTo("[12-19]");
            assertThat(dates(defects, "政策文件")).first().isEqualTo("2024年12月18日");
            assertThat(dates(defects, "政务动态")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        Clock spring = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), spring)) {
            assertThat(dates(farm.site("defects"), "政务动态")).first().isEqualTo("2025-03-01");
            assertThat(farm.site("defects").manifest().trapEntrances())
                    .anySatisfy(url -> assertThat(url).endsWith("/calendar/index.html?y=2025&m=3"));
        }
    }

    @Test
    void titlesReadLikeGovernmentDocuments() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            List<String> titles =
                    List.copyOf(farm.site("defects").manifest().titles().values());
            assertThat(titles)
                    .anySatisfy(title ->
                            assertThat(title).containsPattern("^(关于印发《.+》的通知|.+实施意见|政策解读：.+|一图读懂《.+》|《.+》政策问答)_"));
            assertThat(titles).anySatisfy(title -> assertThat(title).startsWith("关于陈镕、王堃、张喆等同志职务任免的通知_"));
            assertThat(titles).allSatisfy(title -> assertThat(title).endsWith(titles.getFirst()));
        }
    }

    /** A soft-404 detector matches these phrases in titles and short pages: no real page may contain one. */
    @Test
    void realPagesNeverUseANotFoundPhrase() {
        List<String> phrases = List.of("页面不存在", "未找到", "找不到", "已删除", "已被删除", "不存在", "已失效", "无法访问", "not found");
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            for (FarmSite site : farm.sites()) {
                for (String url : site.manifest().pages()) {
                    String text = Jsoup.parse(JsoupWalk.decode(Http.get(URI.create(url))))
                            .text();
                    assertThat(text.toLowerCase(java.util.Locale.ROOT)).as(url).doesNotContain(phrases);
                }
            }
        }
    }

    private static List<String> dates(FarmSite site, String column) {
        String url = site.manifest().titles().entrySet().stream()
                .filter(entry -> entry.getValue().startsWith(column + "_"))
                .findFirst()
                .orElseThrow()
                .getKey();
        return page(URI.create(url)).select("ul.list span.date").eachText();
    }

    private static Document page(URI url) {
        return Jsoup.parse(new String(Http.get(url).body(), StandardCharsets.UTF_8), url.toString());
    }

    private static List<String> prepend(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
                .toList();
    }
}
