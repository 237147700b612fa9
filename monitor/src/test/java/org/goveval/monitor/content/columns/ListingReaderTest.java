package org.goveval.monitor.content.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ListingReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

    private static Document page(String body) {
        return Jsoup.parse("<html><body>" + body + "</body></html>", "https://www.example.gov.cn/hdjl/lyxd.html");
    }

    @Test
    void aMessageTableWithoutLinksListsEachDatedRowTitledByItsLongestCell() {
        Document page = page("<table><tr><th>序号</th><th>留言主题</th><th>留言时间</th><th>状态</th></tr>"
                + "<tr><td>1</td><td>咨询社保卡补办流程</td><td>2024-12-10</td><td>未回复</td></tr>"
                + "<tr><td>2</td><td>学校周边交通安全问题反映</td><td>2024-11-10</td><td>已回复</td></tr>"
                + "<tr><td colspan=4>共2条</td></tr></table>");

        List<ListedItem> items = ListingReader.mainList(page, TODAY);

        assertThat(items).extracting(ListedItem::title).containsExactly("咨询社保卡补办流程", "学校周边交通安全问题反映");
        assertThat(items)
                .extracting(ListedItem::date)
                .containsExactly(LocalDate.of(2024, 12, 10), LocalDate.of(2024, 11, 10));
        assertThat(items).extracting(ListedItem::url).containsOnly("https://www.example.gov.cn/hdjl/lyxd.html");
    }

    @Test
    void siblingParagraphsThatEachLinkAreAList() {
        Document page = page("<div class=content><p>以下为办事指南。</p>"
                + "<p><a href=zn1.html>居民身份证换领办事指南</a></p>"
                + "<p><a href=zn2.html>个体工商户设立登记办事指南</a> 2024年12月1日</p></div>");

        List<ListedItem> items = ListingReader.mainList(page, TODAY);

        assertThat(items)
                .extracting(ListedItem::url)
                .containsExactly(
                        "https://www.example.gov.cn/hdjl/zn1.html", "https://www.example.gov.cn/hdjl/zn2.html");
        assertThat(items).extracting(ListedItem::date).containsExactly(null, LocalDate.of(2024, 12, 1));
    }

    @Test
    void aSideBarsLongerListIsNotTheColumnsList() {
        String hot = "<li><a href=/a1.html>热点一</a><span>2024-12-20</span></li><li><a href=/a2.html>热点二</a></li>"
                + "<li><a href=/a3.html>热点三</a></li>";
        Document page = page("<div class=main><ul class=list><li><a href=old.html>旧闻</a><span>2024-06-01</span></li>"
                + "</ul></div><div class=side><h3>热点信息</h3><ul>" + hot + "</ul></div>"
                + "<aside><ul>" + hot + "</ul></aside><div id=sidebar><ul>" + hot + "</ul></div>");

        assertThat(ListingReader.mainList(page, TODAY))
                .extracting(ListedItem::title, ListedItem::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("旧闻", LocalDate.of(2024, 6, 1)));
        // a column page with no list of its own is blank, whatever its side bar lists
        assertThat(ListingReader.mainList(page("<div class=side><ul>" + hot + "</ul></div>"), TODAY))
                .isEmpty();
        // "inside" names no side bar
        assertThat(ListingReader.mainList(page("<div class=inside><ul>" + hot + "</ul></div>"), TODAY))
                .hasSize(3);
        // the side bar still counts among the items a home page shows
        assertThat(ListingReader.allItems(page, TODAY))
                .extracting(ListedItem::title)
                .contains("热点一");
    }

    @Test
    void oneLinkedParagraphOrALinklessUndatedRowIsNoList() {
        Document page = page("<div><p>正文<a href=a.html>附件</a></p><p>没有链接</p></div>"
                + "<table><tr><td>办理地点</td><td>市民中心一楼</td></tr></table>");

        assertThat(ListingReader.mainList(page, TODAY)).isEmpty();
    }

    /** TRS lists show [MM-dd]; the article URL keeps the year, so an item over a year old is not read as recent. */
    @Test
    void aRowShowingMonthAndDayTakesTheYearOfItsArticleUrl() {
        Document page = page("<ul class=list>"
                + "<li><a href=/col/col1/202311/t20231115_58001.html>关于做好年度考核工作的通知</a><span>[11-15]</span></li>"
                + "<li><a href=/col/col1/202310/t20231020_58000.html>关于开展安全生产检查的通知</a><span>[10-20]</span></li>"
                + "</ul>");

        List<ListedItem> items = ListingReader.mainList(page, TODAY);

        assertThat(items)
                .extracting(ListedItem::date)
                .containsExactly(LocalDate.of(2023, 11, 15), LocalDate.of(2023, 10, 20));
    }
}
