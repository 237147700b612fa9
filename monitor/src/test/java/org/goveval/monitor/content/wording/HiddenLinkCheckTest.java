package org.goveval.monitor.content.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.junit.jupiter.api.Test;

class HiddenLinkCheckTest {
    private static final String PAGE = "http://www.example.gov.cn/index.html";
    private static final String X = "http://spam.example.com/";

    private static ContentResults scan(String body) throws InterruptedException {
        String html = "<html><head><style>"
                + "/* display:none in a comment is nothing */ .yqlj{display:none} #box a.k{font-size:0px}"
                + " .menu li:hover ul{display:block} @media print{.noprint{display:none}}"
                + " .shown{display:none} .note{color:red}"
                + "</style></head><body>" + body + "</body></html>";
        return TestPages.run(
                new HiddenLinkCheck(WordingSettings.defaults(), ContentLimits.defaults(), EvidenceStore.NONE),
                TestPages.crawled(PAGE, html));
    }

    @Test
    void everyWayOfHidingIsRecognised() throws InterruptedException {
        ContentResults results = scan("<div style=\"display: none !important\"><a href=\"" + X + "1\">a</a></div>"
                + "<span style=\"VISIBILITY:hidden\"><b><a href=\"" + X + "2\">b</a></b></span>"
                + "<p hidden><a href=\"" + X + "3\">c</a></p>"
                + "<a style=\"opacity:0\" href=\"" + X + "4\">d</a>"
                + "<div style=\"width:0;height:0;overflow:hidden\"><a href=\"" + X + "5\">e</a></div>"
                + "<div style=\"position:absolute;left:-9999px;top:0\"><a href=\"" + X + "6\">f</a></div>"
                + "<p style=\"text-indent:-60em\"><a href=\"" + X + "7\">g</a></p>"
                + "<div id=\"box\"><a class=\"k\" href=\"" + X + "8\">h</a></div>"
                + "<div class=\"yqlj\"><a href=\"" + X + "9\">i</a></div>"
                + "<div style=\"background-color:#FFF\"><a style=\"color:white\" href=\"" + X + "10\">j</a></div>"
                + "<div style=\"margin-top:-800px\"><a href=\"https://spam.example.com:8443/11\">k</a></div>");
        assertThat(results.hiddenLinks())
                .extracting(link -> link.url() + " " + link.how() + " " + link.text())
                .containsExactly(
                        X + "1 DISPLAY_NONE a",
                        X + "10 SAME_COLOR j",
                        X + "2 VISIBILITY_HIDDEN b",
                        X + "3 HIDDEN_ATTRIBUTE c",
                        X + "4 OPACITY_ZERO d",
                        X + "5 ZERO_SIZE e",
                        X + "6 OFF_SCREEN f",
                        X + "7 TEXT_INDENT g",
                        X + "8 FONT_SIZE_ZERO h",
                        X + "9 DISPLAY_NONE i",
                        "https://spam.example.com:8443/11 OFF_SCREEN k");
        assertThat(results.hiddenLinks().get(0).evidence().snippet())
                .isEqualTo("<div style=\"display: none !important\"> <a href=\"http://spam.example.com/1\">a</a>");
        assertThat(results.hiddenLinks().get(9).evidence().snippet())
                .isEqualTo("<style> .yqlj {display:none} <a href=\"http://spam.example.com/9\">i</a>");
        assertThat(results.hiddenLinks())
                .allSatisfy(link -> assertThat(link.pages()).containsExactly(PAGE))
                .allSatisfy(link -> assertThat(link.pageCount()).isEqualTo(1));
        assertThat(results.findings())
                .extracting(Finding::severity)
                .containsExactly(
                        Finding.Severity.NEEDS_REVIEW, // display:none
                        Finding.Severity.ERROR, // same colour
                        Finding.Severity.NEEDS_REVIEW,
                        Finding.Severity.NEEDS_REVIEW,
                        Finding.Severity.NEEDS_REVIEW,
                        Finding.Severity.ERROR,
                        Finding.Severity.ERROR,
                        Finding.Severity.ERROR,
                        Finding.Severity.ERROR,
                        Finding.Severity.NEEDS_REVIEW,
                        Finding.Severity.ERROR);
    }

    @Test
    void legitimatePatternsAreNotReported() throws InterruptedException {
        ContentResults results = scan(
                // a skip link, off-screen until focused, to a fragment of the page
                "<a href=\"#content\" style=\"position:absolute;left:-9999px\">跳到主要内容</a>"
                        // a drop-down menu of the site's own pages
                        + "<ul class=\"menu\"><li>政务公开<ul style=\"display:none\"><li><a href=\"/zwgk/\">通知</a></li>"
                        + "<li><a href=\"http://www.example.gov.cn/zcwj/\">政策</a></li></ul></li></ul>"
                        // the site list of a government portal, hidden until hovered
                        + "<div style=\"display:none\"><a href=\"http://www.zj.gov.cn/\">省政府</a>"
                        + "<a href=\"https://www.gov.cn/\">中国政府网</a></div>"
                        // hidden in print only; hover rules; an inline style that shows it again
                        + "<div class=\"noprint\"><a href=\"" + X + "p\">p</a></div>"
                        + "<div class=\"shown\" style=\"display:block\"><a href=\"" + X + "s\">s</a></div>"
                        + "<div style=\"position:relative;left:-9999px\"><a href=\"" + X + "r\">r</a></div>"
                        + "<a style=\"text-indent:-100px;width:1px\" href=\"" + X + "t\">t</a>"
                        + "<a class=\"note\" style=\"background:#fff\" href=\"" + X + "c\">c</a>"
                        + "<a href=\"javascript:void(0)\" style=\"display:none\">js</a>"
                        + "<a href=\"mailto:a@b.cn\" style=\"display:none\">mail</a>");
        assertThat(results.hiddenLinks()).isEmpty();
        assertThat(results.findings()).isEmpty();
    }

    @Test
    void aLinkHiddenOnManyPagesIsOneEntryListingThem() throws InterruptedException {
        HiddenLinkCheck check =
                new HiddenLinkCheck(WordingSettings.defaults(), ContentLimits.defaults(), EvidenceStore.NONE);
        String html = "<html><body><div style=\"display:none\"><a href=\"" + X + "\">x</a><a href=\"" + X
                + "\">again</a></div></body></html>";
        ContentResults results = TestPages.run(
                check,
                TestPages.crawled("http://www.example.gov.cn/b.html", html),
                TestPages.crawled("http://www.example.gov.cn/a.html", html));
        assertThat(results.hiddenLinks()).singleElement().satisfies(link -> {
            assertThat(link.pages())
                    .containsExactly("http://www.example.gov.cn/a.html", "http://www.example.gov.cn/b.html");
            assertThat(link.pageCount()).isEqualTo(2);
            assertThat(link.evidence().url()).isEqualTo("http://www.example.gov.cn/a.html");
            assertThat(link.text()).isEqualTo("x");
        });
        assertThat(results.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).hasSize(2));
    }
}
