package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.goveval.sitefarm.internal.content.Attachment;
import org.goveval.sitefarm.internal.content.SitePlanner;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.goveval.sitefarm.manifest.NotBrokenLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests of the test farm agree with themselves and state the agreed defects, exactly. */
class ManifestConsistencyTest {
    private static RunningFarm farm;

    @BeforeAll
    static void start() {
        farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK);
    }

    @AfterAll
    static void stop() {
        farm.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void sourcePagesArePagesAndOnHomepageSaysWhetherTheHomepageIsOne(String name) {
        Manifest manifest = farm.site(name).manifest();
        for (ManifestLink link : Stream.concat(manifest.brokenLinks().stream(), manifest.blockedOrThrottled().stream())
                .toList()) {
            assertThat(manifest.pages()).containsAll(link.sourcePages());
            assertThat(link.sourcePages()).isSorted().doesNotHaveDuplicates();
            assertThat(link.onHomepage()).isEqualTo(link.sourcePages().contains(manifest.site()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void pagesAreSortedAbsoluteUrlsOfTheSiteWithATitleEach(String name) {
        FarmSite site = farm.site(name);
        Manifest manifest = site.manifest();
        assertThat(manifest.site()).isEqualTo(site.homepage().toString());
        assertThat(manifest.pages()).isSorted().doesNotHaveDuplicates().contains(manifest.site());
        assertThat(manifest.pages()).allSatisfy(page -> {
            assertThat(URI.create(page).getRawAuthority())
                    .isEqualTo(site.homepage().getRawAuthority());
            assertThat(page).doesNotContain("#");
        });
        assertThat(manifest.titles().keySet()).containsExactlyElementsOf(manifest.pages());
        assertThat(manifest.titles().values())
                .allSatisfy(title -> assertThat(title).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void noUrlIsInTwoLists(String name) {
        Manifest manifest = farm.site(name).manifest();
        List<String> all = new ArrayList<>(manifest.pages());
        manifest.brokenLinks().forEach(link -> all.add(link.url()));
        manifest.blockedOrThrottled().forEach(link -> all.add(link.url()));
        all.addAll(manifest.robotsDisallowed());
        all.addAll(manifest.trapEntrances());
        manifest.duplicatePages().forEach(copy -> all.add(copy.url()));
        assertThat(all).doesNotHaveDuplicates();
        Set<String> notBroken = new HashSet<>();
        manifest.notBroken()
                .forEach(link -> assertThat(notBroken.add(link.url())).isTrue());
        all.removeAll(manifest.pages());
        assertThat(all).doesNotContainAnyElementsOf(notBroken);
    }

    @Test
    void defectsPlantsEveryBrokenKindAtTheAgreedPlaces() {
        Describe describe = Describe.of(farm, "defects");
        Manifest manifest = farm.site("defects").manifest();
        assertThat(manifest.brokenLinks())
                .map(describe::link)
                .containsExactlyInAnyOrder(
                        "HTTP_ERROR 404 /art/{政务动态} <- [/, /col/{政务动态}] home",
                        "HTTP_ERROR 404 /art/{政策文件} <- [/art/{政策解读}]",
                        "HTTP_ERROR 404 /art/{file}.pdf <- [/art/{通知公告}]",
                        "HTTP_ERROR 500 /art/{file}.xls <- [/art/{政策文件}]",
                        "HTTP_ERROR 404 /images/old/banner_{id}.jpg <- [/art/{政务动态}]",
                        "HTTP_ERROR 404 /css/old-theme.css <- [/col/{通知公告}]",
                        "HTTP_ERROR 404 /js/stat.js <- [/] home",
                        "SOFT_404 200 /art/{通知公告} <- [/, /col/{通知公告}] home",
                        "HTTP_ERROR 404 {partner}/art/missing.html <- [/art/{政务动态}]",
                        "DNS_FAILURE null http://www.old-portal.invalid/index.html <- [/] home",
                        "CONNECTION_FAILED null {loopback}/ <- [/col/{互动交流}]",
                        "TIMEOUT null /slow/hang.html <- [/col/{办事服务}]",
                        "TLS_ERROR null https://{loopback}/zwfw/index.html <- [/] home",
                        "REDIRECT_LOOP null /go/a <- [/art/{规划计划}]",
                        "TOO_MANY_REDIRECTS null /hop/1 <- [/col/{规划计划}]");
        assertThat(manifest.blockedOrThrottled())
                .map(describe::link)
                .containsExactly(
                        "THROTTLED 429 /api/busy <- [/col/{互动交流}]", "BLOCKED 403 /members/list.html <- [/col/{人事信息}]");
    }

    @Test
    void defectsListsTheTrickyLinksTrapsRobotsAndUnfetchableReferences() {
        Describe describe = Describe.of(farm, "defects");
        Manifest manifest = farm.site("defects").manifest();
        assertThat(manifest.notBroken())
                .filteredOn(link -> !link.why().startsWith("attachment"))
                .map(link -> describe.url(link.url()) + ": " + link.why())
                .containsExactlyInAnyOrder(
                        "/hdjl/zxzx.html: HEAD answers 405, GET answers 200",
                        "/art/{file}.pdf: HEAD refused (405), GET answers 200 application/pdf",
                        "/art/{file}.doc: HEAD refused (403), GET answers 200 application/msword",
                        "/art/{file}.zip: HEAD refused (no answer), GET answers 200 application/zip",
                        "/images/upload/photo_{id}.png: HEAD refused (501), GET answers 200 image/png",
                        "/old/zcwj.html: 301 to a working page",
                        "/sjfb/tjsj.html: slow but fine: answers 200 after 300 ms",
                        "/zwgk/ysqgk.html: 429 with Retry-After: 1 on the first request, then 200",
                        "{partner}/: another farm site's page: answers 200");
        assertThat(manifest.trapEntrances())
                .map(describe::url)
                .containsExactly(
                        "/a/images/x.html",
                        "/art/{办事服务};jsessionid={id}",
                        "/calendar/index.html?y=2024&m=12",
                        "/search/result.html?page=1");
        assertThat(manifest.robotsDisallowed())
                .map(describe::url)
                .containsExactly("/private/draft/plan-2025.html", "/private/oa/index.html");
        assertThat(manifest.neverFetch())
                .hasSize(6)
                .startsWith("#top", "javascript:void(0)", "javascript:window.close()", "javascript:window.print()")
                .contains("mailto:zwgk@example.gov.cn")
                .anySatisfy(tel -> assertThat(tel).matches("tel:0571-8\\d{7}"));
    }

    @Test
    void defectsListsTheHomepageAndAnArticleUnderSecondUrlsAsDuplicates() {
        Describe describe = Describe.of(farm, "defects");
        Manifest manifest = farm.site("defects").manifest();
        assertThat(manifest.duplicatePages())
                .map(copy -> describe.url(copy.url()) + " -> " + describe.url(copy.duplicateOf()))
                .containsExactly("/art/{政策解读}?from=share -> /art/{政策解读}", "/index.html -> /");
        assertThat(manifest.duplicatePages()).allSatisfy(copy -> {
            assertThat(manifest.pages()).contains(copy.duplicateOf()).doesNotContain(copy.url());
            assertThat(Http.get(URI.create(copy.url())).body())
                    .isEqualTo(Http.get(URI.create(copy.duplicateOf())).body());
        });
        assertThat(farm.site("gbk").manifest().duplicatePages()).isEmpty();
        assertThat(farm.site("clean").manifest().duplicatePages()).isEmpty();
    }

    @Test
    void attachmentsListedAsNotBrokenAreExactlyThePlannedOnes() {
        for (FarmSite site : farm.sites()) {
            List<String> planned = SitePlanner.plan(site.spec(), LocalDate.now(Fixtures.CLOCK)).articles().stream()
                    .flatMap(article -> article.attachments().stream())
                    .map(Attachment::path)
                    .map(path -> site.url(path).toString())
                    .toList();
            assertThat(site.manifest().notBroken())
                    .filteredOn(link -> link.why().startsWith("attachment"))
                    .map(NotBrokenLink::url)
                    .containsExactlyInAnyOrderElementsOf(planned)
                    .isNotEmpty();
        }
    }

    @Test
    void defectsPagesAreTheHomepageColumnsArticlesAndSpecialPages() {
        Describe describe = Describe.of(farm, "defects");
        List<String> pages = farm.site("defects").manifest().pages().stream()
                .map(describe::url)
                .toList();
        List<String> expected = new ArrayList<>(
                List.of("/", "/a/index.html", "/hdjl/zxzx.html", "/sjfb/tjsj.html", "/zwgk/ysqgk.html"));
        for (String column : List.of("政务动态", "通知公告", "政策文件", "政策解读", "人事信息", "规划计划", "互动交流", "办事服务", "专题专栏")) {
            expected.add("/col/{" + column + "}");
            expected.add("/art/{" + column + "}");
            expected.add("/art/{" + column + "}");
        }
        assertThat(pages).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void gbkHasOneDeadLinkOnlyTheRandomUrlComparisonFinds() {
        FarmSite gbk = farm.site("gbk");
        Manifest manifest = gbk.manifest();
        assertThat(manifest.brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.kind().name()).isEqualTo("SOFT_404");
            assertThat(link.status()).isEqualTo(200);
            assertThat(link.url()).matches(gbk.homepage() + "xxgk/tzgg/\\d{6}/t\\d{8}_\\d+\\.html");
            assertThat(link.sourcePages())
                    .containsExactly(gbk.url("/xxgk/tzgg/index.html").toString());
            assertThat(link.onHomepage()).isFalse();
        });
        assertThat(manifest.blockedOrThrottled()).isEmpty();
        assertThat(manifest.trapEntrances()).isEmpty();
        assertThat(manifest.robotsDisallowed()).isEmpty();
    }

    @Test
    void cleanHasNothingToReport() {
        Manifest manifest = farm.site("clean").manifest();
        assertThat(manifest.brokenLinks()).isEmpty();
        assertThat(manifest.blockedOrThrottled()).isEmpty();
        assertThat(manifest.trapEntrances()).isEmpty();
        assertThat(manifest.robotsDisallowed()).isEmpty();
        assertThat(manifest.notBroken())
                .allSatisfy(link -> assertThat(link.why()).startsWith("attachment"));
        assertThat(manifest.pages()).hasSize(1 + 9 + 12);
    }
}
