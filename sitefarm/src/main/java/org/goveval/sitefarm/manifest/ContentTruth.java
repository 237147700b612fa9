package org.goveval.sitefarm.manifest;

import java.util.Objects;

/**
 * The truth about a site's content: what the content checks must report for it, exactly. Each part belongs
 * to one check.
 *
 * @param columns columns and home-page updates
 * @param marks identification marks
 * @param network IPv6 and HTTPS
 * @param functions search, interaction, service guides, downloads, privacy, site map, accessibility
 * @param wording wording errors, hidden links, poisoned links
 * @param govCheck the State Council verdict a supervisor would sign
 */
public record ContentTruth(
        ColumnsTruth columns,
        MarksTruth marks,
        NetworkTruth network,
        FunctionsTruth functions,
        WordingTruth wording,
        GovCheckTruth govCheck) {
    public ContentTruth {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(functions, "functions");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(govCheck, "govCheck");
    }

    /** Every part empty: for manifests in tests that do not look at content. */
    public static ContentTruth empty() {
        return new ContentTruth(
                ColumnsTruth.empty(),
                MarksTruth.empty(),
                NetworkTruth.empty(),
                FunctionsTruth.empty(),
                WordingTruth.empty(),
                GovCheckTruth.empty());
    }
}
