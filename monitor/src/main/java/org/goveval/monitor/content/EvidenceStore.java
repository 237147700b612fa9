package org.goveval.monitor.content;

import java.util.Optional;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Keeps copies of pages as fetched, so that every finding can point at exactly what was seen. A fetch cited by
 * many findings is stored once.
 */
public interface EvidenceStore {
    /** Keeps nothing: findings still carry URL, time, status and snippet. */
    EvidenceStore NONE = result -> Optional.empty();

    /**
     * Stores the response (body as read, status, URL, time) unless this fetch is stored already.
     *
     * @return the copy's name, or empty when this store keeps no copies
     * @throws java.io.UncheckedIOException when the copy cannot be written
     */
    Optional<String> keep(FetchResult result);

    /** Evidence for a finding on a page, with its stored copy. */
    default Evidence evidence(CrawledPage page, String snippet) {
        return evidence(page.result(), page.url().toString(), snippet);
    }

    /** Evidence for a finding about a response, with its stored copy when it has a body. */
    default Evidence evidence(FetchResult result, String url, String snippet) {
        Integer status = result.status() == 0 ? null : result.status();
        String copy = result.body().length == 0 ? null : keep(result).orElse(null);
        return new Evidence(url, result.fetchedAt().toString(), status, snippet, copy);
    }
}
