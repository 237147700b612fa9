package org.goveval.monitor.content;

import java.util.ArrayList;
import java.util.List;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.govcheck.GovCheck;
import org.goveval.monitor.content.govcheck.IndicatorProposal;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.content.network.NetworkReport;
import org.goveval.monitor.content.wording.HiddenLink;
import org.goveval.monitor.content.wording.PoisonedLink;
import org.goveval.monitor.content.wording.WordingHit;
import org.jspecify.annotations.Nullable;

/**
 * The content checks' results for one scan, filled in by the checks' {@code finish} one after another
 * (never concurrently). A part no check filled in stays null (not checked) or empty.
 */
public final class ContentResults {
    private final List<ColumnReport> columns = new ArrayList<>();
    private @Nullable HomepageUpdates homepageUpdates;
    private @Nullable Marks marks;
    private @Nullable NetworkReport network;
    private @Nullable FunctionsReport functions;
    private final List<WordingHit> wordingErrors = new ArrayList<>();
    private final List<HiddenLink> hiddenLinks = new ArrayList<>();
    private final List<PoisonedLink> poisonedLinks = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private @Nullable GovCheck govCheck;
    private final List<IndicatorProposal> cstcProposals = new ArrayList<>();

    public List<ColumnReport> columns() {
        return List.copyOf(columns);
    }

    public void addColumns(List<ColumnReport> found) {
        columns.addAll(found);
    }

    public @Nullable HomepageUpdates homepageUpdates() {
        return homepageUpdates;
    }

    public void setHomepageUpdates(HomepageUpdates value) {
        homepageUpdates = value;
    }

    public @Nullable Marks marks() {
        return marks;
    }

    public void setMarks(Marks value) {
        marks = value;
    }

    public @Nullable NetworkReport network() {
        return network;
    }

    public void setNetwork(NetworkReport value) {
        network = value;
    }

    public @Nullable FunctionsReport functions() {
        return functions;
    }

    public void setFunctions(FunctionsReport value) {
        functions = value;
    }

    public List<WordingHit> wordingErrors() {
        return List.copyOf(wordingErrors);
    }

    public void addWordingErrors(List<WordingHit> hits) {
        wordingErrors.addAll(hits);
    }

    public List<HiddenLink> hiddenLinks() {
        return List.copyOf(hiddenLinks);
    }

    public void addHiddenLinks(List<HiddenLink> links) {
        hiddenLinks.addAll(links);
    }

    public List<PoisonedLink> poisonedLinks() {
        return List.copyOf(poisonedLinks);
    }

    public void addPoisonedLinks(List<PoisonedLink> links) {
        poisonedLinks.addAll(links);
    }

    /** Every finding of every check so far, in the order they were added. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public void addFindings(List<Finding> found) {
        findings.addAll(found);
    }

    public @Nullable GovCheck govCheck() {
        return govCheck;
    }

    public void setGovCheck(GovCheck value) {
        govCheck = value;
    }

    public List<IndicatorProposal> cstcProposals() {
        return List.copyOf(cstcProposals);
    }

    public void addCstcProposals(List<IndicatorProposal> proposals) {
        cstcProposals.addAll(proposals);
    }
}
