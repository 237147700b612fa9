package org.goveval.monitor.content.columns;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.CitablePage;
import org.goveval.monitor.content.Evidence;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * What the columns check keeps of a page: a few names and counts, never the document or the body. The page is
 * kept as a finding will cite it ({@link CitablePage}), with a stored copy where a finding may cite it.
 *
 * @param depth links from the home page; -1 for a page fetched after the crawl
 * @param today the date the page was fetched, in the rules' zone: what its dates are judged against
 * @param heading the page's own name: its {@code h1}, else its title up to the first separator
 * @param items how many items its main list shows
 * @param latest the newest date among them, or null
 * @param firstItem the text of the main list's first row, for a snippet ("" when blank)
 * @param navigation its navigation links
 * @param more its 更多 links
 * @param siteMapLinks the links of its content when it is a site map, else empty
 * @param homeItems every listed item, for a home page; else empty
 * @param page the page as findings cite it: URL, time, status, and the copy when one was stored
 */
record PageSummary(
        URI url,
        int depth,
        boolean homepage,
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
        CitablePage page) {
    PageSummary {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(page, "page");
        navigation = List.copyOf(navigation);
        more = List.copyOf(more);
        siteMapLinks = List.copyOf(siteMapLinks);
        homeItems = List.copyOf(homeItems);
    }

    /** Makes the page citable, given whether a finding may cite it (a blank list, or no item of the last two weeks). */
    @FunctionalInterface
    interface Cite {
        CitablePage page(boolean mayBeCited);
    }

    /**
     * Reads a page.
     *
     * @param keepNavigation whether to keep its navigation links (home and first-level pages, where columns and
     *     sub-columns are named)
     * @param cite makes the page citable, storing its copy or not; called once, while the body is at hand
     */
    static PageSummary of(
            URI url,
            int depth,
            boolean homepage,
            Document document,
            LocalDate today,
            boolean keepNavigation,
            Cite cite) {
        List<ListedItem> list = ListingReader.mainList(document, today);
        LocalDate latest = newest(list);
        boolean siteMap = ColumnLinks.isSiteMap(document, url);
        boolean citable = latest == null || latest.isBefore(today.minusWeeks(2));
        return new PageSummary(
                url,
                depth,
                homepage,
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
                cite.page(citable));
    }

    static @Nullable LocalDate newest(List<ListedItem> items) {
        return items.stream()
                .map(ListedItem::date)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Evidence from this page: with its stored copy when one was kept, else URL, time and status only. */
    Evidence evidence(String snippet) {
        return page.cite(snippet);
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
