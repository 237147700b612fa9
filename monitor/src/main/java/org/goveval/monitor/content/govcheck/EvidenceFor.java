package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Set;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.columns.HomepageUpdates;

/**
 * Evidence the rules cite: the checks' own evidence where they gave it, otherwise composed from what the
 * report says (URL, the time of the verdict, the fact as a snippet, no stored copy).
 */
final class EvidenceFor {
    private final GovCheckInput input;

    EvidenceFor(GovCheckInput input) {
        this.input = input;
    }

    /** A column: the columns check's evidence for its URL, or the column's name, newest date and item count. */
    Evidence column(ColumnReport column) {
        return findingEvidence("columns", column.url())
                .orElseGet(() -> composed(
                        column.url(),
                        null,
                        "栏目「" + column.name() + "」最新日期 " + (column.latestDate() == null ? "无" : column.latestDate())
                                + "，共 " + column.items() + " 条"));
    }

    Evidence brokenLink(BrokenLink link) {
        return composed(
                link.url(),
                link.status(),
                "链接无法访问（" + link.kind() + "）" + (link.onHomepage() ? "，首页链接" : "") + "，见于 "
                        + String.join(" ", link.sourcePages()));
    }

    /** A fact about the site as a whole, cited on its home page. */
    Evidence site(String snippet) {
        return composed(input.site().toString(), null, snippet);
    }

    /**
     * A fact the home page shows (or lacks): the home page as the columns check read it, with its status and
     * stored copy, under this snippet; composed as {@link #site} when the home page was not read.
     */
    Evidence homePage(String snippet) {
        HomepageUpdates updates = input.homepageUpdates();
        if (updates == null || updates.evidence().isEmpty()) {
            return site(snippet);
        }
        Evidence home = updates.evidence().getFirst(); // the home page comes first, whatever the basis
        return new Evidence(home.url(), home.fetchedAt(), home.status(), snippet, home.copy());
    }

    /** The evidence of the given check's findings with one of the given codes; empty when it gave none. */
    List<Evidence> findings(String check, Set<String> codes) {
        return input.findings().stream()
                .filter(f -> f.check().equals(check) && codes.contains(f.code()))
                .flatMap(f -> f.evidence().stream())
                .toList();
    }

    /** The evidence of the given check's findings of the given severity; empty when it gave none. */
    List<Evidence> findings(String check, Finding.Severity severity) {
        return input.findings().stream()
                .filter(f -> f.check().equals(check) && f.severity() == severity)
                .flatMap(f -> f.evidence().stream())
                .toList();
    }

    private java.util.Optional<Evidence> findingEvidence(String check, String url) {
        return input.findings().stream()
                .filter(f -> f.check().equals(check))
                .flatMap(f -> f.evidence().stream())
                .filter(e -> e.url().equals(url))
                .findFirst();
    }

    private Evidence composed(String url, @org.jspecify.annotations.Nullable Integer status, String snippet) {
        return new Evidence(url, input.judgedAt().toString(), status, snippet, null);
    }
}
