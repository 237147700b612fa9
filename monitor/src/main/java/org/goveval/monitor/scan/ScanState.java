package org.goveval.monitor.scan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.LinkType;
import org.goveval.monitor.links.Verdict;

/**
 * What a scan has learnt so far: which pages link to which URLs, the verdict on each URL, the pages
 * crawled. Shared by the workers (concurrent collections); saved whole in a checkpoint.
 */
final class ScanState {
    /** Link target → the pages it was found on. */
    final SourceIndex sources = new SourceIndex();
    /** URL → verdict; crawled pages included. */
    final Map<String, LinkCheck> checks = new ConcurrentHashMap<>();
    /** Pages fetched as part of the crawl. */
    final Set<String> crawled = ConcurrentHashMap.newKeySet();
    /** Link targets already sent to the crawl or to a check, so that each is handled once. */
    final Set<String> dispatched = ConcurrentHashMap.newKeySet();
    /** The home page and the URLs it redirected to or duplicates, for {@code onHomepage} (shared with the soft-404 check). */
    final Set<String> homepages;
    /** URLs reached through a redirect and crawled under that name (not checked on their own). */
    final Set<String> landed = ConcurrentHashMap.newKeySet();
    /** Crawlable links found too deep to crawl; checked at the end unless crawled meanwhile. */
    final Set<String> tooDeep = ConcurrentHashMap.newKeySet();
    /** Fingerprint of a page's text and links → the first page that had it. */
    final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    /** Page → the page it duplicates (same text, same links). */
    final Map<String, String> duplicates = new ConcurrentHashMap<>();
    /** URLs refused as spider traps. */
    final Set<String> traps = ConcurrentHashMap.newKeySet();
    /** Crawled pages that answered with HTML and were parsed: what {@code pagesCrawled} counts. */
    final Set<String> parsed = ConcurrentHashMap.newKeySet();
    /** Crawled pages longer than the page cap: read and parsed up to the cap only. */
    final Set<String> truncated = ConcurrentHashMap.newKeySet();
    /** Links sent to a check and not judged yet → how they were linked (a resumed scan checks them the same way). */
    final Map<String, LinkType> pendingTypes = new ConcurrentHashMap<>();
    /**
     * URLs answered 403 once, not yet asked again → how to ask. Their verdict stays BLOCKED meanwhile; the
     * answer to the second request replaces it (see {@link ScanRun}).
     */
    final Map<String, AskAgain> forbiddenOnce = new ConcurrentHashMap<>();

    ScanState(Set<String> homepages) {
        this.homepages = homepages;
    }

    /** The sorted pages linking to a URL. */
    List<String> sourcesOf(String url) {
        return sources.sourcesOf(url);
    }

    boolean onHomepage(String url) {
        return sources.linkedFromAny(url, homepages);
    }

    int errors() {
        return (int) checks.values().stream()
                .filter(c -> c.verdict() == Verdict.BROKEN)
                .count();
    }

    /** A plain copy of the sources map, for a checkpoint. */
    Map<String, List<String>> sourcesCopy() {
        return sources.copy();
    }
}
