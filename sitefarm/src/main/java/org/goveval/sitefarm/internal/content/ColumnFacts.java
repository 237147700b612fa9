package org.goveval.sitefarm.internal.content;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.sitefarm.manifest.ColumnTruth;
import org.goveval.sitefarm.manifest.ColumnsTruth;
import org.goveval.sitefarm.manifest.HomepageTruth;

/**
 * The truth about a site's columns, computed from what its pages list: each column's index page shows its
 * {@link ColumnPaging#PAGE_SIZE} newest items; a column is blank when it lists nothing, stale when its newest
 * item is older than its category allows (the State Council's windows: 2 weeks for news and the home page, 6
 * months for notices and policies, 1 year for personnel, plans, interpretations and other columns; never for
 * interaction, service and special topics).
 */
public final class ColumnFacts {
    private static final Map<ColumnKind, String> CATEGORIES = Map.of(
            ColumnKind.NEWS, "NEWS",
            ColumnKind.NOTICE, "NOTICE",
            ColumnKind.POLICY, "POLICY",
            ColumnKind.INTERPRETATION, "INTERPRETATION",
            ColumnKind.PERSONNEL, "PERSONNEL",
            ColumnKind.PLAN, "PLANNING",
            ColumnKind.INTERACTION, "INTERACTION",
            ColumnKind.SERVICE, "SERVICE",
            ColumnKind.SPECIAL, "SPECIAL");
    private static final Map<String, Period> WINDOWS = Map.of(
            "NEWS", Period.ofWeeks(2),
            "NOTICE", Period.ofMonths(6),
            "POLICY", Period.ofMonths(6),
            "PERSONNEL", Period.ofYears(1),
            "PLANNING", Period.ofYears(1),
            "INTERPRETATION", Period.ofYears(1),
            "OTHER", Period.ofYears(1));
    private static final Period HOMEPAGE = Period.ofWeeks(2);

    private ColumnFacts() {}

    /**
     * @param extra columns outside the navigation's (function pages a site map lists), already judged by
     *     their planter
     */
    public static ColumnsTruth truth(SiteContent content, URI origin, List<ColumnTruth> extra) {
        LocalDate today = content.plan().today();
        List<ColumnTruth> columns = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (Column column : content.plan().columns()) {
            String category = CATEGORIES.get(column.kind());
            columns.add(
                    column(column.label(), origin + column.path(), category, content.listings(column.kind()), today));
        }
        for (SubColumn sub : content.subColumns()) {
            columns.add(column(sub.label(), origin + sub.path(), sub.category(), sub.items(), today));
        }
        columns.addAll(extra);
        for (ColumnTruth column : columns) {
            if (column.blank()) {
                findings.add("COLUMN_BLANK " + column.url());
            } else if (column.stale()) {
                findings.add("COLUMN_STALE " + column.url());
            }
        }
        LocalDate newestOnHome = content.plan().columns().stream()
                .flatMap(column -> content.listings(column.kind()).stream()
                        .filter(Listing::onHome)
                        .limit(HomeBody.BLOCK_SIZE))
                .map(Listing::date)
                .max(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException("a farm home page always lists dated items"));
        boolean updated = !newestOnHome.isBefore(today.minus(HOMEPAGE));
        if (!updated) {
            findings.add("HOMEPAGE_NOT_UPDATED " + origin + "/");
        }
        return new ColumnsTruth(columns, new HomepageTruth(updated, newestOnHome.toString(), "HOMEPAGE"), findings);
    }

    private static ColumnTruth column(String name, String url, String category, List<Listing> items, LocalDate today) {
        List<Listing> shown = ColumnPaging.slice(items, 0);
        Optional<LocalDate> latest = shown.stream().map(Listing::date).max(LocalDate::compareTo);
        boolean blank = shown.isEmpty();
        boolean stale = !blank
                && Optional.ofNullable(WINDOWS.get(category))
                        .map(window -> latest.get().isBefore(today.minus(window)))
                        .orElse(false);
        return new ColumnTruth(
                name, url, category, latest.map(LocalDate::toString).orElse(null), shown.size(), blank, stale);
    }
}
