package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.goveval.sitefarm.manifest.ColumnsTruth;
import org.goveval.sitefarm.manifest.Manifest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The typical page weight: pages as heavy as real portal pages, with the light farm's truth unchanged, since the
 * benchmarks compare the two and the scan tests rely on the manifest.
 */
class PageWeightTest {
    private static final Pattern OTHER_PORT = Pattern.compile("127\\.0\\.0\\.1:\\d+");

    @Test
    void typicalPagesWeighAsMuchAsTheMedianWebPageAndLightOnesAboutATenth() {
        FarmSpec light = FarmSpec.benchmark(2, 40, 3);
        try (RunningFarm lightFarm = SiteFarm.start(light, Fixtures.CLOCK);
                RunningFarm typicalFarm = SiteFarm.start(light.withPageWeight(PageWeight.TYPICAL), Fixtures.CLOCK)) {
            int lightBytes = medianBytes(lightFarm);
            int typicalBytes = medianBytes(typicalFarm);
            // the Web Almanac's median HTML document: 27 KB on mobile, 29 KB on desktop (2021)
            assertThat(lightBytes).isBetween(2_000, 5_000);
            assertThat(typicalBytes).isBetween(20_000, 40_000);
            assertThat(typicalBytes).isGreaterThan(7 * lightBytes);
        }
    }

    @Test
    void theTypicalFrameLeavesEveryTruthAsTheLightFrameHasIt() {
        FarmSpec light = FarmSpec.testFarm();
        try (RunningFarm lightFarm = SiteFarm.start(light, Fixtures.CLOCK);
                RunningFarm typicalFarm = SiteFarm.start(light.withPageWeight(PageWeight.TYPICAL), Fixtures.CLOCK)) {
            for (FarmSite site : lightFarm.sites()) {
                FarmSite typical = typicalFarm.site(site.name());
                assertThat(typical.spec().pageWeight()).isEqualTo(PageWeight.TYPICAL);
                Manifest a = site.manifest();
                Manifest b = typical.manifest();
                String from = site.homepage().toString();
                String to = typical.homepage().toString();
                assertThat(truths(b, to)).as(site.name()).isEqualTo(truths(a, from));
                // the top bar's fragment is the one never-fetched reference the frame adds
                Set<String> neverFetch = new TreeSet<>(a.neverFetch());
                neverFetch.add("#footer");
                neverFetch.add("javascript:void(0)");
                assertThat(b.neverFetch()).as(site.name()).containsExactlyElementsOf(neverFetch);
                // the frame changes no content truth either: the same columns, dates, home-page items and marks
                assertThat(local(String.valueOf(b.content()), to))
                        .as(site.name())
                        .isEqualTo(local(String.valueOf(a.content()), from));
                assertThat(a.content().columns()).isNotEqualTo(ColumnsTruth.empty());
            }
        }
    }

    @Test
    void everyLinkTheTypicalFrameAddsLeadsToAPageOfTheSiteOrIsNeverFetched() {
        FarmSpec light = FarmSpec.benchmark(2, 40, 3);
        try (RunningFarm lightFarm = SiteFarm.start(light, Fixtures.CLOCK);
                RunningFarm typicalFarm = SiteFarm.start(light.withPageWeight(PageWeight.TYPICAL), Fixtures.CLOCK)) {
            for (FarmSite site : lightFarm.sites()) {
                FarmSite typical = typicalFarm.site(site.name());
                String lightRoot = site.homepage().toString();
                String typicalRoot = typical.homepage().toString();
                Set<String> pages = new LinkedHashSet<>();
                typical.manifest().pages().forEach(page -> pages.add(page.substring(typicalRoot.length() - 1)));
                Set<Integer> addedPerPage = new HashSet<>();
                for (String page : site.manifest().pages()) {
                    String path = page.substring(lightRoot.length() - 1);
                    List<String> before = links(fetch(site.homepage().resolve(path)));
                    Document typicalPage = fetch(typical.homepage().resolve(path));
                    List<String> after = links(typicalPage);
                    assertThat(after).as(path).containsAll(before);
                    List<String> extra = new ArrayList<>(after);
                    before.forEach(extra::remove);
                    assertThat(extra)
                            .as(path)
                            .allMatch(href ->
                                    pages.contains(href) || href.startsWith("javascript:") || href.startsWith("#"));
                    // the top bar's four, the 9 columns' "更多" links, at least an article a column, 8 hot articles
                    assertThat(extra).as(path).contains("javascript:void(0)", "#footer", "/");
                    assertThat(extra.size()).as(path).isGreaterThanOrEqualTo(30);
                    assertThat(typicalPage.getElementById("footer")).as(path).isNotNull();
                    addedPerPage.add(extra.size());
                }
                // the frame is the same on every page of a site
                assertThat(addedPerPage).as(site.name()).hasSize(1);
            }
        }
    }

