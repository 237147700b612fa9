package org.goveval.monitor.content.functions;

import java.net.URI;
import java.util.Optional;
import org.goveval.monitor.content.CitablePage;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;

/**
 * Evidence for a page a finding names by URL only (the page linking a broken file or entry): from the copy the
 * check stored while the crawl saw it, else from a polite re-fetch, stored now.
 */
final class Cited {
    private final SiteContext context;
    private final FunctionsObserver observer;

    Cited(SiteContext context, FunctionsObserver observer) {
        this.context = context;
        this.observer = observer;
    }

    Evidence page(String url, String snippet) {
        Optional<CitablePage> copied = observer.copied(url);
        if (copied.isPresent()) {
            return copied.get().cite(snippet);
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
