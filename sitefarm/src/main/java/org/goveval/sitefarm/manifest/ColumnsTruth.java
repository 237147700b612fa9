package org.goveval.sitefarm.manifest;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the columns check must report: every column (the nine of the navigation and the sub-columns their
 * pages name), the home page's updates, and the findings.
 *
 * @param columns sorted by URL, as the report sorts them
 * @param homepage null only in {@link #empty()}
 * @param findings {@code CODE url} of each finding ({@code COLUMN_STALE}, {@code COLUMN_BLANK}, {@code
 *     HOMEPAGE_NOT_UPDATED}), sorted
 */
public record ColumnsTruth(
        List<ColumnTruth> columns, @Nullable HomepageTruth homepage, List<String> findings) {
    public ColumnsTruth {
        columns =
                columns.stream().sorted(Comparator.comparing(ColumnTruth::url)).toList();
        findings = findings.stream().sorted().toList();
    }

    /** Nothing to find: for manifests in tests that do not look at this part. */
    public static ColumnsTruth empty() {
        return new ColumnsTruth(List.of(), null, List.of());
    }
}