    @Test
    void contentTruthsRefuseTheTypicalWeightNamingTheSite() {
        SiteSpec pages = SiteSpec.of("portal", 9, 1).withContentPages();
        SiteSpec defects = SiteSpec.of("county", 9, 1).withContentDefects(EnumSet.of(ContentDefect.NO_SPONSOR));
        SiteSpec typical = SiteSpec.of("county", 9, 1).withPageWeight(PageWeight.TYPICAL);
        assertThatThrownBy(() -> defects.withPageWeight(PageWeight.TYPICAL))
                .hasMessageStartingWith("site county: content defects and content pages need the light page weight");
        assertThatThrownBy(() -> typical.withContentDefects(EnumSet.of(ContentDefect.NO_SPONSOR)))
                .hasMessageStartingWith("site county: content defects and content pages need the light page weight");
        assertThatThrownBy(() -> pages.withPageWeight(PageWeight.TYPICAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("site portal: content defects and content pages need the light page weight (their truths"
                        + " are written for it)");
        assertThat(FarmSpec.contentFarm().sites())
                .allSatisfy(site -> assertThatThrownBy(() -> site.withPageWeight(PageWeight.TYPICAL))
                        .hasMessageStartingWith("site " + site.name() + ": "));
    }

    private static int medianBytes(RunningFarm farm) {
        List<Integer> sizes = new ArrayList<>();
        for (FarmSite site : farm.sites()) {
            for (String page : site.manifest().pages()) {
                sizes.add(Http.get(URI.create(page)).body().length);
            }
        }
        Collections.sort(sizes);
        return sizes.get(sizes.size() / 2);
    }

    private static Document fetch(URI uri) {
        var response = Http.get(uri);
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return Jsoup.parse(JsoupWalk.decode(response), uri.toString());
    }

    /** Every href and src of the page, as written. */
    private static List<String> links(Document page) {
        List<String> links = new ArrayList<>();
        for (Element element : page.select("[href], [src]")) {
            links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return links;
    }

    /** The text with its site's origin taken out and other loopback ports masked. */
    private static String local(String text, String root) {
        return OTHER_PORT.matcher(text.replace(root, "/")).replaceAll("127.0.0.1:PORT");
    }

    /**
     * Every link truth of a manifest, its site's origin taken out and other loopback ports (the partner site, the
     * dead port, the TLS face) masked, so that two farms' manifests compare.
     */
    private static List<String> truths(Manifest manifest, String root) {
        Function<String, String> local = text -> local(text, root);
        List<String> lines = new ArrayList<>();
        manifest.pages().forEach(page -> lines.add("page " + local.apply(page)));
        manifest.brokenLinks()
                .forEach(link -> lines.add("broken " + local.apply(link.url()) + " " + link.kind() + " " + link.status()
                        + " home=" + link.onHomepage() + " " + local.apply(String.valueOf(link.sourcePages()))));
        manifest.blockedOrThrottled()
                .forEach(link -> lines.add("blocked " + local.apply(link.url()) + " " + link.kind() + " "
                        + local.apply(String.valueOf(link.sourcePages()))));
        manifest.notBroken().forEach(link -> lines.add("fine " + local.apply(link.url()) + " " + link.why()));
        manifest.robotsDisallowed().forEach(url -> lines.add("disallowed " + local.apply(url)));
        manifest.duplicatePages()
                .forEach(page ->
                        lines.add("duplicate " + local.apply(page.url()) + " " + local.apply(page.duplicateOf())));
        manifest.trapEntrances().forEach(url -> lines.add("trap " + local.apply(url)));
        Collections.sort(lines);
        return lines;
    }
}
