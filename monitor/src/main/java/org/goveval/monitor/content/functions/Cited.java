package org.goveval.monitor.content.functions;

import java.net.URI;
import java.util.Optional;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Evidence for a page a finding cites: from the response kept during the crawl when there is one (with its
 * copy), else from the crawl's record of it (URL, time, status, no copy), else from a polite re-fetch.
 */
final class Cited {
    private final SiteContext context;
    private final FunctionsObserver observer;

    Cited(SiteContext context, FunctionsObserver observer) {
        this.context = context;
        this.observer = observer;
    }

    Evidence page(String url, String snippet) {
        Optional<FunctionsObserver.Seen> seen = observer.seen(url);
        if (seen.isPresent()) {
            FunctionsObserver.Seen page = seen.get();
            return page.kept()
                    .map(result -> context.evidence().evidence(result, url, snippet))
                    .orElseGet(() -> new Evidence(url, page.fetchedAt(), page.status(), snippet, null));
        }
        return fetch(URI.create(url))
                .map(result -> context.evidence().evidence(result, url, snippet))
                .orElseGet(() -> new Evidence(url, context.clock().instant().toString(), null, snippet, null));
    }

    /** Fetches a URL once more, if robots.txt allows it. */
    Optional<FetchResult> fetch(URI url) {
        if (!context.robots().apply(url).allowed()) {
            return Optional.empty();
        }
        return Optional.of(context.fetch().apply(FetchRequest.get(url, SearchProbe.MAX_BODY)));
    }
}
