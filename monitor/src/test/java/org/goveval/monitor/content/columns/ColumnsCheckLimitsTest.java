package org.goveval.monitor.content.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goveval.monitor.content.ContentFixtures.limits;
import static org.goveval.monitor.content.ContentFixtures.url;

import java.util.List;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.ContentFixtures;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.PageObserver;
import org.junit.jupiter.api.Test;

/** The columns check on a site larger than its limits: it keeps what they allow and says what it dropped. */
class ColumnsCheckLimitsTest {
    private static final List<String> COLUMNS =
            List.of("/col/a/index.html", "/col/b/index.html", "/col/c/index.html", "/col/d/index.html");
    private static final String NAV = "<div class=\"nav\"><a href=\"/col/a/index.html\">政务动态</a>"
            + "<a href=\"/col/b/index.html\">通知公告</a><a href=\"/col/c/index.html\">政策文件</a>"
            + "<a href=\"/col/d/index.html\">人事信息</a></div>";

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + "</title></head><body>" + NAV + body
                + "</body></html>";
    }

    /** A home page of navigation only and four blank columns, each showing the navigation again. */
    private static ContentFixtures site() {
        ContentFixtures site = new ContentFixtures().add("/", page("临溪市人民政府", ""));
        for (String column : COLUMNS) {
            site.add(column, page("栏目", "<h1>栏目" + column.charAt(5) + "</h1><ul class=\"list\"></ul>"));
        }
        return site;
    }

    private static ContentResults crawl(ContentFixtures site, ColumnRules rules, ContentLimits limits)
            throws InterruptedException {
        ColumnsCheck check = new ColumnsCheck(rules, limits, site.evidence());
        PageObserver observer = check.observer();
        observer.page(site.page("/", 0));
        for (String column : COLUMNS) {
            observer.page(site.page(column, 1));
        }
        ContentResults results = new ContentResults();
        check.finish(site.context(), results);
        return results;
    }

    private static List<String> codes(ContentResults results) {
        return results.findings().stream().map(Finding::code).toList();
    }

    @Test
    void pagesBeyondTheSummaryLimitAreDroppedAndTheirColumnsFetchedAgain() throws InterruptedException {
        ContentFixtures site = site();
        ContentResults results = crawl(site, ColumnRules.defaults(), limits("pageSummaries", 3));
        // home, a and b were summarised; c and d were not, so they are read after the crawl
        assertThat(site.fetchedLater()).containsExactly(url("/col/c/index.html"), url("/col/d/index.html"));
        assertThat(results.columns())
                .extracting(ColumnReport::url, ColumnReport::blank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(url("/col/a/index.html"), true),
                        org.assertj.core.groups.Tuple.tuple(url("/col/b/index.html"), true),
                        org.assertj.core.groups.Tuple.tuple(url("/col/c/index.html"), true),
                        org.assertj.core.groups.Tuple.tuple(url("/col/d/index.html"), true));
        assertThat(codes(results))
                .containsExactly(
                        "HOMEPAGE_UPDATES_UNKNOWN",
                        "COLUMN_BLANK",
                        "COLUMN_BLANK",
                        "COLUMN_BLANK",
                        "COLUMN_BLANK",
                        Cap.LIMIT_REACHED);
        Finding limit = results.findings().getLast();
        assertThat(limit.check()).isEqualTo("columns");
        assertThat(limit.severity()).isEqualTo(Finding.Severity.NEEDS_REVIEW);
        assertThat(limit.message()).startsWith("检查“columns”达到上限 pageSummaries=3（栏目判断保留的页面摘要），另有 2 项未保留：");
        assertThat(limit.evidence())
                .containsExactly(new Evidence(
                        ContentFixtures.SITE, ContentFixtures.AT.toString(), null, "pageSummaries=3, dropped 2", null));
    }

    @Test
    void atTheLimitNothingChanges() throws InterruptedException {
        ContentFixtures site = site();
        ContentResults results = crawl(site, ColumnRules.defaults(), limits("pageSummaries", 5));
        assertThat(site.fetchedLater()).isEmpty();
        assertThat(results.columns()).hasSize(4);
        assertThat(codes(results))
                .containsExactly(
                        "HOMEPAGE_UPDATES_UNKNOWN", "COLUMN_BLANK", "COLUMN_BLANK", "COLUMN_BLANK", "COLUMN_BLANK");
    }

    @Test
    void columnsBeyondMaxColumnsAreNotJudgedAndCountedOnce() throws InterruptedException {
        ColumnRules defaults = ColumnRules.defaults();
        ColumnRules two = new ColumnRules(defaults.windows(), defaults.homepageWindow(), defaults.zone(), 2);
        ContentResults results = crawl(site(), two, ContentLimits.defaults());
        assertThat(results.columns())
                .extracting(ColumnReport::url)
                .containsExactly(url("/col/a/index.html"), url("/col/b/index.html"));
        // c and d are offered by the home page and again by the navigation of a and b: dropped once each
        assertThat(results.findings())
                .filteredOn(f -> f.code().equals(Cap.LIMIT_REACHED))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("检查“columns”达到上限 maxColumns=2（报告的栏目），另有 2 项未保留："));
    }

    @Test
    void copiesAreStoredWhileThePagesAreSeenAndOnlyAsManyAsAllowed() throws InterruptedException {
        ContentFixtures site = site();
        ColumnsCheck check = new ColumnsCheck(ColumnRules.defaults(), limits("evidenceCopies", 1), site.evidence());
        check.observer().page(site.page("/", 0));
        check.observer().page(site.page("/col/a/index.html", 1));
        check.observer().page(site.page("/col/b/index.html", 1));
        // before the crawl is over: the home page (always) and the first page a finding may cite
        assertThat(site.evidence().copies().values())
                .extracting(result -> result.requested().toString())
                .containsExactlyInAnyOrder(url("/"), url("/col/a/index.html"));
        ContentResults results = new ContentResults();
        check.finish(site.context(), results);
        assertThat(results.findings())
                .filteredOn(f -> f.code().equals("COLUMN_BLANK"))
                .extracting(
                        f -> f.evidence().getFirst().url(),
                        f -> f.evidence().getFirst().copy() != null)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(url("/col/a/index.html"), true),
                        org.assertj.core.groups.Tuple.tuple(url("/col/b/index.html"), false));
        assertThat(codes(results)).doesNotContain(Cap.LIMIT_REACHED); // every page was judged
    }
}
