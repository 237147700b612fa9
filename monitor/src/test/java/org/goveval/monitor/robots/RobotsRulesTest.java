package org.goveval.monitor.robots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.goveval.monitor.robots.RobotsFixtures.ROBOTS;
import static org.goveval.monitor.robots.RobotsFixtures.answer;
import static org.goveval.monitor.robots.RobotsFixtures.failed;
import static org.goveval.monitor.robots.RobotsFixtures.robotsTxt;
import static org.goveval.monitor.robots.RobotsFixtures.rulesOf;
import static org.goveval.monitor.robots.RobotsFixtures.status;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.monitor.fetch.FailureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsRulesTest {

    /** {@code ;} separates lines of the robots.txt; the path is asked on https://a.gov.cn. */
    @ParameterizedTest(name = "[{index}] {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: *;Disallow: /                                   | /                        | false
            User-agent: *;Disallow: /                                   | /robots.txt              | true
            User-agent: *;Disallow: /private/                           | /private/a.html          | false
            User-agent: *;Disallow: /private/                           | /private                 | true
            User-agent: *;Disallow: /private/                           | /public/a.html           | true
            User-agent: *;Disallow:                                     | /anything                | true
            User-agent: *;Disallow: /Admin                              | /admin                   | true
            User-agent: *;Disallow: /folder/;Allow: /folder/page        | /folder/page.html        | true
            User-agent: *;Disallow: /folder/;Allow: /folder/page        | /folder/other.html       | false
            User-agent: *;Allow: /folder/;Disallow: /folder/page        | /folder/page.html        | false
            User-agent: *;Disallow: /page;Allow: /page                  | /page                    | true
            User-agent: *;Disallow: /*.pdf$                             | /files/a.pdf             | false
            User-agent: *;Disallow: /*.pdf$                             | /files/a.pdf?download=1  | true
            User-agent: *;Disallow: /*.pdf$                             | /files/a.pdfx            | true
            User-agent: *;Disallow: /*?                                 | /list?page=2             | false
            User-agent: *;Disallow: /*?                                 | /list                    | true
            User-agent: *;Disallow: /*/edit                             | /news/2024/edit          | false
            User-agent: *;Disallow: /政务公开/                            | /%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80/a | false
            User-agent: *;Disallow: /;;User-agent: goveval;Disallow: /internal | /news              | true
            User-agent: *;Disallow: /;;User-agent: goveval;Disallow: /internal | /internal/a.html  | false
            User-agent: *;Disallow: /;;User-agent: GovEval;Allow: /     | /news                    | true
            User-agent: otherbot;Disallow: /;;User-agent: *;Disallow: /tmp | /news                 | true
            User-agent: otherbot;Disallow: /;;User-agent: *;Disallow: /tmp | /tmp/a                | false
            User-agent: otherbot;Disallow: /                            | /news                    | true
            User-agent: * # everyone;Disallow: /x # not x               | /x                       | false
            """)
    void allowsAndDisallowsByLongestMatch(String robots, String path, boolean allowed) {
        RobotsRules rules = rulesOf(robotsTxt(robots));

        assertThat(rules.isAllowed(URI.create("https://a.gov.cn" + path))).isEqualTo(allowed);
        assertThat(rules.source()).isEqualTo(RobotsSource.FETCHED);
    }

    /**
     * The rules are asked with the URL already parsed (crawler-commons would parse the text into a URI and a URL
     * again for every call): every decision must be the one crawler-commons makes from the URL's text, whatever
     * the escapes, query, port or user info.
     */
    @Test
    void decidesAsCrawlerCommonsDoesFromTheUrlText() {
        String robots = "User-agent: *;Disallow: /private/;Disallow: /*?;Allow: /list?page=;Disallow: /*.pdf$;"
                + "Disallow: /政务公开/";
        RobotsRules rules = rulesOf(robotsTxt(robots));
        BaseRobotRules parsed = new SimpleRobotRulesParser()
                .parseContent(
                        ROBOTS.toString(),
                        robots.replace(';', '\n').getBytes(StandardCharsets.UTF_8),
                        "text/plain",
                        List.of("goveval"));
        List<String> paths = List.of(
                "/private/a.html",
                "/private",
                "/Private/a.html",
                "/%70rivate/a.html",
                "/public/a%2Fb.html",
                "/public/%E6%94%BF%E5%8A%A1/a.html",
                "/政务公开/a.html",
                "/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80/a.html",
                "/list?page=2",
                "/list?q=%E6%94%BF&page=2",
                "/files/a.pdf",
                "/files/a.PDF",
                "/files/a.pdf?download=1",
                "/a;jsessionid=123?x=1",
                "/search?q=a%20b#top",
                "",
                "/robots.txt");

        Map<Boolean, Integer> decided = new HashMap<>();
        for (String origin : List.of("https://a.gov.cn", "https://a.gov.cn:443", "https://user@a.gov.cn")) {
            for (String path : paths) {
                URI uri = URI.create(origin + path);
                boolean allowed = parsed.isAllowed(uri.toString());
                assertThat(rules.isAllowed(uri)).as(uri.toString()).isEqualTo(allowed);
                decided.merge(allowed, 1, Integer::sum);
            }
        }
        // both answers are among the cases, many times: the comparison is not of two constant answers
        assertThat(decided.get(true)).isGreaterThanOrEqualTo(15);
        assertThat(decided.get(false)).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            User-agent: *;Crawl-delay: 2                                        | PT2S
            User-agent: *;Crawl-delay: 0.5                                      | PT0.5S
            User-agent: *;Disallow: /tmp                                        | none
            User-agent: *;Crawl-delay: 5;;User-agent: goveval;Crawl-delay: 1    | PT1S
            User-agent: *;Crawl-delay: 3600                                     | PT1H
            """)
    void readsTheCrawlDelayOfTheGroupThatApplies(String robots, Duration crawlDelay) {
        RobotsRules rules = rulesOf(robotsTxt(robots));

        assertThat(rules.crawlDelay()).isEqualTo(Optional.ofNullable(crawlDelay));
        // crawler-commons alone would disallow everything above 5 minutes; the gate caps the delay instead.
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/news"))).isTrue();
    }

    @Test
    void collectsSitemapsOfEveryGroupResolvedAgainstTheRobotsUrl() {
        RobotsRules rules = rulesOf(robotsTxt(
                "Sitemap: https://a.gov.cn/sitemap.xml;User-agent: otherbot;Disallow: /;Sitemap: /sitemap-news.xml"));

        assertThat(rules.sitemaps())
                .containsExactly("https://a.gov.cn/sitemap.xml", "https://a.gov.cn/sitemap-news.xml");
    }

    @ParameterizedTest
    @CsvSource({
        "401, ALLOW_ALL",
        "403, ALLOW_ALL",
        "404, ALLOW_ALL",
        "410, ALLOW_ALL",
        "429, DISALLOW_ALL",
        "500, DISALLOW_ALL",
        "502, DISALLOW_ALL",
        "503, DISALLOW_ALL",
        "300, ALLOW_ALL",
        "304, ALLOW_ALL",
        "103, DISALLOW_ALL"
    })
    void statusOtherThan2xxDecidesForTheWholeSite(int status, RobotsSource source) {
        RobotsRules rules = rulesOf(status(status));

        assertThat(rules.source()).isEqualTo(source);
        assertThat(rules.detail()).isEqualTo("HTTP " + status);
        assertThat(rules.failure()).isEmpty();
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/news"))).isEqualTo(source == RobotsSource.ALLOW_ALL);
        assertThat(rules.isAllowed(ROBOTS)).as("robots.txt itself").isTrue();
        assertThat(rules.crawlDelay()).isEmpty();
        assertThat(rules.sitemaps()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "DNS_FAILURE, DISALLOW_ALL",
        "CONNECTION_FAILED, DISALLOW_ALL",
        "TIMEOUT, DISALLOW_ALL",
        "TLS_ERROR, DISALLOW_ALL",
        "BLOCKED_ADDRESS, DISALLOW_ALL",
        "REDIRECT_LOOP, ALLOW_ALL",
        "TOO_MANY_REDIRECTS, ALLOW_ALL",
        "INVALID_URL, ALLOW_ALL"
    })
    void failureWithoutAnswerDecidesForTheWholeSite(FailureKind kind, RobotsSource source) {
        RobotsRules rules = rulesOf(failed(kind));

        assertThat(rules.source()).isEqualTo(source);
        assertThat(rules.detail()).isEqualTo(kind + ": as arranged by the test");
        assertThat(rules.failure()).contains(kind);
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/news"))).isEqualTo(source == RobotsSource.ALLOW_ALL);
    }

    @ParameterizedTest
    @CsvSource({"text/html; charset=utf-8", "text/plain"})
    void anHtmlPageServedAsRobotsTxtAllowsEverything(String contentType) {
        // A "friendly" home or error page answered with 200: crawler-commons finds no User-agent line in an
        // HTML page and allows everything, rather than reading stray words as rules.
        String page = "<!DOCTYPE html><html><head><title>首页</title></head><body>"
                + "<p>Disallow: /</p><a href=\"/\">返回首页</a></body></html>";

        RobotsRules rules = rulesOf(answer(200, contentType, page.getBytes(StandardCharsets.UTF_8)));

        assertThat(rules.source()).isEqualTo(RobotsSource.FETCHED);
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/"))).isTrue();
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/news/a.html"))).isTrue();
    }

    @Test
    void anEmptyFileAllowsEverything() {
        RobotsRules rules = rulesOf(answer(200, "text/plain", new byte[0]));

        assertThat(rules.source()).isEqualTo(RobotsSource.FETCHED);
        assertThat(rules.detail()).isEqualTo("HTTP 200, text/plain, 0 bytes");
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/x"))).isTrue();
    }

    @Test
    void aRobotsTxtRedirectedToAnotherHostIsUsed() {
        URI elsewhere = URI.create("https://www.a.gov.cn/robots.txt");
        byte[] body = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);

        RobotsRules rules = rulesOf(answer(elsewhere, 200, "text/plain", body, false));

        assertThat(rules.source()).isEqualTo(RobotsSource.FETCHED);
        assertThat(rules.detail()).isEqualTo("HTTP 200, text/plain, " + body.length + " bytes via " + elsewhere);
        assertThat(rules.robotsUri()).isEqualTo(ROBOTS);
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/private/a"))).isFalse();
        assertThat(rules.isAllowed(URI.create("https://A.gov.cn:443/public/a"))).isTrue();
    }

    @Test
    void parsesTheFirst500KibAndNoHalfLine() {
        StringBuilder text = new StringBuilder("User-agent: *\nDisallow: /early\n");
        while (text.length() < RobotsReader.PARSE_LIMIT_BYTES - 14) {
            text.append("# padding padding padding padding padding\n");
        }
        text.setLength(RobotsReader.PARSE_LIMIT_BYTES - 14);
        text.append("\nDisallow: /admin-area\nDisallow: /late\n"); // the limit cuts "/admin-area" to "/ad"
        byte[] body = text.toString().getBytes(StandardCharsets.US_ASCII);

        RobotsRules rules = rulesOf(answer(ROBOTS, 200, "text/plain", body, false));

        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/early"))).isFalse();
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/admin-area"))).isTrue();
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/adx")))
                .as("no rule read from half a line")
                .isTrue();
        assertThat(rules.isAllowed(URI.create("https://a.gov.cn/late"))).isTrue();
        assertThat(rules.detail())
                .isEqualTo("HTTP 200, text/plain, " + body.length + " bytes, first "
                        + (RobotsReader.PARSE_LIMIT_BYTES - 13) + " parsed");
    }

    @ParameterizedTest
    @CsvSource({"http://a.gov.cn/news", "https://b.gov.cn/news", "https://a.gov.cn:8443/news", "https://www.a.gov.cn/"})
    void rulesAnswerOnlyForTheirOwnHost(String uri) {
        RobotsRules rules = rulesOf(robotsTxt("User-agent: *;Disallow:"));

        assertThatIllegalArgumentException().isThrownBy(() -> rules.isAllowed(URI.create(uri)));
    }
}
