package org.goveval.sitefarm.internal.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.SiteSpec;
import org.goveval.sitefarm.manifest.ColumnTruth;
import org.goveval.sitefarm.manifest.ColumnsTruth;
import org.goveval.sitefarm.manifest.FunctionsTruth;
import org.goveval.sitefarm.manifest.GovCheckTruth;
import org.goveval.sitefarm.manifest.MarksTruth;
import org.goveval.sitefarm.manifest.WordingTruth;

/**
 * The State Council verdict that follows from a site's content defects and the other checks' truth, by the rules
 * of gov-check-2019 as documented in {@code docs/content-checks.md} (restated here, independently of the
 * monitor's engine and its data file).
 */
final class GovCheckTruths {
    /**
     * The veto clause each content defect triggers, keyed by the defect. A defect that triggers no veto on its own
     * (a hidden link, a missing mark, one blank or stale column) is absent.
     */
    static final Map<ContentDefect, String> VETO_BY_DEFECT = Map.ofEntries(
            Map.entry(ContentDefect.WORDING_ERRORS, "veto.security.expression"), // a wrong political expression
            Map.entry(ContentDefect.POISONED_LINK, "veto.security.harmful"),
            Map.entry(ContentDefect.HOMEPAGE_NOT_UPDATED, "veto.homepage.updates"),
            Map.entry(ContentDefect.STALE_NEWS_COLUMNS, "veto.columns.key-stale"), // five stale news columns
            Map.entry(ContentDefect.LONG_STALE_COLUMNS, "veto.columns.long-stale"), // ten columns over a year old
            Map.entry(ContentDefect.BLANK_COLUMNS, "veto.columns.blank"), // five blank columns
            Map.entry(ContentDefect.NO_INTERACTION_CHANNEL, "veto.interaction.no-channel"),
            Map.entry(ContentDefect.OVERDUE_MESSAGES, "veto.interaction.unanswered"),
            Map.entry(ContentDefect.NO_SERVICE, "veto.service.none")); // no guide, no service column

    /** When a veto clause is left to a person. */
    private enum Review {
        /** The machine settles it. */
        NEVER,
        /** The machine covers it only in part: a person confirms it unless it holds. */
        UNLESS_HOLDS,
        /** Only a person judges it, or the machine only suspects (hidden links, incomplete guides). */
        ALWAYS
    }

    private record Clause(String id, Review review) {}

    /** gov-check-2019's veto clauses in order, with when each is left to a person. */
    private static final List<Clause> CLAUSES = List.of(
            new Clause("veto.security.expression", Review.UNLESS_HOLDS),
            new Clause("veto.security.secrets", Review.ALWAYS),
            new Clause("veto.security.harmful", Review.UNLESS_HOLDS),
            new Clause("veto.security.attack", Review.ALWAYS),
            new Clause("veto.security.fraud", Review.ALWAYS),
            new Clause("veto.security.opinion", Review.ALWAYS),
            new Clause("veto.availability.probes", Review.NEVER),
            new Clause("veto.homepage.updates", Review.NEVER),
            new Clause("veto.columns.key-stale", Review.NEVER),
            // no window for 长期 is published: below ten stale columns a person still looks (a known limit)
            new Clause("veto.columns.long-stale", Review.UNLESS_HOLDS),
            new Clause("veto.columns.blank", Review.NEVER),
            new Clause("veto.interaction.no-channel", Review.NEVER),
            new Clause("veto.interaction.unanswered", Review.NEVER),
            new Clause("veto.service.none", Review.NEVER),
            new Clause("veto.service.guides", Review.ALWAYS),
            new Clause("veto.service.other", Review.ALWAYS));

    /** The deduction indicators only a person judges, in order; scored (and listed) only without a veto. */
    private static final List<String> MANUAL_DEDUCTIONS = List.of(
            "deduct.publish.overview",
            "deduct.service.downloads",
            "deduct.service.online",
            "deduct.interact.messages",
            "deduct.interact.survey",
            "deduct.interact.interview",
            "deduct.design.pages");

    /** The incomplete guides from which a person decides on veto.service.guides (an assumed number). */
    private static final int SUSPECT_GUIDES = 5;

