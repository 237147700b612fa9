package org.goveval.monitor.content;

import java.util.Objects;
import org.goveval.monitor.fetch.FetchResult;
import org.jspecify.annotations.Nullable;

/**
 * A fetched page as a finding will cite it, once its body is gone: what {@link Evidence} needs but the snippet.
 * Checks make it while they observe the page (storing the copy then, see {@link EvidenceStore#citable}) and keep
 * it instead of the response, so that no body outlives its page's observation.
 *
 * @param url the page as the finding names it
 * @param fetchedAt ISO-8601 instant of the fetch
 * @param status the HTTP status; null when there was no response
 * @param copy the stored copy's name; null when none was kept
 */
public record CitablePage(
        String url,
        String fetchedAt,
        @Nullable Integer status,
        @Nullable String copy) {
    public CitablePage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** The page without a stored copy: URL, time and status only. */
    public static CitablePage uncopied(FetchResult result, String url) {
        return new CitablePage(url, result.fetchedAt().toString(), status(result), null);
    }

    static @Nullable Integer status(FetchResult result) {
        return result.status() == 0 ? null : result.status();
    }

    /** Evidence from this page showing {@code snippet}. */
    public Evidence cite(String snippet) {
        return new Evidence(url, fetchedAt, status, snippet, copy);
    }
}
