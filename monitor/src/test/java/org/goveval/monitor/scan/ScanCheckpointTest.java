package org.goveval.monitor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.crawl.FrontierState;
import org.goveval.monitor.links.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a checkpoint saves comes back whole: pending link types, parsed and truncated pages, trap counts. */
class ScanCheckpointTest {
    private static final URI SITE = URI.create("http://www.x.gov.cn/");

    @TempDir
    Path dir;

    @Test
    void aCheckpointRoundTripsTheNewerFields() {
        ScanState state = new ScanState(ConcurrentHashMap.newKeySet());
        state.crawled.addAll(List.of("http://www.x.gov.cn/", "http://www.x.gov.cn/gone.html"));
        state.parsed.add("http://www.x.gov.cn/");
        state.truncated.add("http://www.x.gov.cn/");
        state.pendingTypes.put("http://www.x.gov.cn/logo.png", LinkType.IMAGE);
        state.pendingTypes.put("http://www.x.gov.cn/site.css", LinkType.STYLESHEET);
        state.forbiddenOnce.put("http://www.x.gov.cn/members.html", AskAgain.crawl(3));
        state.forbiddenOnce.put("http://www.x.gov.cn/logo.gif", AskAgain.check(LinkType.IMAGE));
        state.fingerprints.put("9a1e", "http://www.x.gov.cn/");
        FrontierState frontier = new FrontierState(
                List.of(), List.of("http://www.x.gov.cn/"), 2, Map.of("http://www.x.gov.cn/l.jsp", 7));
        Path file = dir.resolve("scan.checkpoint.json");
        ScanCheckpoint.write(file, ScanCheckpoint.capture(SITE, SITE, Instant.EPOCH, frontier, state));

        ScanCheckpoint.Saved saved = ScanCheckpoint.load(file).orElseThrow();
        ScanState restored = new ScanState(ConcurrentHashMap.newKeySet());
        saved.restoreInto(restored);
        assertThat(restored.parsed).containsExactly("http://www.x.gov.cn/");
        assertThat(restored.truncated).containsExactly("http://www.x.gov.cn/");
        assertThat(restored.pendingTypes)
                .isEqualTo(Map.of(
                        "http://www.x.gov.cn/logo.png", LinkType.IMAGE,
                        "http://www.x.gov.cn/site.css", LinkType.STYLESHEET));
        assertThat(saved.frontier().queryVariants()).isEqualTo(Map.of("http://www.x.gov.cn/l.jsp", 7));
        // the 403s still to be asked again, and how: a resumed scan asks them at its end
        assertThat(restored.forbiddenOnce)
                .isEqualTo(Map.of(
                        "http://www.x.gov.cn/members.html", new AskAgain(3, LinkType.ANCHOR),
                        "http://www.x.gov.cn/logo.gif", new AskAgain(-1, LinkType.IMAGE)));
        assertThat(saved.fingerprintScheme()).isEqualTo(PageFingerprint.SCHEME);
        assertThat(restored.fingerprints).isEqualTo(Map.of("9a1e", "http://www.x.gov.cn/"));
    }

    /** Fingerprints of the scheme before this one (the text encoded by the JDK) are dropped too. */
    @Test
    void fingerprintsOfTheSchemeBeforeAreDropped() throws Exception {
        Path file = dir.resolve("scheme2.checkpoint.json");
        Files.writeString(file, onePageCheckpoint("""
                "duplicates":{},"fingerprintScheme":2"""));
        ScanState restored = new ScanState(ConcurrentHashMap.newKeySet());
        ScanCheckpoint.Saved saved = ScanCheckpoint.load(file).orElseThrow();
        saved.restoreInto(restored);

        assertThat(saved.fingerprintScheme()).isEqualTo(2).isNotEqualTo(PageFingerprint.SCHEME);
        assertThat(restored.fingerprints).isEmpty();
        assertThat(restored.crawled).containsExactly("http://www.x.gov.cn/");
    }

    /** A checkpoint from before these fields: every crawled page counts as parsed, nothing else is lost. */
    @Test
    void anOlderCheckpointStillResumes() throws Exception {
        Path file = dir.resolve("old.checkpoint.json");
        Files.writeString(file, onePageCheckpoint("""
                "duplicates":{"http://www.x.gov.cn/index.html":"http://www.x.gov.cn/"}"""));
        ScanState restored = new ScanState(ConcurrentHashMap.newKeySet());
        ScanCheckpoint.load(file).orElseThrow().restoreInto(restored);
        assertThat(restored.parsed).isEqualTo(Set.of("http://www.x.gov.cn/"));
        // its fingerprints were made the first way (targets ordered by text) and match no page now
        assertThat(restored.fingerprints).isEmpty();
        assertThat(restored.duplicates).isEqualTo(Map.of("http://www.x.gov.cn/index.html", "http://www.x.gov.cn/"));
        assertThat(restored.truncated).isEmpty();
        assertThat(restored.pendingTypes).isEmpty();
        assertThat(restored.forbiddenOnce).isEmpty();
    }

    /**
     * A checkpoint as an earlier build wrote it, one page crawled and one fingerprint kept, with the fields
     * {@code rest} gives after them.
     */
    private static String onePageCheckpoint(String rest) {
        return """
                {"requested":"http://www.x.gov.cn/","site":"http://www.x.gov.cn/","startedAt":"1970-01-01T00:00:00Z",
                 "frontier":{"queue":[],"seen":["http://www.x.gov.cn/"],"taken":1},
                 "sources":{},"checks":[],"crawled":["http://www.x.gov.cn/"],"dispatched":[],
                 "homepages":["http://www.x.gov.cn/"],"traps":[],"landed":[],"tooDeep":[],
                 "fingerprints":{"5f0c":"http://www.x.gov.cn/"},""" + rest + "}";
    }
}
