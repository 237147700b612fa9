package org.goveval.monitor.content.marks;

import static org.assertj.core.api.Assertions.assertThat;

import org.goveval.monitor.content.ContentFixtures;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarksCheckTest {
    private static String home(String footer) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>临溪市人民政府</title></head><body>"
                + "<div class=\"main\"><ul><li><a href=\"/a.html\">网站标识码工作会议</a></li></ul></div>"
                + footer + "</body></html>";
    }

    private static ContentResults check(String html) {
        ContentFixtures site = new ContentFixtures().add("/", html);
        MarksCheck check = new MarksCheck(site.evidence());
        check.observer().page(site.page("/", 0));
        ContentResults results = new ContentResults();
        check.finish(site.context(), results);
        return results;
    }

    @Test
    void readsEveryMarkOfAWellKeptFooter() {
        ContentResults results = check(home("<div class=\"footer\"><p>主办单位：临溪市人民政府办公室　承办单位：临溪市大数据局</p>"
                + "<p>网站标识码：3301000001　<span>浙ICP备05012345号-1</span> <span>浙公网安备 33010202000001号</span></p>"
                + "<script id=\"_jiucuo_\" sitecode=\"3301000001\" src=\"/exposure/jiucuo.js\"></script>"
                + "<script src=\"https://dcs.conac.cn/js/33/000/0000/40693735/CA330000000406937350001.js\"></script>"
                + "</div>"));
        assertThat(results.marks())
                .isEqualTo(new Marks(
                        "3301000001",
                        "浙ICP备05012345号-1",
                        "浙公网安备 33010202000001号",
                        "https://dcs.conac.cn/js/33/000/0000/40693735/CA330000000406937350001.js",
                        "临溪市人民政府办公室"));
        assertThat(results.findings()).isEmpty();
    }

    @Test
    void aMinistryCodeAndBadgesLinkedRatherThanScripted() {
        ContentResults results = check(home("<footer>主办：中华人民共和国某某部 网站标识码bm01000001 京ICP备2021034567号"
                + " 京公网安备11010202000001号<a href=\"https://bszs.conac.cn/sitename?method=show&id=0A1B\">"
                + "<img src=\"https://dcs.conac.cn/image/red.png\"></a>"
                + "<a href=\"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteCode.action?siteCode=bm01000001\">"
                + "<img src=\"/images/zc.png\" alt=\"我为政府网站找错\"></a></footer>"));
        assertThat(results.marks())
                .isEqualTo(new Marks(
                        "bm01000001",
                        "京ICP备2021034567号",
                        "京公网安备11010202000001号",
                        "https://bszs.conac.cn/sitename?method=show&id=0A1B",
                        "中华人民共和国某某部"));
        assertThat(results.findings()).isEmpty();
    }

    @Test
    void malformedAndInconsistentMarksAreFindingsWithTheHomePageAsEvidence() {
        ContentResults results = check(home("<div id=\"bottom\">主办单位：临溪市人民政府办公室承办单位：临溪市大数据局"
                + " 网站标识码：33010000 ICP备案：浙ICP备 公网安备 3301号"
                + "<a href=\"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteCode.action?siteCode=3301000001\">找错</a>"
                + "<span id=\"_ideConac\"></span></div>"));
        assertThat(results.marks()).isEqualTo(new Marks("33010000", "ICP备案：浙ICP备", "公网安备 3301号", null, "临溪市人民政府办公室"));
        assertThat(results.findings())
                .extracting(Finding::code)
                .containsExactly(
                        "SITE_CODE_MALFORMED",
                        "SITE_CODE_MISMATCH",
                        "ICP_MALFORMED",
                        "PUBLIC_SECURITY_RECORD_MALFORMED",
                        "CONAC_BADGE_MISSING");
        assertThat(results.findings().get(1).message())
                .isEqualTo("页面标注的网站标识码“33010000”与“我为政府网站找错”标识中的“3301000001”不一致。");
        for (Finding finding : results.findings()) {
            assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
            Evidence evidence = finding.evidence().getFirst();
            assertThat(evidence.url()).isEqualTo(ContentFixtures.url("/"));
            assertThat(evidence.status()).isEqualTo(200);
            assertThat(evidence.copy()).isNotNull();
        }
    }

    @Test
    void absentMarksAreNullAndEachAFinding() {
        ContentResults results = check(home("<div class=\"footer\">版权所有 临溪市"
                + "<script id=\"_jiucuo_\" sitecode=\"3301000001\" src=\"/exposure/jiucuo.js\"></script></div>"));
        assertThat(results.marks()).isEqualTo(new Marks(null, null, null, null, null));
        assertThat(results.findings())
                .extracting(Finding::code)
                .containsExactly(
                        "SITE_CODE_MISSING",
                        "ICP_MISSING",
                        "PUBLIC_SECURITY_RECORD_MISSING",
                        "CONAC_BADGE_MISSING",
                        "SPONSOR_MISSING");
        assertThat(results.findings().getFirst().message()).isEqualTo("页面底部未标注网站标识码（找错标识中的标识码为 3301000001）。");
    }

    @Test
    void withoutAFooterTheWholePageIsRead() {
        ContentResults results = check("<html><body><p>主办单位：临溪市人民政府办公室 网站标识码：3301000001</p></body></html>");
        assertThat(results.marks().siteCode()).isEqualTo("3301000001");
        assertThat(results.marks().sponsor()).isEqualTo("临溪市人民政府办公室");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the badge's own inline code: unescape(\"%3Cscript src='…'%3E\")
                "<span id=\"_ideConac\"></span><script>document.write(unescape(\"%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/000/0000/40693735/CA330000000406937350001.js' type='text/javascript'%3E%3C/script%3E\"));</script>"
                        + " | https://dcs.conac.cn/js/33/000/0000/40693735/CA330000000406937350001.js",
                "<script>var s=document.createElement('script');s.src='/conac/CA33010000010002.js';document.body.appendChild(s);</script>"
                        + " | http://www.example.gov.cn/conac/CA33010000010002.js",
                "<img src=\"//dcs.conac.cn/image/blue.png\" alt=\"党政机关\"> | http://dcs.conac.cn/image/blue.png"
            })
    void theConacBadgeIsAcceptedInEachWayItIsPut(String html, String expected) {
        assertThat(MarksReader.conacBadge(Jsoup.parse(html, ContentFixtures.SITE)))
                .contains(expected);
    }

    @Test
    void noConacMentionNoBadge() {
        assertThat(MarksReader.conacBadge(Jsoup.parse(
                        "<span id=\"_ideConac\"></span><script>var a='/js/main.js';</script>", ContentFixtures.SITE)))
                .isEmpty();
    }
}
