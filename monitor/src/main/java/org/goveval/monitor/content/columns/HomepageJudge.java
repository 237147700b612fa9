package org.goveval.monitor.content.columns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;

/**
 * Judges a one-off scan's home page by dates: the newest dated item on the home page, or, when the home page
 * lists no dated item at all (a navigation-only home page), the newest on the pages it links to; then, when
 * earlier snapshots of the home page are given (from probes and scans), {@link HomepageComparison} may
 * overrule the dates.
 */
final class HomepageJudge {
    static final String CHECK = "columns";

    private final ColumnRules rules;

    HomepageJudge(ColumnRules rules) {
        this.rules = rules;
    }

    /** The judgement and, when the home page was not updated (or cannot be judged), its finding. */
    record Judgement(HomepageUpdates updates, List<Finding> findings) {}

    Judgement judge(PageSummary home, Collection<PageSummary> secondLevel) {
        LocalDate today = home.today();
        HomepageSnapshot snapshot = snapshot(home);
        LocalDate onHome = PageSummary.newest(home.homeItems());
        if (onHome != null) {
            return judged(onHome, HomepageUpdates.HOMEPAGE, today, List.of(home), snapshot);
        }
        Optional<PageSummary> newest = secondLevel.stream()
                .filter(page -> page.latest() != null)
                .max(Comparator.comparing(PageSummary::latest)
                        .thenComparing(p -> p.url().toString()));
        if (newest.isPresent()) {
            return judged(
                    newest.get().latest(), HomepageUpdates.SECOND_LEVEL, today, List.of(home, newest.get()), snapshot);
        }
        Evidence evidence = home.evidence("首页及其链接的二级页面均未见带日期的信息");
        Finding review = new Finding(
                CHECK,
                "HOMEPAGE_UPDATES_UNKNOWN",
                Finding.Severity.NEEDS_REVIEW,
                "首页及其二级页面没有带日期的信息，无法判断首页两周内是否更新，请人工核查。",
                List.of(evidence));
        return new Judgement(
                new HomepageUpdates(null, null, HomepageUpdates.SECOND_LEVEL, List.of(evidence), snapshot),
                List.of(review));
    }

    /**
     * The dated judgement refined by earlier snapshots of the home page ({@link HomepageComparison}): when the
     * snapshots settle the question, their answer stands and the finding follows it; otherwise the dates do.
     */
    Judgement compared(Judgement dated, List<HomepageSnapshot> history, PageSummary home) {
        if (history.isEmpty()) {
            return dated;
        }
        HomepageUpdates refined = new HomepageComparison(rules.homepageWindow()).compare(history, dated.updates());
        if (!refined.basis().equals(HomepageUpdates.SNAPSHOTS)) {
            return dated;
        }
        if (Boolean.TRUE.equals(refined.updatedWithinTwoWeeks())) {
            return new Judgement(refined, List.of());
        }
        String window = ColumnsCheck.describe(rules.homepageWindow());
        Evidence evidence = home.evidence("首页列出的信息与" + window + "前的快照相同");
        List<Evidence> all = new ArrayList<>(refined.evidence());
        all.add(evidence);
        Finding finding = new Finding(
                CHECK,
                "HOMEPAGE_NOT_UPDATED",
                Finding.Severity.VETO,
                "首页列出的信息与" + window + "前的快照完全相同，期间未见更新（日期不足为凭）。",
                List.of(evidence));
        return new Judgement(
                new HomepageUpdates(false, refined.latestDate(), HomepageUpdates.SNAPSHOTS, all, refined.snapshot()),
                List.of(finding));
    }

    private Judgement judged(
            LocalDate latest, String basis, LocalDate today, List<PageSummary> pages, HomepageSnapshot snapshot) {
        boolean updated = ColumnRules.within(latest, rules.homepageWindow(), today);
        String snippet = "最新信息日期：" + latest;
        List<Evidence> evidence = new ArrayList<>();
        pages.forEach(page -> evidence.add(page.evidence(snippet)));
        HomepageUpdates updates = new HomepageUpdates(updated, latest.toString(), basis, evidence, snapshot);
        if (updated) {
            return new Judgement(updates, List.of());
        }
        String where = basis.equals(HomepageUpdates.HOMEPAGE) ? "首页" : "首页（仅导航）链接的二级页面";
        Finding finding = new Finding(
                CHECK,
                "HOMEPAGE_NOT_UPDATED",
                Finding.Severity.VETO,
                where + "最新信息日期为 " + latest + "，超过" + ColumnsCheck.describe(rules.homepageWindow()) + "未更新。",
                evidence);
        return new Judgement(updates, List.of(finding));
    }

    private static HomepageSnapshot snapshot(PageSummary home) {
        return HomepageSnapshot.of(home.homeItems(), home.page().fetchedAt());
    }
}