    private static final BigDecimal PASS_MARK = BigDecimal.valueOf(60);

    private GovCheckTruths() {}

    /**
     * A site without content defects passes with full marks; one with vetoes fails on the vetoes its defects
     * plant; one without fails or passes on the points its columns, marks and functions lose.
     */
    static GovCheckTruth of(
            SiteSpec spec, ColumnsTruth columns, MarksTruth marks, FunctionsTruth functions, WordingTruth wording) {
        if (!spec.defects().isEmpty() || !spec.contentPages()) {
            // Broken links cost points by rules this class does not restate (GovCheckLinksFarmTest checks those
            // deductions against the link manifest instead), and a site without the pages the content checks
            // read (search, messages, guides …) lacks what a site must offer: no verdict is claimed for either.
            return GovCheckTruth.empty();
        }
        List<String> order = CLAUSES.stream().map(Clause::id).toList();
        List<String> vetoes = spec.contentDefects().stream()
                .map(VETO_BY_DEFECT::get)
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparingInt(order::indexOf))
                .toList();
        List<String> review = new ArrayList<>();
        for (Clause clause : CLAUSES) {
            if (clause.review() == Review.ALWAYS
                    || (clause.review() == Review.UNLESS_HOLDS && !vetoes.contains(clause.id()))) {
                review.add(clause.id());
            }
        }
        if (!vetoes.isEmpty()) {
            return new GovCheckTruth("FAIL", null, vetoes, Map.of(), review);
        }
        review.addAll(MANUAL_DEDUCTIONS);
        Map<String, Double> deductions = deductions(columns, marks, functions);
        BigDecimal score = BigDecimal.valueOf(100);
        for (double points : deductions.values()) {
            score = score.subtract(BigDecimal.valueOf(points));
        }
        boolean suspect =
                !wording.hiddenLinks().isEmpty() || functions.incompleteGuides().size() >= SUSPECT_GUIDES;
        String verdict = score.compareTo(PASS_MARK) < 0 ? "FAIL" : suspect ? "NEEDS_REVIEW" : "PASS";
        return new GovCheckTruth(verdict, score.doubleValue(), List.of(), deductions, review);
    }

    /**
     * The points each machine-judged indicator loses, capped at its value, zero ones left out: 1 per stale column
     * of the indicator's categories (a blank column counts as blank only), 1 per blank column, 1 per incomplete
     * guide, all 5 for a missing or dead search, 1 per absent mark. No broken links: such sites claim no verdict.
     */
    private static Map<String, Double> deductions(ColumnsTruth columns, MarksTruth marks, FunctionsTruth functions) {
        Map<String, Double> deductions = new LinkedHashMap<>();
        put(deductions, "deduct.publish.news", stale(columns, Set.of("NEWS")), 10);
        put(deductions, "deduct.publish.policy", stale(columns, Set.of("NOTICE", "POLICY", "INTERPRETATION")), 10);
        put(deductions, "deduct.publish.other", stale(columns, Set.of("PERSONNEL", "PLANNING")), 5);
        put(
                deductions,
                "deduct.publish.blank",
                columns.columns().stream().filter(ColumnTruth::blank).count(),
                5);
        put(deductions, "deduct.service.guides", functions.incompleteGuides().size(), 10);
        boolean searchFails =
                !Boolean.TRUE.equals(functions.searchPresent()) || !Boolean.TRUE.equals(functions.searchWorks());
        put(deductions, "deduct.design.search", searchFails ? 5 : 0, 5);
        long absentMarks = Stream.of(
                        marks.siteCode(),
                        marks.icp(),
                        marks.publicSecurityRecord(),
                        marks.conacBadge(),
                        marks.sponsor())
                .filter(Objects::isNull)
                .count();
        put(deductions, "deduct.design.marks", absentMarks, 5);
        return deductions;
    }

    private static long stale(ColumnsTruth columns, Set<String> categories) {
        return columns.columns().stream()
                .filter(c -> c.stale() && !c.blank() && categories.contains(c.category()))
                .count();
    }

    private static void put(Map<String, Double> deductions, String indicator, long points, int cap) {
        if (points > 0) {
            deductions.put(indicator, (double) Math.min(points, cap));
        }
    }
}
