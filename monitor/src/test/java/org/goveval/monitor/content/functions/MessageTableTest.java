package org.goveval.monitor.content.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTableTest {
    private static final String LIST = """
            <table><tr><th>序号</th><th>信件标题</th><th>来信日期</th><th>答复日期</th><th>办理状态</th></tr>
            <tr><td>1</td><td>停车收费咨询</td><td>2024/06/01</td><td>2024年6月5日</td><td>已办结</td></tr>
            <tr><td>2</td><td>噪声扰民</td><td>2024.07.23</td><td></td><td>办理中</td></tr>
            <tr><td>3</td><td>重复来信</td><td>2024-07-01</td><td></td><td>重复留言</td></tr>
            <tr><td>4</td><td>状态不明</td><td>2024-07-02</td><td></td><td>转交</td></tr>
            <tr><td>5</td><td>没有日期</td><td>近日</td><td></td><td>未回复</td></tr>
            </table>
            <table><tr><th>名称</th><th>日期</th></tr><tr><td>不是留言</td><td>2024-01-01</td></tr></table>""";

    @Test
    void readsEveryJudgeableRowOfAMessageTable() {
        List<PublicMessage> messages = MessageTable.read(Jsoup.parse(LIST));
        assertThat(messages)
                .extracting(m -> m.title() + " " + m.asked() + " "
                        + m.answered().map(LocalDate::toString).orElse("-") + " " + m.status())
                .containsExactly(
                        "停车收费咨询 2024-06-01 2024-06-05 ANSWERED",
                        "噪声扰民 2024-07-23 - UNANSWERED",
                        "重复来信 2024-07-01 - INVALID");
    }

    @Test
    void withoutAStateColumnAnEmptyReplyDateMeansUnanswered() {
        String html = "<table><tr><td>留言主题</td><td>留言时间</td><td>回复时间</td></tr>"
                + "<tr><td>甲</td><td>2024-01-02</td><td>2024-01-03</td></tr>"
                + "<tr><td>乙</td><td>2024-01-04</td><td></td></tr></table>";
        assertThat(MessageTable.read(Jsoup.parse(html)))
                .extracting(m -> m.title() + " " + m.status())
                .containsExactly("甲 ANSWERED", "乙 UNANSWERED");
    }

    /** More than 3 months unanswered, asked within the year before the day the list was seen. */
    @ParameterizedTest
    @CsvSource({
        "2024-09-19, UNANSWERED, true",
        "2024-09-20, UNANSWERED, false",
        "2024-12-10, UNANSWERED, false",
        "2023-12-20, UNANSWERED, true",
        "2023-12-19, UNANSWERED, false",
        "2024-07-01, ANSWERED, false",
        "2024-07-01, INVALID, false"
    })
    void overdueByTheStateCouncilRule(LocalDate asked, PublicMessage.Status status, boolean overdue) {
        PublicMessage message = new PublicMessage("t", asked, Optional.empty(), status, "row");
        assertThat(message.overdue(LocalDate.parse("2024-12-20"))).isEqualTo(overdue);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-12-20, 2024-12-20",
        "2024/1/5 10:30, 2024-01-05",
        "2024年12月2日, 2024-12-02",
        "发布于 2024.03.04, 2024-03-04",
        "2024-13-45 或 2024-02-29, 2024-02-29"
    })
    void readsChineseDates(String text, LocalDate expected) {
        assertThat(ChineseDates.first(text)).contains(expected);
    }
}
