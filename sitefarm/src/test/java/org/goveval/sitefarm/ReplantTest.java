package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.junit.jupiter.api.Test;

/** A running site replanted with another defect: same address, the new defect served and in the manifest. */
class ReplantTest {
    @Test
    void aReplantedSiteServesItsNewDefectOnTheSameAddress() {
        SiteSpec before = SiteSpec.of("moving", 12, 20241230L).withDefects(EnumSet.of(Defect.IMAGE_404));
        SiteSpec after = before.withDefects(EnumSet.of(Defect.IMAGE_404, Defect.STYLESHEET_404));
        SiteSpec other = SiteSpec.of("other", 12, 20241231L);
        try (RunningFarm farm = SiteFarm.start(FarmSpec.of(List.of(before, other)), Fixtures.CLOCK)) {
            FarmSite first = farm.site("moving");
            URI otherHome = farm.site("other").homepage();
            ManifestLink image = first.manifest().brokenLinks().get(0);
            assertThat(first.manifest().brokenLinks()).containsExactly(image);
            assertThat(image.url()).endsWith(".jpg");
            String stylesheet = first.homepage().resolve("/css/old-theme.css").toString();
            Map<String, String> pagesBefore = new HashMap<>();
            first.manifest().pages().forEach(page -> pagesBefore.put(page, body(URI.create(page))));

            FarmSite second = farm.replant(after);

            assertThat(second.homepage()).isEqualTo(first.homepage());
            assertThat(farm.site("moving")).isEqualTo(second);
            assertThat(farm.site("other").homepage()).isEqualTo(otherHome);
            assertThat(second.manifest().brokenLinks())
                    .extracting(ManifestLink::url)
                    .containsExactlyInAnyOrder(image.url(), stylesheet);
            assertThat(second.manifest().brokenLinks()).contains(image); // the old defect is where it was
            String column = second.manifest().brokenLinks().stream()
                    .filter(l -> l.url().equals(stylesheet))
                    .findFirst()
                    .orElseThrow()
                    .sourcePages()
                    .get(0);
            assertThat(pagesBefore.get(column)).doesNotContain("/css/old-theme.css");
            assertThat(body(URI.create(column))).contains("/css/old-theme.css");
            assertThat(Http.get(URI.create(stylesheet)).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void refusesASiteTheFarmDoesNotHave() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.of(List.of(SiteSpec.of("one", 9, 1L))), Fixtures.CLOCK)) {
            assertThatThrownBy(() -> farm.replant(SiteSpec.of("two", 9, 1L)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no site named two");
            assertThatThrownBy(() -> farm.replant(SiteSpec.of("one", 9, 1L)
                            .withPartner("nobody")
                            .withDefects(EnumSet.of(Defect.PARTNER_404))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("site one: partner nobody is not in the farm");
        }
    }

    private static String body(URI uri) {
        return new String(Http.get(uri).body(), StandardCharsets.UTF_8);
    }
}
