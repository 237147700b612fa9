package org.goveval.monitor.content.columns;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.fetch.FetchResult;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * What the columns check keeps of a page: a few names and counts, never the document. The response
 * (body included) is kept only where a finding may cite it, so that its copy can become evidence.
 *
 * @param depth links from the home page; -1 for a page fetched after the crawl
 * @param fetchedAt when the page was fetched
 * @param status its HTTP status
 * @param today the date the page was fetched, in the rules' zone: what its dates are judged against
 * @param heading the page's own name: its {@code h1}, else its title up to the first separator
 * @param items how many items its main list shows
 * @param latest the newest date among them, or null
 * @param firstItem the text of the main list's first row, for a snippet ("" when blank)
 * @param navigation its navigation links
 * @param more its 更多 links
 * @param siteMapLinks the links of its content when it is a site map, else empty
 * @param homeItems every listed item, for a home page; else empty
 * @param result the response, when kept
 */
record PageSummary(
        URI url,
        int depth,
        boolean homepage,
        Instant fetchedAt,
        int status,
        LocalDate today,
        String heading,
        int items,
        @Nullable LocalDate latest,
        String firstItem,
        List<NamedLink> navigation,
        List<NamedLink> more,
        boolean siteMap,
        List<NamedLink> siteMapLinks,
        List<ListedItem> homeItems,
        @Nullable FetchResult result) {
    PageSummary {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(today, "today");
        navigation = List.copyOf(navigation);
        more = List.copyOf(more);
        siteMapLinks = List.copyOf(siteMapLinks);
        homeItems = List.copyOf(homeItems);
    }

    /**
     * Reads a page.
     *
     * @param keepNavigation whether to keep its navigation links (home and first-level pages, where columns and
     *     sub-columns are named)
     * @param keep whether to keep the response regardless of what the page shows; otherwise it is kept only when
     *     the page may be cited (a blank list, or no item of the last two weeks) and {@code mayKeep} is true
     */
    static PageSummary of(
            URI url,
            int depth,
            boolean homepage,
            FetchResult result,
            Document document,
            LocalDate today,
            boolean keepNavigation,
            boolean keep,
            boolean mayKeep) {
        List<ListedItem> list = ListingReader.mainList(document, today);
        LocalDate latest = newest(list);
        boolean siteMap = ColumnLinks.isSiteMap(document, url);
        boolean citable = latest == null || latest.isBefore(today.minusWeeks(2));
        return new PageSummary(
                url,
                depth,
                homepage,
                result.fetchedAt(),
                result.status(),
                today,
                heading(document),
                list.size(),
                latest,
                list.isEmpty() ? "" : list.getFirst().text(),
                keepNavigation ? ColumnLinks.navigation(document) : List.of(),
                homepage ? ColumnLinks.more(document) : List.of(),
                siteMap,
                siteMap ? ColumnLinks.siteMap(document) : List.of(),
                homepage ? ListingReader.allItems(document, today) : List.of(),
                keep || (citable && mayKeep) ? result : null);
    }

    static @Nullable LocalDate newest(List<ListedItem> items) {
        return items.stream()
                .map(ListedItem::date)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    Optional<FetchResult> response() {
        return Optional.ofNullable(result);
    }

    /** Evidence from this page: with its stored copy when the response was kept, else URL, time and status only. */
    Evidence evidence(EvidenceStore store, String snippet) {
        if (result != null) {
            return store.evidence(result, url.toString(), snippet);
        }
        return new Evidence(url.toString(), fetchedAt.toString(), status == 0 ? null : status, snippet, null);
    }

    private static String heading(Document document) {
        String h1 = document.select("h1").text().strip();
        if (!h1.isEmpty()) {
            return ColumnLinks.clean(h1);
        }
        String title = document.title().strip();
        String[] parts = title.split("[_|｜\\-—]", 2);
        return ColumnLinks.clean(parts[0]);
    }
}
