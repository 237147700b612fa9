package org.goveval.monitor.scan;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goveval.monitor.crawl.FrontierState;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.LinkKind;
import org.goveval.monitor.links.LinkType;
import org.goveval.monitor.links.Verdict;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scan's state as saved, so that an interrupted scan resumes instead of starting over: JSON, kept by a {@link
 * CheckpointStore} (a file, a database row) that replaces the previous checkpoint atomically.
 */
final class ScanCheckpoint {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScanCheckpoint() {}

    /** One verdict as saved. */
    record SavedCheck(String url, Verdict verdict, LinkKind kind, Integer status, String detail) {
        static SavedCheck of(LinkCheck check) {
            return new SavedCheck(
                    check.url().toString(),
                    check.verdict(),
                    check.kind().orElse(null),
                    check.status().orElse(null),
                    check.detail());
        }

        LinkCheck toCheck() {
            return new LinkCheck(
                    URI.create(url), verdict, Optional.ofNullable(kind), Optional.ofNullable(status), detail);
        }
    }

    /** Everything a resumed scan needs. */
    record Saved(
            String requested,
            String site,
            String startedAt,
            FrontierState frontier,
            Map<String, List<String>> sources,
            List<SavedCheck> checks,
            List<String> crawled,
            List<String> dispatched,
            List<String> homepages,
            List<String> traps,
            List<String> landed,
            List<String> tooDeep,
            Map<String, String> fingerprints,
            Map<String, String> duplicates,
            @Nullable List<String> parsed,
            @Nullable List<String> truncated,
            @Nullable Map<String, LinkType> pendingTypes,
            @Nullable Map<String, AskAgain> forbiddenOnce,
            @Nullable Integer fingerprintScheme) {

        void restoreInto(ScanState state) {
            sources.forEach((target, pages) -> pages.forEach(page -> state.sources.add(target, page)));
            checks.forEach(c -> state.checks.put(c.url(), c.toCheck()));
            state.crawled.addAll(crawled);
            state.dispatched.addAll(dispatched);
            state.homepages.addAll(homepages);
            state.traps.addAll(traps);
            state.landed.addAll(landed);
            state.tooDeep.addAll(tooDeep);
            // fingerprints of another scheme match no page now: a page that duplicates one crawled before the
            // interruption is then crawled as a page of its own, as if the duplicate had not been noticed
            if (Objects.equals(fingerprintScheme, PageFingerprint.SCHEME)) {
                state.fingerprints.putAll(fingerprints);
            }
            state.duplicates.putAll(duplicates);
            // absent from checkpoints written before these fields existed
            state.parsed.addAll(parsed == null ? crawled : parsed);
            if (truncated != null) {
                state.truncated.addAll(truncated);
            }
            if (pendingTypes != null) {
                state.pendingTypes.putAll(pendingTypes);
            }
            if (forbiddenOnce != null) {
                state.forbiddenOnce.putAll(forbiddenOnce);
            }
        }
    }

    /** A copy of the state; the caller holds the run's write lock so that frontier and state agree. */
    static Saved capture(URI requested, URI site, Instant startedAt, FrontierState frontier, ScanState state) {
        return new Saved(
                requested.toString(),
                site.toString(),
                startedAt.toString(),
                frontier,
                state.sourcesCopy(),
                state.checks.values().stream().map(SavedCheck::of).toList(),
                List.copyOf(state.crawled),
                List.copyOf(state.dispatched),
                List.copyOf(state.homepages),
                List.copyOf(state.traps),
                List.copyOf(state.landed),
                List.copyOf(state.tooDeep),
                Map.copyOf(state.fingerprints),
                Map.copyOf(state.duplicates),
                List.copyOf(state.parsed),
                List.copyOf(state.truncated),
                Map.copyOf(state.pendingTypes),
                Map.copyOf(state.forbiddenOnce),
                PageFingerprint.SCHEME);
    }

    /** A captured state as the bytes a {@link CheckpointStore} keeps: UTF-8 JSON. */
    static byte[] toBytes(Saved saved) {
        return MAPPER.writeValueAsBytes(saved);
    }

    /**
     * The state in {@code bytes}; a damaged checkpoint is reported, not ignored.
     *
     * @param where names the store in the message
     */
    static Saved fromBytes(byte[] bytes, Object where) {
        try {
            return MAPPER.readValue(bytes, Saved.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "scan checkpoint " + where + " is damaged (" + e.getOriginalMessage()
                            + "); delete it to start the scan over",
                    e);
        }
    }

    /** Writes a captured state to a file store. */
    static void write(Path file, Saved saved) {
        CheckpointStore.file(file).save(toBytes(saved));
    }

    /** The state saved in a file store, or empty when there is none. */
    static Optional<Saved> load(Path file) {
        return load(CheckpointStore.file(file));
    }

    /** The state saved in {@code store}, or empty when there is none. */
    static Optional<Saved> load(CheckpointStore store) {
        return store.load().map(bytes -> fromBytes(bytes, store));
    }
}
