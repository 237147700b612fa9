package org.goveval.monitor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.goveval.monitor.fetch.FetchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {
    @TempDir
    Path dir;

    private static FetchResult page(String url, String body) {
        return new FetchResult(
                URI.create(url),
                URI.create(url),
                List.of(),
                200,
                Map.of("content-type", List.of("text/html; charset=utf-8")),
                body.getBytes(StandardCharsets.UTF_8),
                false,
                Optional.empty(),
                "",
                1,
                Instant.parse("2026-11-23T08:00:00Z"),
                Duration.ofMillis(30));
    }

    @Test
    void eachFetchKeepsItsOwnDescriptionAndIdenticalBodiesAreStoredOnce() throws Exception {
        DirectoryEvidenceStore store = new DirectoryEvidenceStore(dir);
        FetchResult first = page("http://x.gov.cn/a.html", "<p>栏目内容</p>");
        FetchResult same = page("http://x.gov.cn/b.html", "<p>栏目内容</p>");
        String a = store.keep(first).orElseThrow();
        String b = store.keep(same).orElseThrow();
        assertThat(store.keep(first)).contains(a); // the same fetch cited twice: one copy
        assertThat(a).isNotEqualTo(b).matches("[0-9a-f]{64}");
        String content = DirectoryEvidenceStore.sha256("<p>栏目内容</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(DirectoryEvidenceStore.sha256("abc".getBytes(StandardCharsets.US_ASCII))) // FIPS 180-2 vector
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(new String(store.body(a), StandardCharsets.UTF_8)).isEqualTo("<p>栏目内容</p>");
        assertThat(new String(store.body(b), StandardCharsets.UTF_8)).isEqualTo("<p>栏目内容</p>");
        assertThat(store.description(a))
                .contains("\"url\" : \"http://x.gov.cn/a.html\"")
                .contains("\"status\" : 200")
                .contains("\"fetchedAt\" : \"2026-11-23T08:00:00Z\"")
                .contains("\"body\" : \"" + content + "\"");
        assertThat(store.description(b)).contains("\"url\" : \"http://x.gov.cn/b.html\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrder(content + ".body.gz", a + ".json", b + ".json"); // no temporary file
        }
    }

    @Test
    void evidenceCarriesUrlTimeStatusSnippetAndCopy() {
        MemoryEvidenceStore store = new MemoryEvidenceStore();
        Evidence evidence =
                store.evidence(page("http://x.gov.cn/a.html", "<p>x</p>"), "http://x.gov.cn/a.html", "  很长\n的  文字 ");
        assertThat(evidence.url()).isEqualTo("http://x.gov.cn/a.html");
        assertThat(evidence.fetchedAt()).isEqualTo("2026-11-23T08:00:00Z");
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.snippet()).isEqualTo("很长 的 文字");
        assertThat(store.copy(evidence.copy())).isPresent();
        assertThat(EvidenceStore.NONE
                        .evidence(page("http://x.gov.cn/a.html", "y"), "http://x.gov.cn/a.html", "")
                        .copy())
                .isNull();
    }

    @Test
    void snippetsAreCutAtACodePointAndContextIsMarked() {
        String longText = "政".repeat(Evidence.MAX_SNIPPET + 10);
        assertThat(Evidence.shorten(longText)).hasSize(Evidence.MAX_SNIPPET).endsWith("…");
        assertThat(Evidence.around("一二三四五六七八九十", 4, 2, 2)).isEqualTo("…三四五六七八…");
        assertThat(Evidence.around("一二三", 0, 1, 5)).isEqualTo("一二三");
    }
}
