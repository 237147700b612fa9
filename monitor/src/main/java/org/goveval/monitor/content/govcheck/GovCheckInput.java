package org.goveval.monitor.content.govcheck;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.content.network.NetworkReport;
import org.goveval.monitor.content.wording.HiddenLink;
import org.goveval.monitor.content.wording.PoisonedLink;
import org.goveval.monitor.content.wording.WordingHit;
import org.goveval.monitor.probe.ProbeResult;
import org.jspecify.annotations.Nullable;

/**
 * Everything the State Council rules read about one site: the content checks' results, the broken links and
 * the availability probes. A null part was not checked; a rule that needs it is left to review.
 *
 * @param judgedAt when the verdict is reached (the time of evidence the rules compose themselves)
 * @param columnsChecked whether the columns check ran (an empty column list is then a finding, not a gap)
 * @param probes the probe history; empty when there is none
 */
public record GovCheckInput(
        URI site,
        Instant judgedAt,
        boolean columnsChecked,
        List<ColumnReport> columns,
        @Nullable HomepageUpdates homepageUpdates,
        @Nullable Marks marks,
        @Nullable NetworkReport network,
        @Nullable FunctionsReport functions,
        List<WordingHit> wordingErrors,
        List<HiddenLink> hiddenLinks,
        List<PoisonedLink> poisonedLinks,
        List<Finding> findings,
        List<BrokenLink> brokenLinks,
        List<ProbeResult> probes) {
    public GovCheckInput {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(judgedAt, "judgedAt");
        columns = List.copyOf(columns);
        wordingErrors = List.copyOf(wordingErrors);
        hiddenLinks = List.copyOf(hiddenLinks);
        poisonedLinks = List.copyOf(poisonedLinks);
        findings = List.copyOf(findings);
        brokenLinks = List.copyOf(brokenLinks);
        probes = List.copyOf(probes);
    }

    /**
     * The input from a scan's content results. The columns check counts as run when it reported a column or
     * the home-page updates.
     */
    public static GovCheckInput of(
            URI site,
            Instant judgedAt,
            ContentResults results,
            List<BrokenLink> brokenLinks,
            List<ProbeResult> probes) {
        return new GovCheckInput(
                site,
                judgedAt,
                !results.columns().isEmpty() || results.homepageUpdates() != null,
                results.columns(),
                results.homepageUpdates(),
                results.marks(),
                results.network(),
                results.functions(),
                results.wordingErrors(),
                results.hiddenLinks(),
                results.poisonedLinks(),
                results.findings(),
                brokenLinks,
                probes);
    }
}
