package org.goveval.sitefarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.goveval.sitefarm.internal.content.SitePlanner;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.WordingTruth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The content farm's wording pages, hidden links and re-registered domain answer as the truth says. */
class WordingPagesTest {
    @Test
    void thePlantedPagesCarryWhatTheTruthListsAndTheRogueHostServesIt() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.contentFarm(), Fixtures.CLOCK)) {
            Manifest fail = farm.site("fail").manifest();
            WordingTruth truth = fail.content().wording();
            for (WordingTruth.Hit hit : truth.errors()) {
                assertThat(fail.pages()).contains(hit.page());
                assertThat(text(URI.create(hit.page()))).contains(hit.term());
            }
            for (WordingTruth.Hidden hidden : truth.hiddenLinks()) {
                Document page = Jsoup.parse(
                        body(URI.create(hidden.pages().getFirst())),
                        hidden.pages().getFirst());
                assertThat(page.select("a[href=" + hidden.url() + "]")).hasSize(1);
                assertThat(Http.get(URI.create(hidden.url())).statusCode()).isEqualTo(200);
            }
            for (WordingTruth.Poisoned poisoned : truth.poisonedLinks()) {
                String page = body(URI.create(poisoned.url()));
                assertThat(page).containsAnyOf("百家乐", "成人视频");
            }
            URI rogue = URI.create(truth.poisonedLinks().getFirst().url());
            assertThat(Http.get(rogue.resolve("/robots.txt")).statusCode()).isEqualTo(404);
            assertThat(farm.site("pass").manifest().content().wording()).isEqualTo(WordingTruth.empty());
        }
    }

    @Test
    void everySiteTellsTheHistoryOfTheRenamedBodiesOnItsNewestInterpretation() {
        try (RunningFarm farm = SiteFarm.start(FarmSpec.contentFarm(), Fixtures.CLOCK)) {
            Manifest pass = farm.site("pass").manifest();
            long telling = pass.pages().stream()
                    .filter(url -> text(URI.create(url)).contains(SitePlanner.HISTORY))
                    .count();
            assertThat(telling).isEqualTo(1);
        }
    }

    private static String body(URI url) {
        HttpResponse<byte[]> response = Http.get(url);
        assertThat(response.statusCode()).as(url.toString()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String text(URI url) {
        return Jsoup.parse(body(url), url.toString()).text();
    }
}
