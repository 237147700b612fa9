package org.goveval.monitor.content.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goveval.monitor.content.ContentFixtures.limits;
import static org.goveval.monitor.content.ContentFixtures.url;

import java.util.List;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.ContentFixtures;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.junit.jupiter.api.Test;

/** The functions check on a site larger than its limits: it keeps what they allow and says what it dropped. */
class FunctionsCheckLimitsTest {
    /**
     * Two interaction entries, three attachments, four images (three without alt), two unlabelled fields and four
     * messages: 甲, 乙 and 丁 answered, 丙 unanswered since 2024-06-01 (overdue on 2024-12-20).
     */
    private static final String HOME = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=utf-8>"
            + "<title>临溪市人民政府</title></head><body>"
            + "<a href=\"/hdjl/ly.html\">我要留言</a><a href=\"/hdjl/xx.html\">领导信箱</a>"
            + "<a href=\"/files/a.pdf\">表格一</a><a href=\"/files/b.pdf\">表格二</a><a href=\"/files/c.pdf\">表格三</a>"
            + "<img src=\"/i/1.png\"><img src=\"/i/2.png\"><img src=\"/i/3.png\"><img src=\"/i/4.png\" alt=\"徽标\">"
            + "<form action=\"/apply\"><input name=\"x\"><textarea name=\"y\"></textarea></form>"
            + "<table><tr><th>信件标题</th><th>来信日期</th><th>答复日期</th><th>办理状态</th></tr>"
            + "<tr><td>甲</td><td>2024-09-01</td><td>2024-09-05</td><td>已办结</td></tr>"
            + "<tr><td>乙</td><td>2024-09-02</td><td>2024-09-06</td><td>已办结</td></tr>"
            + "<tr><td>丙</td><td>2024-06-01</td><td></td><td>办理中</td></tr>"
            + "<tr><td>丁</td><td>2024-09-03</td><td>2024-09-07</td><td>已办结</td></tr></table>"
            + "</body></html>";

    private static String guide(String name) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + name + "办事指南</title></head><body>"
                + "<h1>" + name + "办事指南</h1><div class=\"content\"><p>事项名称：" + name + "</p>"
                + "<p>设定依据：《条例》</p><p>申请条件：本市居民</p><p>办理材料：申请书</p><p>办理地点：市民中心</p>"
                + "<p>办理时间：工作日</p><p>联系电话：12345</p><p>办理流程：申请—受理—办结</p></div></body></html>";
    }

    private static ContentFixtures site() {
        return new ContentFixtures()
                .add("/", HOME)
                .add("/bs/1.html", guide("居民身份证换领"))
                .add("/bs/2.html", guide("个体工商户设立登记"));
    }

    private static ContentResults crawl(ContentFixtures site, ContentLimits limits) {
        FunctionsCheck check = new FunctionsCheck(limits, site.evidence());
        check.observer().page(site.page("/", 0));
        check.observer().page(site.page("/bs/1.html", 1));
        check.observer().page(site.page("/bs/2.html", 1));
        ContentResults results = new ContentResults();
        check.finish(site.context(), results);
        return results;
    }

    private static List<String> limitMessages(ContentResults results) {
        return results.findings().stream()
                .filter(f -> f.code().equals(Cap.LIMIT_REACHED))
                .map(Finding::message)
                .map(m -> m.substring(0, m.indexOf('：')))
                .toList();
    }

    @Test
    void eachCollectionKeepsWhatItsLimitAllowsAndReportsWhatItDropped() {
        ContentResults results = crawl(
                site(),
                limits(
                        "messages",
                        2,
                        "serviceGuides",
                        1,
                        "entryLinks",
                        1,
                        "attachments",
                        1,
                        "images",
                        2,
                        "formFields",
                        1));
        FunctionsReport report = results.functions();
        assertThat(report.messagesListed()).isEqualTo(2); // 甲, 乙: 丙, the overdue one, was dropped
        assertThat(report.messagesAnsweredShare()).isEqualTo(1.0);
        assertThat(report.unansweredOverThreeMonths()).isZero();
        assertThat(report.serviceGuides()).isEqualTo(1);
        assertThat(report.images()).isEqualTo(2);
        assertThat(report.imagesWithoutAlt()).containsExactly(url("/i/1.png"), url("/i/2.png"));
        assertThat(report.formFields()).isEqualTo(1);
        assertThat(report.unlabelledFormFields()).containsExactly(url("/") + " input x");
        assertThat(limitMessages(results))
                .containsExactly(
                        "检查“functions”达到上限 messages=2（读取的公开留言），另有 2 项未保留",
                        "检查“functions”达到上限 serviceGuides=1（读取的办事指南），另有 1 项未保留",
                        "检查“functions”达到上限 entryLinks=1（互动交流入口链接），另有 1 项未保留",
                        "检查“functions”达到上限 attachments=1（附件和表格链接），另有 2 项未保留",
                        "检查“functions”达到上限 images=2（判断替代文本的图片），另有 2 项未保留",
                        "检查“functions”达到上限 formFields=1（判断标签的表单项），另有 1 项未保留");
        assertThat(results.findings())
                .filteredOn(f -> f.code().equals(Cap.LIMIT_REACHED))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.NEEDS_REVIEW));
    }

    @Test
    void atTheLimitsTheReportIsTheUnlimitedOne() {
        ContentResults limited = crawl(
                site(),
                limits(
                        "messages",
                        4,
                        "serviceGuides",
                        2,
                        "entryLinks",
                        2,
                        "attachments",
                        3,
                        "images",
                        4,
                        "formFields",
                        2));
        ContentResults unlimited = crawl(site(), ContentLimits.defaults());
        assertThat(limitMessages(limited)).isEmpty();
        assertThat(limited.functions()).isEqualTo(unlimited.functions());
        assertThat(limited.findings()).isEqualTo(unlimited.findings());
        FunctionsReport report = limited.functions();
        assertThat(report.messagesListed()).isEqualTo(4);
        assertThat(report.unansweredOverThreeMonths()).isEqualTo(1);
        assertThat(report.serviceGuides()).isEqualTo(2);
        assertThat(report.imagesWithoutAlt()).containsExactly(url("/i/1.png"), url("/i/2.png"), url("/i/3.png"));
        assertThat(report.unlabelledFormFields()).containsExactly(url("/") + " input x", url("/") + " textarea y");
    }

    @Test
    void citedPagesAreStoredWhileTheCrawlSeesThem() {
        ContentFixtures site = site();
        FunctionsCheck check = new FunctionsCheck(ContentLimits.defaults(), site.evidence());
        check.observer().page(site.page("/", 0));
        assertThat(site.evidence().copies()).hasSize(1); // the home page, before the crawl is over
        ContentResults results = new ContentResults();
        check.finish(site.context(EvidenceStore.NONE), results); // the finishing context keeps nothing
        Finding overdue = results.findings().stream()
                .filter(f -> f.code().equals("MESSAGE_OVERDUE"))
                .findFirst()
                .orElseThrow();
        assertThat(overdue.evidence().getFirst().url()).isEqualTo(url("/"));
        assertThat(overdue.evidence().getFirst().snippet()).isEqualTo("丙 2024-06-01 办理中");
        assertThat(site.evidence().copy(overdue.evidence().getFirst().copy())).isPresent();
    }
}
