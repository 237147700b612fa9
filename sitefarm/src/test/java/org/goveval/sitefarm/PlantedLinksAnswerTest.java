package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.goveval.sitefarm.manifest.NotBrokenLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every URL a manifest lists answers, when fetched, as the manifest says. */
class PlantedLinksAnswerTest {
    private static RunningFarm farm;

    @BeforeAll
    static void start() {
        farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK);
    }

    @AfterAll
    static void stop() {
        farm.close();
    }

    @Test
    void everyBrokenOrBlockedLinkAnswersAsItsKindSays() {
        List<ManifestLink> links = farm.sites().stream()
                .map(FarmSite::manifest)
                .flatMap(manifest ->
                        Stream.concat(manifest.brokenLinks().stream(), manifest.blockedOrThrottled().stream()))
                .toList();
        assertThat(links).hasSize(15 + 2 + 1);
        links.forEach(PlantedLinksAnswerTest::answersAsListed);
    }

    private static void answersAsListed(ManifestLink link) {
        URI url = URI.create(link.url());
        switch (link.kind()) {
            case HTTP_ERROR, THROTTLED, BLOCKED ->
                assertThat(Http.get(url).statusCode()).as(link.url()).isEqualTo(link.status());
            case SOFT_404 -> {
                HttpResponse<byte[]> response = Http.get(url);
                assertThat(response.statusCode()).isEqualTo(200).isEqualTo(link.status());
                assertThat(decoded(response)).contains("页面不存在", "您访问的页面已删除或不存在");
            }
            case DNS_FAILURE -> assertThat(url.getHost()).endsWith(".invalid");
            case CONNECTION_FAILED ->
                assertThatThrownBy(() -> Http.get(url)).hasCauseInstanceOf(ConnectException.class);
            case TLS_ERROR -> assertThatThrownBy(() -> Http.get(url)).hasCauseInstanceOf(SSLException.class);
            case TIMEOUT ->
                assertThatThrownBy(() -> Http.send(Http.request(url)
                                .timeout(Duration.ofMillis(300))
                                .build()))
                        .hasCauseInstanceOf(HttpTimeoutException.class);
            case REDIRECT_LOOP -> assertThat(redirects(url, 3)).containsExactly("/go/b", "/go/a", "/go/b");
            case TOO_MANY_REDIRECTS -> {
                List<String> chain = redirects(url, 20);
                assertThat(chain).hasSize(12).endsWith("/hop/12", "/");
                assertThat(Http.get(url.resolve("/")).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void softNotFoundBodiesAreTheSitesNotFoundTemplate() {
        FarmSite defects = farm.site("defects");
        ManifestLink soft = defects.manifest().brokenLinks().stream()
                .filter(link -> link.kind().name().equals("SOFT_404"))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> random = Http.get(defects.url("/art/2024/1/1/art_1_1.html"));
        assertThat(random.statusCode()).isEqualTo(404);
        assertThat(Http.get(URI.create(soft.url())).body()).isEqualTo(random.body());

        FarmSite gbk = farm.site("gbk");
        HttpResponse<byte[]> anything = Http.get(gbk.url("/xxgk/zwdt/209901/t20990101_1.html"));
        assertThat(anything.statusCode()).isEqualTo(200);
        String dead = gbk.manifest().brokenLinks().getFirst().url();
        assertThat(Http.get(URI.create(dead)).body()).isEqualTo(anything.body());
    }

    @Test
    void headAnswersTheLengthOfGetWithoutABody() {
        URI home = farm.site("defects").homepage();
        HttpResponse<byte[]> head = Http.head(home);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length"))
                .hasValue(Http.get(home).body().length);
    }

    @Test
    void blockedPageServesBrowsersOnly() {
        URI members = farm.site("defects").url("/members/list.html");
        assertThat(Http.get(members, Fixtures.CHROME).statusCode()).isEqualTo(200);
        assertThat(Http.get(members, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.get(members, "goveval/0.1").statusCode()).isEqualTo(403);
    }

    @Test
    void throttledAlwaysAsksToRetryAfterOneSecond() {
        URI busy = farm.site("defects").url("/api/busy");
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> response = Http.get(busy);
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        }
    }

    @Test
    void trickyLinksWork() {
        FarmSite defects = farm.site("defects");
        Manifest manifest = defects.manifest();
        URI headRefused = defects.url("/hdjl/zxzx.html");
        assertThat(Http.head(headRefused).statusCode()).isEqualTo(405);
        assertThat(Http.get(headRefused).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> moved = Http.get(defects.url("/old/zcwj.html"));
        assertThat(moved.statusCode()).isEqualTo(301);
        String location = moved.headers().firstValue("Location").orElseThrow();
        assertThat(manifest.pages()).contains(defects.url(location).toString());
        assertThat(manifest.titles().get(defects.url(location).toString())).startsWith("政策文件_");

        long start = System.nanoTime();
        assertThat(Http.get(defects.url("/sjfb/tjsj.html")).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(FarmSpec.DEFAULT_SLOW_OK);

        URI partner = farm.site("clean").homepage();
        assertThat(manifest.notBroken())
                .anySatisfy(link -> assertThat(link.url()).isEqualTo(partner.toString()));
        assertThat(Http.get(partner).statusCode()).isEqualTo(200);
    }

    /** Each file refuses HEAD as its manifest entry says, and serves GET with 200 and its type. */
    @Test
    void filesRefusingHeadServeGet() {
        Describe describe = Describe.of(farm, "defects");
        List<NotBrokenLink> files = farm.site("defects").manifest().notBroken().stream()
                .filter(link -> link.why().startsWith("HEAD refused"))
                .toList();
        assertThat(files)
                .map(link -> describe.url(link.url()))
                .containsExactly(
                        "/art/{file}.zip", "/art/{file}.doc", "/art/{file}.pdf", "/images/upload/photo_{id}.png");
        for (NotBrokenLink file : files) {
            URI url = URI.create(file.url());
            if (file.why().contains("(no answer)")) {
                assertThatThrownBy(() -> Http.head(url)).isInstanceOf(UncheckedIOException.class);
            } else {
                String status = file.why().replaceAll(".*\\((\\d{3})\\).*", "$1");
                assertThat(Http.head(url).statusCode()).as(file.url()).isEqualTo(Integer.parseInt(status));
            }
            HttpResponse<byte[]> get = Http.get(url);
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(file.why())
                    .endsWith("GET answers 200 "
                            + get.headers().firstValue("Content-Type").orElseThrow());
            assertThat(get.body()).isNotEmpty();
        }
    }

    @Test
    void retryAfterOnceAnswers429ThenPagesOnAFreshFarm() {
        try (RunningFarm fresh = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            URI page = fresh.site("defects").url("/zwgk/ysqgk.html");
            HttpResponse<byte[]> first = Http.get(page);
            assertThat(first.statusCode()).isEqualTo(429);
            assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(Http.get(page).statusCode()).isEqualTo(200);
            assertThat(Http.head(page).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void attachmentsAnswerTheirTypeAndMagicBytes() {
        for (FarmSite site : farm.sites()) {
            site.manifest().notBroken().stream()
                    .filter(link -> link.why().startsWith("attachment"))
                    .forEach(link -> {
                        HttpResponse<byte[]> response = Http.get(URI.create(link.url()));
                        assertThat(response.statusCode()).isEqualTo(200);
                        String type =
                                response.headers().firstValue("Content-Type").orElseThrow();
                        assertThat(link.why()).endsWith(type);
                        assertThat(response.body()).startsWith(magic(link.url()));
                    });
        }
    }

    @Test
    void robotsTxtDisallowsPrivateAndTheDisallowedLinksAreThere() {
        FarmSite defects = farm.site("defects");
        HttpResponse<byte[]> robots = Http.get(defects.url("/robots.txt"));
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(new String(robots.body(), StandardCharsets.UTF_8)).isEqualTo("User-agent: *\nDisallow: /private/\n");
        assertThat(defects.manifest().robotsDisallowed())
                .allSatisfy(url -> assertThat(URI.create(url).getPath()).startsWith("/private/"));
    }

    @Test
    void robotsTxtCarriesTheCrawlDelay() {
        SiteSpec slow = SiteSpec.of("polite", 9, 3).withCrawlDelay(Duration.ofMillis(1500));
        try (RunningFarm polite = SiteFarm.start(FarmSpec.of(List.of(slow)), Fixtures.CLOCK)) {
            HttpResponse<byte[]> robots = Http.get(polite.site("polite").url("/robots.txt"));
            assertThat(new String(robots.body(), StandardCharsets.UTF_8))
                    .isEqualTo("User-agent: *\nDisallow: /private/\nCrawl-delay: 1.5\n");
        }
    }

    private static List<String> redirects(URI start, int max) {
        List<String> locations = new java.util.ArrayList<>();
        URI url = start;
        for (int i = 0; i < max; i++) {
            HttpResponse<byte[]> response = Http.get(url);
            if (response.statusCode() / 100 != 3) {
                break;
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            locations.add(location);
            url = url.resolve(location);
        }
        return locations;
    }

    private static byte[] magic(String url) {
        String extension = url.substring(url.lastIndexOf('.') + 1);
        return switch (extension) {
            case "pdf" -> "%PDF".getBytes(StandardCharsets.US_ASCII);
            case "doc", "xls" -> new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
            case "zip" -> new byte[] {'P', 'K', 5, 6};
            default -> throw new IllegalArgumentException(url);
        };
    }

    private static String decoded(HttpResponse<byte[]> response) {
        boolean gbk = response.headers().firstValue("Content-Type").orElse("").contains("gb2312");
        return new String(response.body(), gbk ? java.nio.charset.Charset.forName("GB18030") : StandardCharsets.UTF_8);
    }
}
