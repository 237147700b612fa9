package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.goveval.sitefarm.manifest.ContentTruth;
import org.goveval.sitefarm.manifest.DuplicatePage;
import org.goveval.sitefarm.manifest.LinkKind;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.goveval.sitefarm.manifest.NotBrokenLink;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ManifestJsonTest {

    @Test
    void everyTestFarmManifestSurvivesJson() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), Fixtures.CLOCK)) {
            for (FarmSite site : farm.sites()) {
                assertThat(Manifest.fromJson(site.manifest().toJson())).isEqualTo(site.manifest());
            }
        }
    }

    @Test
    void jsonUsesTheComponentNamesAndNullForNoStatus() {
        Manifest manifest = new Manifest(
                "http://127.0.0.1:1/",
                List.of("http://127.0.0.1:1/"),
                Map.of("http://127.0.0.1:1/", "首页"),
                List.of(new ManifestLink(
                        "http://x.invalid/", LinkKind.DNS_FAILURE, null, List.of("http://127.0.0.1:1/"), true)),
                List.of(),
                List.of(new NotBrokenLink("http://127.0.0.1:1/a.pdf", "attachment")),
                List.of(),
                List.of(),
                List.of("#top"),
                ContentTruth.empty());
        String json = manifest.toJson();
        assertThat(json)
                .contains("\"site\" : \"http://127.0.0.1:1/\"")
                .contains("\"kind\" : \"DNS_FAILURE\"")
                .contains("\"status\" : null")
                .contains("\"onHomepage\" : true")
                .contains("\"titles\" : {")
                .contains("\"blockedOrThrottled\" : [ ]")
                .contains("\"neverFetch\" : [ \"#top\" ]");
        assertThat(Manifest.fromJson(json)).isEqualTo(manifest);
    }

    /** Manifests written before duplicatePages existed still read, as having none. */
    @Test
    void aManifestWithoutDuplicatePagesReadsAsHavingNone() {
        Manifest manifest = new Manifest(
                "http://127.0.0.1:1/",
                List.of("http://127.0.0.1:1/"),
                Map.of("http://127.0.0.1:1/", "首页"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                ContentTruth.empty(),
                List.of(new DuplicatePage("http://127.0.0.1:1/index.html", "http://127.0.0.1:1/")));
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode tree = (ObjectNode) mapper.readTree(manifest.toJson());
        assertThat(tree.remove("duplicatePages")).isNotNull();
        Manifest old = Manifest.fromJson(mapper.writeValueAsString(tree));
        assertThat(old.duplicatePages()).isEmpty();
        assertThat(old.pages()).isEqualTo(manifest.pages());
        assertThat(Manifest.fromJson(manifest.toJson())).isEqualTo(manifest);
    }

    @Test
    void listsAreSortedWhateverTheInputOrder() {
        Manifest manifest = new Manifest(
                "s",
                List.of("b", "a"),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of("z", "y"),
                List.of(),
                List.of(),
                ContentTruth.empty());
        assertThat(manifest.pages()).containsExactly("a", "b");
        assertThat(manifest.robotsDisallowed()).containsExactly("y", "z");
    }
}
