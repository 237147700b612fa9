package org.goveval.monitor.content.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "2024-12-20 | 2024-12-20",
                "发布日期：2024-12-05 来源：市政府办公室 | 2024-12-05",
                "2024/12/20 | 2024-12-20",
                "2024.12.20 | 2024-12-20",
                "2024.1.5 | 2024-01-05",
                "2024年12月20日 | 2024-12-20",
                "2024年 1 月 5 日 | 2024-01-05",
                "[12-20] | 2024-12-20",
                "【12-19】 | 2024-12-19",
                "（12/01） | 2024-12-01",
                // a month and day after the scan date belong to the year before
                "[12-21] | 2023-12-21",
                "[06-02] | 2024-06-02",
                "12-19 | 2024-12-19",
                // tomorrow is tolerated (time zones), later dates are not publication dates
                "2024-12-21 | 2024-12-21",
                "2024-12-22 | none",
                "2025-01-20 | none",
                "1989-06-01 | none",
                "2024-02-30 | none",
                "2024-12/20 | none",
                "0571-87654321 | none",
                "浏览次数：12 | none",
                "第 3 页 | none",
                "| none"
            })
    void readsTheFormsGovernmentListsUse(String text, String expected) {
        assertThat(ItemDates.fromText(text == null ? "" : text, TODAY)
                        .map(LocalDate::toString)
                        .orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "http://www.example.gov.cn/xxgk/zwdt/202412/t20241220_58123.html | 2024-12-20",
                "./202411/t20241103_1.html | 2024-11-03",
                "http://www.example.gov.cn/art/2024/12/5/art_1229001_58000.html | 2024-12-05",
                "https://www.gov.cn/zhengce/content/2024-12/20/content_6993450.htm | 2024-12-20",
                "http://www.example.gov.cn/col/col1229001/index.html | none",
                "http://www.example.gov.cn/xxgk/zwdt/t20241340_1.html | none",
                "http://www.example.gov.cn/art/2025/1/5/art_1_2.html | none"
            })
    void readsDatesInsideUrls(String url, String expected) {
        assertThat(ItemDates.fromUrl(url, TODAY).map(LocalDate::toString).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "[02-29], 2025-03-01, 2024-02-29",
        "[02-29], 2024-03-01, 2024-02-29",
        "[03-01], 2025-02-28, 2024-03-01",
        "[01-01], 2025-01-01, 2025-01-01"
    })
    void infersTheYearFromTheScanDate(String text, LocalDate today, LocalDate expected) {
        assertThat(ItemDates.fromText(text, today)).contains(expected);
    }

    /**
     * A row's date: the text first, the URL otherwise; a month and day without a year take the year of a URL
     * that dates the same month and day, so a column whose newest item is over a year old is not read as fresh.
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                // the URL's year for the shown month and day: more than a year ago
                "[11-15] | /col/col1/202311/t20231115_5.html | 2023-11-15",
                "【11-15】 | /art/2023/11/15/art_1_2.html | 2023-11-15",
                "11-15 | /2022-11/15/content_7.htm | 2022-11-15",
                // the same as the inferred year: nothing changes
                "[12-19] | /col/col1/202412/t20241219_5.html | 2024-12-19",
                // a URL dating another day is not this row's date: the text decides, its year inferred
                "[11-15] | /col/col1/202311/t20231116_5.html | 2024-11-15",
                // a full date in the text wins over the URL
                "2024-11-15 | /col/col1/202311/t20231115_5.html | 2024-11-15",
                // no date in the text: the URL's; none in either: none
                "浏览 12 | /col/col1/202311/t20231115_5.html | 2023-11-15",
                "[11-15] | /col/col1/index.html | 2024-11-15",
                "浏览 12 | /col/col1/index.html | none"
            })
    void aRowWithoutYearTakesItFromAUrlDatingTheSameDay(String text, String url, String expected) {
        assertThat(ItemDates.ofRow(text, url, TODAY).map(LocalDate::toString).orElse(null))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/xxgk/tzgg/202412/t20241210_1.html | true",
                "/art/2024/12/1/art_2_1.html | true",
                "/zhengce/2024-12/09/content_7001.htm | true",
                "/col/col1229298/index.html | false",
                "/xxgk/zcwj/index.html | false",
                "/zwgk/ldxx.html | false",
                "/art/index.html | false",
                "/content_7001.htm | false"
            })
    void aDatedArticleLayoutIsTheUrlOfAnItem(String url, boolean article) {
        assertThat(ItemDates.isDatedArticle(url)).isEqualTo(article);
    }
}
