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
}
