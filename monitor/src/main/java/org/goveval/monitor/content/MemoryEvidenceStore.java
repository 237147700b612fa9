package org.goveval.monitor.content;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.fetch.FetchResult;

/** Evidence copies in memory (tests, and a server that stores them in its own database afterwards). */
public final class MemoryEvidenceStore implements EvidenceStore {
    private final Map<String, FetchResult> copies = new ConcurrentHashMap<>();

    @Override
    public Optional<String> keep(FetchResult result) {
        String name = DirectoryEvidenceStore.sha256(result.body());
        copies.putIfAbsent(name, result);
        return Optional.of(name);
    }

    /** The stored response of that name, if any. */
    public Optional<FetchResult> copy(String name) {
        return Optional.ofNullable(copies.get(name));
    }

    public Map<String, FetchResult> copies() {
        return Map.copyOf(copies);
    }
}
