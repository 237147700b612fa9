package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.goveval.sitefarm.manifest.DuplicatePage;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.goveval.sitefarm.manifest.NotBrokenLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An independent jsoup crawl, bounded by depth rather than trap detection, finds exactly the manifest's pages,
 * titles and link sources.
 */
class CrawlWalkTest {
    /** Deeper than any real page (3) and deep enough that every trap is still producing new URLs there. */
    private static final int DEPTH_LIMIT = 6;

    private static RunningFarm farm;
    private static final Map<String, JsoupWalk> WALKS = new HashMap<>();

    @BeforeAll
    static void start() {
        farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK);
    }

    @AfterAll
    static void stop() {
        farm.close();
        WALKS.clear();
    }

    /** One walk per site, shared by the tests: a walk waits on Retry-After and on the timeout endpoint. */
    private static synchronized JsoupWalk walk(String name) {
        return WALKS.computeIfAbsent(name, key -> {
            FarmSite site = farm.site(key);
            return new JsoupWalk(site, Set.copyOf(site.manifest().trapEntrances())).run(DEPTH_LIMIT);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void crawlFindsExactlyTheManifest(String name) {
        FarmSite site = farm.site(name);
        Manifest manifest = site.manifest();
        JsoupWalk walk = walk(name);

        Map<String, JsoupWalk.Found> real = walk.realPages();
        assertThat(real.keySet()).containsExactlyElementsOf(manifest.pages());
        assertThat(JsoupWalk.titles(real)).containsExactlyInAnyOrderEntriesOf(manifest.titles());
        assertThat(real.values()).allSatisfy(found -> assertThat(found.depth()).isLessThanOrEqualTo(3));
        assertThat(walk.duplicates())
                .containsExactlyEntriesOf(manifest.duplicatePages().stream()
                        .collect(Collectors.toMap(
                                DuplicatePage::url, DuplicatePage::duplicateOf, (a, b) -> a, TreeMap::new)));

        for (String entrance : manifest.trapEntrances()) {
            assertThat(walk.trapPages())
                    .as("trap %s is still producing new pages at the depth limit", entrance)
                    .anySatisfy(found -> {
                        assertThat(found.trap()).hasValue(entrance);
                        assertThat(found.depth()).isEqualTo(DEPTH_LIMIT);
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void linkSourcesFoundByJsoupAreTheManifests(String name) {
        Manifest manifest = farm.site(name).manifest();
        JsoupWalk walk = walk(name);
        Map<String, Set<String>> sources = walk.sources();
        for (ManifestLink link : manifest.brokenLinks()) {
            assertThat(sources.get(link.url())).as(link.url()).containsExactlyElementsOf(link.sourcePages());
        }
        for (ManifestLink link : manifest.blockedOrThrottled()) {
            assertThat(sources.get(link.url())).as(link.url()).containsExactlyElementsOf(link.sourcePages());
        }
        assertThat(sources.keySet())
                .containsAll(manifest.robotsDisallowed())
                .containsAll(manifest.trapEntrances())
                .containsAll(
                        manifest.notBroken().stream().map(NotBrokenLink::url).toList());
        assertThat(walk.neverFetch()).containsExactlyElementsOf(manifest.neverFetch());
    }

    @ParameterizedTest
    @ValueSource(strings = {"defects", "gbk", "clean"})
    void everyOtherReferenceIsAWorkingAssetOfTheSite(String name) {
        FarmSite site = farm.site(name);
        Manifest manifest = site.manifest();
        JsoupWalk walk = walk(name);
        Set<String> listed = new HashSet<>(manifest.pages());
        manifest.brokenLinks().forEach(link -> listed.add(link.url()));
        manifest.blockedOrThrottled().forEach(link -> listed.add(link.url()));
        manifest.notBroken().forEach(link -> listed.add(link.url()));
        listed.addAll(manifest.robotsDisallowed());
        listed.addAll(manifest.trapEntrances());
        manifest.duplicatePages().forEach(copy -> listed.add(copy.url()));
        Set<String> others = new TreeSet<>(walk.sources().keySet());
        others.removeAll(listed);
        assertThat(others).isNotEmpty().allSatisfy(url -> {
            assertThat(URI.create(url).getRawAuthority())
                    .isEqualTo(site.homepage().getRawAuthority());
            HttpResponse<byte[]> response = Http.get(URI.create(url));
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .doesNotStartWith("text/html");
        });
    }
}
