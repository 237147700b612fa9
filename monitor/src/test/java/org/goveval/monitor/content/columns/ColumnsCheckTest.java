package org.goveval.monitor.content.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goveval.monitor.content.ContentFixtures.url;

import java.util.List;
import org.goveval.monitor.content.ContentFixtures;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.junit.jupiter.api.Test;

class ColumnsCheckTest {
    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + "</title></head><body>" + body
                + "<div class=\"footer\">主办单位：临溪市人民政府办公室</div></body></html>";
    }

    private static final String NAV = "<div class=\"nav\"><a href=\"/\">首页</a>"
            + "<a href=\"/col/news/index.html\">政务动态</a><a href=\"/col/notice/index.html\">通知公告</a>"
            + "<a href=\"/sitemap.html\">网站地图</a><a href=\"javascript:void(0)\">无障碍</a></div>";

    private static ContentFixtures site() {
        return new ContentFixtures()
                .add(
                        "/",
                        page(
                                "临溪市人民政府",
                                "<div class=\"header\"><a href=\"/\">临溪</a></div>" + NAV
                                        + "<div class=\"main\"><div class=\"block\"><h2>政策文件</h2>"
                                        + "<a class=\"more\" href=\"/col/policy/index.html\">更多&gt;&gt;</a><ul>"
                                        + "<li><a href=\"/art/2024/12/18/art_1_1.html\">关于2024年12月1日起施行新规的通知</a>"
                                        + "<span>2024年12月18日</span></li></ul></div>"
                                        + "<div class=\"block\"><div class=\"title\">人事信息</div>"
                                        + "<a href=\"/col/rsxx/index.html\">more+</a><ul></ul></div></div>"))
                .add(
                        "/col/news/index.html",
                        page(
                                "政务动态_临溪市人民政府",
                                NAV
                                        + "<div class=\"subnav\"><a href=\"/col/bmdt/index.html\">部门动态</a></div>"
                                        + "<div class=\"position\"><a href=\"/\">首页</a> &gt; <a href=\"/col/news/index.html\">政务动态</a></div>"
                                        + "<h1>政务动态</h1><ul class=\"list\">"
                                        + "<li><a href=\"/art/2024/12/1/art_2_1.html\">市长调研</a><span>2024-12-01</span></li>"
                                        + "<li><a href=\"/art/2024/11/20/art_2_2.html\">12月20日会议召开</a> [11-20]</li></ul>"
                                        + "<div class=\"page\"><a href=\"index_1.html\">2</a><a href=\"index_1.html\">下一页</a></div>"))
                .add(
                        "/col/notice/index.html",
                        page(
                                "通知公告_临溪市人民政府",
                                "<h1>通知公告</h1><table>"
                                        + "<tr><td><a href=\"/xxgk/tzgg/202412/t20241210_1.html\">停水通知</a></td></tr>"
                                        + "<tr><td><a href=\"/xxgk/tzgg/202411/t20241102_2.html\">停电通知</a></td></tr></table>"))
                .add(
                        "/col/policy/index.html",
                        page(
                                "政策文件_临溪市人民政府",
                                "<h1>政策文件</h1><ul class=\"list\">"
                                        + "<li><a href=\"/zcwj/1.html\">临政发1号</a></li><li><a href=\"/zcwj/2.html\">临政发2号</a></li></ul>"))
                .add("/col/rsxx/index.html", page("人事信息_临溪市人民政府", "<h1>人事信息</h1><ul class=\"list\"></ul>"))
                .add(
                        "/sitemap.html",
                        page(
                                "网站地图_临溪市人民政府",
                                NAV + "<h1>网站地图</h1><ul>"
                                        + "<li><a href=\"/col/news/index.html\">动态</a></li>"
                                        + "<li><a href=\"/col/ghjh/index.html\">规划计划</a></li>"
                                        + "<li><a href=\"/files/guide.pdf\">网站使用指南</a></li>"
                                        + "<li><a href=\"http://www.other.gov.cn/\">其他网站</a></li></ul>"))
                .add(
                        "/col/ghjh/index.html",
                        page(
                                "规划计划_临溪市人民政府",
                                "<ul class=\"list\">"
                                        + "<li><a href=\"/art/2024/1/10/art_3_1.html\">十四五规划</a><span>2024-01-10</span></li></ul>"))
                .add(
                        "/col/bmdt/index.html",
                        page(
                                "部门动态_临溪市人民政府",
                                "<ul class=\"list\">"
                                        + "<li><a href=\"/art/2024/12/19/art_4_1.html\">部门动态一</a><span>2024/12/19</span></li></ul>"));
    }

    private static ContentResults run(ContentFixtures site, List<String> paths, List<Integer> depths)
            throws InterruptedException {
        return run(site, paths, depths, List.of());
    }

    private static ContentResults run(
            ContentFixtures site, List<String> paths, List<Integer> depths, List<HomepageSnapshot> history)
            throws InterruptedException {
        ColumnsCheck check =
                new ColumnsCheck(ColumnRules.defaults(), ContentLimits.defaults(), site.evidence(), history);
        PageObserver observer = check.observer();
        for (int i = 0; i < paths.size(); i++) {
            observer.page(site.page(paths.get(i), depths.get(i)));
        }
        ContentResults results = new ContentResults();
        check.finish(site.context(), results);
        return results;
    }

    @Test
    void findsColumnsInNavigationMoreLinksSiteMapAndSubNavigationAndJudgesEach() throws InterruptedException {
        ContentFixtures site = site();
        ContentResults results = run(
                site,
                List.of(
                        "/",
                        "/col/news/index.html",
                        "/col/notice/index.html",
                        "/col/policy/index.html",
                        "/col/rsxx/index.html",
                        "/sitemap.html",
                        "/col/bmdt/index.html"),
                List.of(0, 1, 1, 1, 1, 1, 2));
        assertThat(results.columns())
                .containsExactly(
                        new ColumnReport(
                                "政务动态", url("/col/news/index.html"), ColumnCategory.NEWS, "2024-12-01", 2, false, true),
                        new ColumnReport(
                                "通知公告",
                                url("/col/notice/index.html"),
                                ColumnCategory.NOTICE,
                                "2024-12-10",
                                2,
                                false,
                                false),
                        new ColumnReport(
                                "政策文件", url("/col/policy/index.html"), ColumnCategory.POLICY, null, 2, false, true),
                        new ColumnReport(
                                "人事信息", url("/col/rsxx/index.html"), ColumnCategory.PERSONNEL, null, 0, true, false),
                        new ColumnReport(
                                "规划计划",
                                url("/col/ghjh/index.html"),
                                ColumnCategory.PLANNING,
                                "2024-01-10",
                                1,
                                false,
                                false),
                        new ColumnReport(
                                "部门动态",
                                url("/col/bmdt/index.html"),
                                ColumnCategory.NEWS,
                                "2024-12-19",
                                1,
                                false,
                                false));
        assertThat(site.fetchedLater()).containsExactly(url("/col/ghjh/index.html"));
        assertThat(results.findings())
                .extracting(f -> f.code() + " " + f.severity() + " "
                        + f.evidence().getFirst().url())
                .containsExactly(
                        "COLUMN_STALE ERROR " + url("/col/news/index.html"),
                        "COLUMN_STALE ERROR " + url("/col/policy/index.html"),
                        "COLUMN_BLANK ERROR " + url("/col/rsxx/index.html"));
        assertThat(results.findings().get(0).message()).isEqualTo("栏目“政务动态”最新信息日期为 2024-12-01，超过2周未更新（NEWS 类栏目）。");
        assertThat(results.findings().get(1).message()).contains("均无日期，视为未更新");
        for (Finding finding : results.findings()) {
            Evidence evidence = finding.evidence().getFirst();
            assertThat(evidence.copy()).isNotNull();
            assertThat(site.evidence()
                            .copy(evidence.copy())
                            .orElseThrow()
                            .requested()
                            .toString())
                    .isEqualTo(evidence.url());
            assertThat(evidence.fetchedAt()).isEqualTo("2024-12-20T02:00:00Z");
        }
        assertThat(results.findings().get(0).evidence().getFirst().snippet()).isEqualTo("市长调研2024-12-01");

        HomepageUpdates home = results.homepageUpdates();
        assertThat(home.updatedWithinTwoWeeks()).isTrue();
        assertThat(home.latestDate()).isEqualTo("2024-12-18");
        assertThat(home.basis()).isEqualTo("HOMEPAGE");
        assertThat(home.snapshot().takenAt()).isEqualTo("2024-12-20T02:00:00Z");
        assertThat(home.snapshot().items())
                .containsExactly(
                        new HomepageItem("关于2024年12月1日起施行新规的通知", url("/art/2024/12/18/art_1_1.html"), "2024-12-18"));
    }

    @Test
    void aMenuOfEachColumnsNewestArticlesNamesArticlesNotColumns() throws InterruptedException {
        // a drop-down under the navigation, as portals draw it: each column, then its newest items in the three
        // dated layouts (TRS, Hanweb, gov.cn); and one undated page, which stays a column
        String menu = "<div class=\"submenu\"><ul>"
                + "<li><a href=\"/col/news/index.html\">政务动态</a></li>"
                + "<li><a href=\"/art/2024/12/1/art_2_1.html\">市长调研</a></li>"
                + "<li><a href=\"/col/notice/index.html\">通知公告</a></li>"
                + "<li><a href=\"/xxgk/tzgg/202412/t20241210_1.html\">停水通知</a></li>"
                + "<li><a href=\"/zhengce/2024-12/09/content_7001.htm\">国务院关于印发某方案的通知</a></li>"
                + "<li><a href=\"/zwgk/ldxx.html\">领导信息</a></li></ul></div>";
        ContentFixtures site = site().add("/", page("临溪市人民政府", NAV + menu))
                .add("/zwgk/ldxx.html", page("领导信息", "<h1>领导信息</h1>"))
                // the articles answer too: what keeps them out is their address, not a failed fetch
                .add("/art/2024/12/1/art_2_1.html", page("市长调研", "<h1>市长调研</h1>"))
                .add("/xxgk/tzgg/202412/t20241210_1.html", page("停水通知", "<h1>停水通知</h1>"))
                .add("/zhengce/2024-12/09/content_7001.htm", page("国务院关于印发某方案的通知", "<h1>通知</h1>"));
        ContentResults results = run(
                site,
                List.of("/", "/col/news/index.html", "/col/notice/index.html", "/zwgk/ldxx.html"),
                List.of(0, 1, 1, 1));
        assertThat(results.columns())
                .extracting(ColumnReport::name, ColumnReport::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("政务动态", url("/col/news/index.html")),
                        org.assertj.core.groups.Tuple.tuple("通知公告", url("/col/notice/index.html")),
                        org.assertj.core.groups.Tuple.tuple("领导信息", url("/zwgk/ldxx.html")),
                        // from the news page's own sub-navigation
                        org.assertj.core.groups.Tuple.tuple("部门动态", url("/col/bmdt/index.html")));
    }

    @Test
    void aNavigationOnlyHomePageIsJudgedByItsSecondLevelPages() throws InterruptedException {
        ContentFixtures site = site().add("/", page("临溪市人民政府", NAV))
                .add(
                        "/col/news/index.html",
                        page(
                                "政务动态",
                                "<ul class=\"list\">"
                                        + "<li><a href=\"/art/2024/11/1/art_2_1.html\">旧闻</a><span>2024-11-01</span></li></ul>"))
                .add(
                        "/col/notice/index.html",
                        page(
                                "通知公告",
                                "<ul class=\"list\">"
                                        + "<li><a href=\"/art/2024/10/1/art_2_1.html\">旧通知</a><span>2024-10-01</span></li></ul>"));
        ContentResults results =
                run(site, List.of("/", "/col/news/index.html", "/col/notice/index.html"), List.of(0, 1, 1));
        HomepageUpdates home = results.homepageUpdates();
        assertThat(home.updatedWithinTwoWeeks()).isFalse();
        assertThat(home.latestDate()).isEqualTo("2024-11-01");
        assertThat(home.basis()).isEqualTo("SECOND_LEVEL");
        assertThat(home.evidence()).extracting(Evidence::url).containsExactly(url("/"), url("/col/news/index.html"));
        assertThat(results.findings())
                .filteredOn(f -> f.code().equals("HOMEPAGE_NOT_UPDATED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.VETO);
                    assertThat(f.message()).isEqualTo("首页（仅导航）链接的二级页面最新信息日期为 2024-11-01，超过2周未更新。");
                });
    }

    @Test
    void withoutAnyDateTheHomePageNeedsAPerson() throws InterruptedException {
        ContentFixtures site = new ContentFixtures()
                .add("/", page("临溪市人民政府", NAV))
                .add("/col/news/index.html", page("政务动态", "<ul><li><a href=\"/a.html\">无日期</a></li></ul>"));
        ContentResults results = run(site, List.of("/", "/col/news/index.html"), List.of(0, 1));
        HomepageUpdates home = results.homepageUpdates();
        assertThat(home.updatedWithinTwoWeeks()).isNull();
        assertThat(home.latestDate()).isNull();
        assertThat(results.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HOMEPAGE_UPDATES_UNKNOWN", Finding.Severity.NEEDS_REVIEW),
                        org.assertj.core.groups.Tuple.tuple("COLUMN_STALE", Finding.Severity.ERROR));
    }

    @Test
    void withoutAHomePageNothingIsReported() throws InterruptedException {
        ContentResults results = run(site(), List.of("/col/news/index.html"), List.of(1));
        assertThat(results.columns()).isEmpty();
        assertThat(results.homepageUpdates()).isNull();
        assertThat(results.findings()).isEmpty();
    }

    @Test
    void earlierSnapshotsOverruleTheDatesOfTheHomePage() throws InterruptedException {
        List<String> paths = List.of("/");
        List<Integer> depths = List.of(0);
        HomepageUpdates dated = run(site(), paths, depths).homepageUpdates();
        assertThat(dated.updatedWithinTwoWeeks()).isTrue(); // its newest item is dated 2 days ago
        HomepageSnapshot now = dated.snapshot();
        java.time.Instant taken = now.instant();

        // the very same items three weeks ago, nothing different since: not updated, whatever the dates say
        HomepageSnapshot same =
                new HomepageSnapshot(taken.minus(java.time.Duration.ofDays(21)).toString(), now.items());
        ContentResults stale = run(site(), paths, depths, List.of(same));
        assertThat(stale.homepageUpdates().updatedWithinTwoWeeks()).isFalse();
        assertThat(stale.homepageUpdates().basis()).isEqualTo(HomepageUpdates.SNAPSHOTS);
        assertThat(stale.findings())
                .filteredOn(f -> f.code().startsWith("HOMEPAGE"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HOMEPAGE_NOT_UPDATED", Finding.Severity.VETO));

        // other items a week ago: the home page changed within the window
        HomepageSnapshot other = new HomepageSnapshot(
                taken.minus(java.time.Duration.ofDays(7)).toString(),
                List.of(new HomepageItem("上周的一条信息", url("/art/old.html"), "2024-12-10")));
        ContentResults fresh = run(site(), paths, depths, List.of(same, other));
        assertThat(fresh.homepageUpdates().updatedWithinTwoWeeks()).isTrue();
        assertThat(fresh.homepageUpdates().basis()).isEqualTo(HomepageUpdates.SNAPSHOTS);
        assertThat(fresh.findings()).noneMatch(f -> f.code().startsWith("HOMEPAGE"));

        // snapshots that settle nothing (only one within the window, the same items): the dates decide
        HomepageSnapshot recentSame =
                new HomepageSnapshot(taken.minus(java.time.Duration.ofDays(3)).toString(), now.items());
        assertThat(run(site(), paths, depths, List.of(recentSame)).homepageUpdates())
                .isEqualTo(dated);
    }
}
