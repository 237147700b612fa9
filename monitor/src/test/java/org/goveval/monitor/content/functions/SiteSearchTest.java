package org.goveval.monitor.content.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteSearchTest {
    private static final String HOME = "<html><head><meta charset=\"utf-8\"><title>临溪市人民政府</title></head><body>"
            + "<form action=\"/login\"><input name=\"user\"><input type=password name=pw></form>"
            + "<form action=\"/jsearch/search.do\" method=\"get\"><input type=hidden name=siteid value=\"7\">"
            + "<input type=text name=searchword><select name=scope><option value=all>全站</option></select>"
            + "<input type=checkbox name=exact><button>搜 索</button></form>"
            + "<ul><li><a href=/quick.html>快速入口</a></li>"
            + "<li><a href=/art/1.html title=\"临溪市召开2024年数字政府工作推进会\">临溪市召开2024年数字…</a>"
            + "<span>2024-12-20</span></li></ul></body></html>";

    private static Document home() {
        return Jsoup.parse(HOME, "http://127.0.0.1:8080/");
    }

    @Test
    void theTermIsTheStartOfTheFirstDatedItemsFullTitle() {
        assertThat(SiteSearch.term(home())).isEqualTo("临溪市召开2024年");
    }

    @Test
    void theSearchFormIsSentAsABrowserWould() {
        SiteSearch.Form form = SiteSearch.form(home()).orElseThrow();
        assertThat(form.post()).isFalse();
        URI query = SiteSearch.query(form, URI.create("http://127.0.0.1:8080/"), "政务 公开");
        assertThat(query)
                .hasToString("http://127.0.0.1:8080/jsearch/search.do?siteid=7"
                        + "&searchword=%E6%94%BF%E5%8A%A1+%E5%85%AC%E5%BC%80&scope=all");
    }

    @Test
    void aGb2312PageSendsItsTermInGbk() {
        Document page = Jsoup.parse(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                        + "<form action=\"/search/result.html\"><input name=q placeholder=请输入关键字></form>",
                "http://127.0.0.1:8080/");
        SiteSearch.Form form = SiteSearch.form(page).orElseThrow();
        assertThat(SiteSearch.query(form, URI.create("http://127.0.0.1:8080/"), "政务"))
                .hasToString("http://127.0.0.1:8080/search/result.html?q=%D5%FE%CE%F1");
    }

    @Test
    void aPageWithoutASearchFormHasNone() {
        Document page = Jsoup.parse(
                "<form action=/login><input name=user></form><a href=/s.html>站内搜索</a>", "http://127.0.0.1:8080/");
        assertThat(SiteSearch.form(page)).isEmpty();
        assertThat(SiteSearch.entry(page)).contains(URI.create("http://127.0.0.1:8080/s.html"));
    }

    private static SiteSearch.Answer judge(String body) {
        URI url = URI.create("http://127.0.0.1:8080/search/result.html?q=x");
        return SiteSearch.judge(Jsoup.parse(body, url.toString()), url, "数字政府");
    }

    @Test
    void aStatedCountIsTheResult() {
        SiteSearch.Answer answer = judge("<p>共找到 1,234 条相关结果</p><a href=/a.html>数字政府建设</a>");
        assertThat(answer.results()).isEqualTo(1234);
        assertThat(answer.items()).isEqualTo(1);
        assertThat(answer.works()).isTrue();
    }

    @Test
    void withoutACountTheResultLinksToTheSiteCount() {
        SiteSearch.Answer answer = judge("<a href=/a.html>数字政府建设</a><a href=/b.html>数字政府建设</a>"
                + "<a href=/a.html#x>数字政府建设</a><a href=http://other.example/c.html>数字政府</a>"
                + "<a href=/search/result.html?page=2>数字政府 下一页</a><a href=/d.html>无关</a>");
        assertThat(answer.declared()).isEqualTo(Optional.empty());
        assertThat(answer.results()).isEqualTo(2);
    }

    @Test
    void aNoResultAnswerIsNone() {
        assertThat(judge("<p>抱歉，没有找到与“数字政府”相关的结果。</p>").works()).isFalse();
        assertThat(judge("<p>共0条结果</p>").results()).isZero();
        assertThat(judge("<p>搜索结果</p>").works()).isFalse();
    }
}
