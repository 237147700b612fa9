package org.goveval.sitefarm.internal.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.goveval.sitefarm.Encoding;
import org.goveval.sitefarm.internal.content.SiteInfo;
import org.goveval.sitefarm.internal.content.ThinPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutesTest {
    private static final ThinPages THIN = new ThinPages(
            new SiteInfo("临溪市", "3301000001", "浙ICP备12345678号", "浙公网安备 33010202000001号", "a@b", "1"), Encoding.UTF_8);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 | true
            Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0                                      | true
            Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)                                   | false
            Mozilla/5.0 (Linux; Android 6.0.1) AppleWebKit/537.36 Chrome/41.0 Mobile Safari/537.36 (compatible; Baiduspider/2.0) | false
            Java-http-client/25                                                                                       | false
            goveval/0.1                                                                                               | false
            LinkChecker/10.2.1                                                                                        | false
            ''                                                                                                        | false
            """)
    void browsersAreToldFromRobots(String userAgent, boolean browser) {
        assertThat(BrowserAgents.isBrowser(userAgent)).isEqualTo(browser);
    }

    @ParameterizedTest
    @CsvSource({
        "y=2024&m=12, 2024-11, 2025-01",
        "y=2025&m=1, 2024-12, 2025-02",
        "m=13, 2024-11, 2025-01",
        "'', 2024-11, 2025-01"
    })
    void calendarLinksThePreviousAndNextMonth(String query, YearMonth previous, YearMonth next) {
        CalendarTrapRoute route = new CalendarTrapRoute(THIN, YearMonth.of(2024, 12));
        String html = body(route.answer(new Request("GET", CalendarTrapRoute.PATH, query, "")));
        assertThat(html)
                .contains("href=\"/calendar/index.html?y=" + previous.getYear() + "&amp;m=" + previous.getMonthValue()
                        + "\"")
                .contains("href=\"/calendar/index.html?y=" + next.getYear() + "&amp;m=" + next.getMonthValue() + "\"");
    }

    @Test
    void paginationAlwaysLinksTheNextPage() {
        PaginationTrapRoute route = new PaginationTrapRoute(THIN);
        assertThat(body(route.answer(new Request("GET", PaginationTrapRoute.PATH, "page=41", ""))))
                .contains("第41页")
                .contains("href=\"/search/result.html?page=42\"");
    }

    @Test
    void sessionTrapLinksAFreshSessionEveryTime() {
        SessionTrapRoute route = new SessionTrapRoute(THIN);
        Request request = new Request("GET", "/art/2024/12/20/art_1_2.html;jsessionid=ABC", "", "");
        String first = body(route.answer(request));
        String second = body(route.answer(request));
        assertThat(first).containsPattern("href=\"/art/2024/12/20/art_1_2.html;jsessionid=[0-9A-F]{32}\"");
        assertThat(first).isNotEqualTo(second);
        assertThat(SessionTrapRoute.matches("/a.html;jsessionid=1")).isTrue();
        assertThat(SessionTrapRoute.matches("/a.html")).isFalse();
    }

    @Test
    void repeatedSegmentsMatchAnyDepthUnderTheFolderOnly() {
        RepeatedSegmentTrapRoute route = new RepeatedSegmentTrapRoute(THIN, "/a/");
        assertThat(route.matches("/a/images/x.html")).isTrue();
        assertThat(route.matches("/a/images/images/images/x.html")).isTrue();
        assertThat(route.matches("/a/x.html")).isFalse();
        assertThat(route.matches("/b/images/x.html")).isFalse();
    }

    private static String body(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return new String(reply.body(), StandardCharsets.UTF_8);
    }
}
