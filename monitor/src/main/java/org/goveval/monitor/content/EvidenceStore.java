package org.goveval.monitor.content;

import java.util.Optional;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Keeps copies of pages as fetched, so that every finding can point at exactly what was seen. A fetch cited by
 * many findings is stored once.
 *
 * <p>Checks store the copies of pages they may cite while they observe them ({@link #citable}), since they keep
 * no body past that; so a copy may be stored for a page no finding cites in the end. Implementations must be
 * thread-safe: the crawl's threads store copies at once.
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

    /** The page as a finding will cite it, its copy stored now (when it has a body). */
    default CitablePage citable(CrawledPage page) {
        return citable(page.result(), page.url().toString());
    }

    /** The response as a finding will cite it under {@code url}, its copy stored now (when it has a body). */
    default CitablePage citable(FetchResult result, String url) {
        String copy = result.body().length == 0 ? null : keep(result).orElse(null);
        return new CitablePage(url, result.fetchedAt().toString(), CitablePage.status(result), copy);
    }

    /** Evidence for a finding on a page, with its stored copy. */
    default Evidence evidence(CrawledPage page, String snippet) {
        return citable(page).cite(snippet);
    }

    /** Evidence for a finding about a response, with its stored copy when it has a body. */
    default Evidence evidence(FetchResult result, String url, String snippet) {
        return citable(result, url).cite(snippet);
    }
}
