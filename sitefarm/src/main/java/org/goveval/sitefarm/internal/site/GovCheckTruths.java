package org.goveval.sitefarm.internal.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.SiteSpec;
import org.goveval.sitefarm.manifest.GovCheckTruth;

/**
 * The State Council verdict that follows from a site's content defects, by the rules of gov-check-2019 as
 * documented in {@code docs/content-checks.md} (computed here independently of the monitor's engine).
 */
final class GovCheckTruths {
    /**
     * The veto clause each content defect triggers on the content farm's {@code fail} site, in gov-check-2019
     * order, keyed by the defect's constant name. A defect that triggers no veto on its own (a hidden link, a
     * missing mark) is absent: the {@code fail} site fails on its vetoes.
     */
    static final Map<ContentDefect, String> VETO_BY_DEFECT = Map.of(
            ContentDefect.WORDING_ERRORS, "veto.security.expression", // a wrong political expression among them
            ContentDefect.POISONED_LINK, "veto.security.harmful",
            ContentDefect.HOMEPAGE_NOT_UPDATED, "veto.homepage.updates",
            ContentDefect.STALE_NEWS_COLUMNS, "veto.columns.key-stale", // five stale news columns: the threshold
            ContentDefect.OVERDUE_MESSAGES, "veto.interaction.unanswered");

    /** The clause order of gov-check-2019's vetoes. */
    private static final List<String> ORDER = List.of(
            "veto.security.expression",
            "veto.security.harmful",
            "veto.availability.probes",
            "veto.homepage.updates",
            "veto.columns.key-stale",
            "veto.columns.long-stale",
            "veto.columns.blank",
            "veto.interaction.no-channel",
            "veto.interaction.unanswered",
            "veto.service.none");

    private GovCheckTruths() {}

    /** A site without content defects passes with full marks; one with defects fails on the vetoes they plant. */
    static GovCheckTruth of(SiteSpec spec) {
        if (!spec.defects().isEmpty() || !spec.contentPages()) {
            // Broken links cost points by rules this class does not restate (GovCheckLinksFarmTest checks those
            // deductions against the link manifest instead), and a site without the pages the content checks
            // read (search, messages, guides …) lacks what a site must offer: no verdict is claimed for either.
            return GovCheckTruth.empty();
        }
        Set<ContentDefect> defects = spec.contentDefects();
        if (defects.isEmpty()) {
            return new GovCheckTruth("PASS", 100.0, List.of());
        }
        List<String> vetoes = defects.stream()
                .map(VETO_BY_DEFECT::get)
                .filter(v -> v != null)
                .distinct()
                .sorted(java.util.Comparator.comparingInt(ORDER::indexOf))
                .toList();
        return new GovCheckTruth("FAIL", null, vetoes);
    }
}
