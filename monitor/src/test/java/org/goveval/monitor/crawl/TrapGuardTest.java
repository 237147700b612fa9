package org.goveval.monitor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrapGuardTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://x.gov.cn/art/2024/12/12/art_1_2.html                  |
            http://x.gov.cn/xxgk/zwdt/202412/t20241220_1.html            |
            http://x.gov.cn/a/images/images/x.html                       |
            http://x.gov.cn/a/images/images/images/x.html                | path segment 'images' repeated 3 times
            http://x.gov.cn/1/2/3/4/5/6/7/8/9/10/11/12/13.html           | path deeper than 12 segments
            """)
    void judgesPaths(String url, String reason) {
        TrapGuard guard = new TrapGuard(CrawlSettings.defaults());
        if (reason == null) {
            assertThat(guard.check(URI.create(url))).isEmpty();
        } else {
            assertThat(guard.check(URI.create(url))).contains(reason);
        }
    }

    @Test
    void refusesALongUrl() {
        String url = "http://x.gov.cn/" + "a".repeat(1100) + ".html";
        assertThat(new TrapGuard(CrawlSettings.defaults()).check(URI.create(url)))
                .contains("URL longer than 1024 characters");
    }

    @Test
    void allowsFiftyQueryVariantsOfOnePathThenRefuses() {
        TrapGuard guard = new TrapGuard(CrawlSettings.defaults());
        for (int month = 1; month <= 50; month++) {
            assertThat(guard.check(URI.create("http://x.gov.cn/calendar/index.html?m=" + month)))
                    .as("variant " + month)
                    .isEmpty();
        }
        assertThat(guard.check(URI.create("http://x.gov.cn/calendar/index.html?m=51")))
                .contains("more than 50 query variants of /calendar/index.html");
        // another path has its own count
        assertThat(guard.check(URI.create("http://x.gov.cn/search/result.html?page=1")))
                .isEmpty();
    }
}
