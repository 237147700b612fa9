package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GBK site writes GBK bytes under a gb2312 label, with GBK-only characters a gb2312 decoder garbles. */
class GbkSiteTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset GBK = Charset.forName("GBK");

    private static RunningFarm farm;
    private static FarmSite gbk;

    @BeforeAll
    static void start() {
        farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK);
        gbk = farm.site("gbk");
    }

    @AfterAll
    static void stop() {
        farm.close();
    }

    @Test
    void personnelArticleDecodesAsGb18030WithGbkOnlyCharacters() {
        String url = articleTitled("关于陈镕、王堃、张喆等同志职务任免的通知");
        byte[] body = Http.get(URI.create(url)).body();
        String text = new String(body, GB18030);
        assertThat(text)
                .contains("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .contains("<title>关于陈镕、王堃、张喆等同志职务任免的通知_" + siteName() + "</title>");
        String latin1 = new String(body, StandardCharsets.ISO_8859_1);
        assertThat(latin1)
                .contains(new String("镕".getBytes(GBK), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String("镕".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(new String(body, GB2312)).doesNotContain("镕").contains("关于陈");
    }

    @Test
    void titlesInTheManifestAreWhatAGb18030DecoderReads() {
        for (Map.Entry<String, String> entry : gbk.manifest().titles().entrySet()) {
            String html = new String(Http.get(URI.create(entry.getKey())).body(), GB18030);
            assertThat(Jsoup.parse(html).title()).isEqualTo(entry.getValue());
        }
        assertThat(gbk.manifest().titles().values())
                .anySatisfy(title -> assertThat(title).contains("镕", "堃", "喆"));
    }

    @Test
    void contentTypeHeaderIsGb2312OnIndexPagesAndPlainOrAbsentOnArticles() {
        assertThat(contentType(gbk.homepage())).hasValue("text/html; charset=gb2312");
        assertThat(contentType(gbk.url("/xxgk/zwdt/index.html"))).hasValue("text/html; charset=gb2312");
        Map<Boolean, Long> articles = gbk.manifest().pages().stream()
                .filter(page -> page.matches(".*/t\\d{8}_\\d+\\.html"))
                .collect(java.util.stream.Collectors.partitioningBy(
                        page -> contentType(URI.create(page)).isPresent(), java.util.stream.Collectors.counting()));
        assertThat(articles.get(true)).isPositive();
        assertThat(articles.get(false)).isPositive();
        gbk.manifest().pages().stream()
                .filter(page -> page.matches(".*/t\\d{8}_(\\d+)\\.html"))
                .forEach(page -> {
                    long id = Long.parseLong(page.substring(page.lastIndexOf('_') + 1, page.length() - 5));
                    assertThat(contentType(URI.create(page)))
                            .isEqualTo(id % 2 == 0 ? Optional.of("text/html") : Optional.empty());
                });
    }

    @Test
    void unknownPathsAnswer200WithTheNotFoundTemplate() {
        HttpResponse<byte[]> response = Http.get(gbk.url("/no/such/page.html"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), GB18030)).contains("页面不存在");
        assertThat(Http.get(gbk.url("/robots.txt")).body())
                .asString(StandardCharsets.UTF_8)
                .startsWith("User-agent: *");
    }

    private static Optional<String> contentType(URI url) {
        return Http.get(url).headers().firstValue("Content-Type");
    }

    private static String articleTitled(String title) {
        return gbk.manifest().titles().entrySet().stream()
                .filter(entry -> entry.getValue().startsWith(title + "_"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private static String siteName() {
        return gbk.manifest().titles().get(gbk.manifest().site());
    }
}
