package org.goveval.sitefarm.internal.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.Encoding;
import org.goveval.sitefarm.PageWeight;

/**
 * Everything a site's pages show once defects are planted: the plan, each column's list and the links planted
 * on each page.
 *
 * @param listings each column's items, newest first
 * @param planted the links planted on each page, by path
 * @param contentDefects what is planted in the content
 * @param subColumns the sub-columns content defects add (see {@link SubColumns})
 * @param weight the frame around each page's content (see {@link PageWeight})
 */
public record SiteContent(
        SitePlan plan,
        Encoding encoding,
        Map<ColumnKind, List<Listing>> listings,
        Map<String, List<PlantedLink>> planted,
        Set<ContentDefect> contentDefects,
        List<SubColumn> subColumns,
        PageWeight weight) {
    public SiteContent {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(weight, "weight");
        listings = Map.copyOf(listings);
        planted = Map.copyOf(planted);
        contentDefects = Set.copyOf(contentDefects);
        subColumns = List.copyOf(subColumns);
    }

    /** Content without content defects. */
    public SiteContent(
            SitePlan plan,
            Encoding encoding,
            Map<ColumnKind, List<Listing>> listings,
            Map<String, List<PlantedLink>> planted) {
        this(plan, encoding, listings, planted, Set.of(), List.of(), PageWeight.LIGHT);
    }

    /** The sub-columns of one column, in navigation order. */
    public List<SubColumn> subColumnsOf(ColumnKind parent) {
        return subColumns.stream().filter(sub -> sub.parent() == parent).toList();
    }

    public List<Listing> listings(ColumnKind kind) {
        return listings.getOrDefault(kind, List.of());
    }

    /** The links planted on a page in one slot, in planting order. */
    public List<Link> planted(String path, Slot slot) {
        return planted.getOrDefault(path, List.of()).stream()
                .filter(link -> link.slot() == slot)
                .map(PlantedLink::link)
                .toList();
    }

    public SiteInfo info() {
        return plan.info();
    }
}
