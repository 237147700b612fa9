package org.goveval.monitor.scan;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.goveval.monitor.links.Link;
import org.goveval.monitor.links.LinkChecker;
import org.goveval.monitor.links.LinkExtractor;
import org.goveval.monitor.links.LinkType;

/**
 * What a scan does with a crawled page's links: attribute them to the right page (its own URL, or where it
 * redirected), skip duplicates of pages already seen, send crawlable links to the frontier and the rest to
 * a check, each URL once.
 */
final class PageLinks {
    private final ScanRun run;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final LinkExtractor extractor = new LinkExtractor(normalizer);

    PageLinks(ScanRun run) {
        this.run = run;
    }

    /**
     * Handles a crawled page's links.
     *
     * @return the name the page is known by, unless it duplicates an earlier page or was crawled already
     *     under the name it redirected to: then content checks must not see it again
     */
    Optional<URI> process(URI requested, PageContent page, int depth) {
        return asPageOf(requested, page).filter(pageUri -> links(pageUri, page, depth));
    }

    /**
     * Dispatches a page's links, unless an earlier page had the same text and the same links (the same page
     * under another URL: {@code /} and {@code /index.html}, a tracking parameter): then the page is recorded
     * as a duplicate and its links are attributed to the first one only.
     */
    private boolean links(URI pageUri, PageContent page, int depth) {
        ScanState state = run.state();
        List<Link> links = extractor.extract(page.document());
        String fingerprint = PageFingerprint.of(page.text(), links);
        String first = state.fingerprints.putIfAbsent(fingerprint, pageUri.toString());
        if (first != null && !first.equals(pageUri.toString())) {
            state.duplicates.put(pageUri.toString(), first);
            if (state.homepages.contains(pageUri.toString())) {
                state.homepages.add(first);
            }
            return false;
        }
        int pageId = state.sources.idOf(pageUri.toString());
        links.forEach(link -> onLink(pageId, link, depth));
        return true;
    }

    /**
     * The URL a page's links are attributed to: its own, or where it redirected if that is new and in scope.
     * A home page that redirects off the scope (http to https, www to the bare domain, a new domain) moves the
     * scope with it, or the report would be empty.
     */
    private Optional<URI> asPageOf(URI requested, PageContent page) {
        if (page.uri().equals(requested)) {
            return Optional.of(requested); // not redirected: requested is in canonical form already
        }
        ScanState state = run.state();
        Optional<URI> landed = normalizer.normalize(page.uri().toString());
        if (landed.isEmpty() || landed.get().equals(requested)) {
            return Optional.of(requested);
        }
        boolean home = state.homepages.contains(requested.toString());
        if (!run.settings().crawl().scope().contains(run.site(), landed.get())) {
            if (!home || state.crawled.size() > 1) {
                return Optional.empty();
            }
            run.rebase(landed.get());
        }
        if (!run.frontier().claim(landed.get())) {
            return Optional.empty();
        }
        state.landed.add(landed.get().toString());
        if (home) {
            state.homepages.add(landed.get().toString());
        }
        return landed;
    }

    private void onLink(int pageId, Link link, int depth) {
        ScanState state = run.state();
        String target = link.target().toString();
        state.sources.add(target, pageId);
        boolean crawlable = (link.type() == LinkType.ANCHOR || link.type() == LinkType.FRAME)
                && !LinkChecker.isAttachment(link.target())
                && run.settings().crawl().scope().contains(run.site(), link.target());
        if (!crawlable) {
            if (state.dispatched.add(target)) {
                run.submitCheck(link.target(), link.type());
            }
            return;
        }
        // the frontier deduplicates crawlable links itself, so that a link found too deep first can still be
        // crawled when a shallower page links to it later
        switch (run.frontier().offer(link.target(), depth + 1)) {
            case QUEUED -> {
                state.dispatched.add(target);
                run.drain();
            }
            case TOO_DEEP -> state.tooDeep.add(target);
            case TRAP -> {
                state.traps.add(target);
                if (state.dispatched.add(target)) {
                    run.submitCheck(link.target(), link.type()); // judged, never crawled: no links come of it
                }
            }
            case ALREADY_SEEN, OUT_OF_SCOPE -> {
                // crawled already, or reached through a redirect and crawled under that name
            }
        }
    }
}
