package org.goveval.monitor.report;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Finding;
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
 * The result of scanning one site. Its JSON form is a published contract: fields are only ever added
 * ({@code docs/scan-report.schema.json}).
 *
 * @param site the home page as scanned
 * @param startedAt ISO-8601 instant the scan started
 * @param pagesCrawled HTML pages fetched and parsed (crawled URLs that were dead or not HTML are not counted)
 * @param linksChecked unique URLs judged (crawled pages included)
 * @param brokenLinks broken links, sorted by URL, each with since when it has been broken ({@link FirstSeen})
 * @param blockedOrThrottled links answered 403 twice, the second time at the end of the scan (kind BLOCKED), or
 *     429 after the retries (kind THROTTLED)
 * @param skippedLinks links not fetched: robots.txt disallows them, or their address is private
 * @param crawledPages every page crawled, sorted
 * @param duplicatePages crawled URLs that serve the same page as another, sorted
 * @param truncatedPages crawled pages longer than the page cap, read and checked up to the cap only, sorted
 * @param columns the site's columns (栏目), sorted by URL; empty when content checks did not run
 * @param homepageUpdates whether the home page shows new content; null when not checked
 * @param marks the identification marks; null when not checked
 * @param network IPv6 and HTTPS; null when not checked
 * @param functions search, interaction, service guides and more; null when not checked
 * @param wordingErrors dictionary hits (wrong political expressions, outdated names, sensitive words)
 * @param hiddenLinks links a visitor cannot see (暗链)
 * @param poisonedLinks external links whose target serves gambling or pornographic content
 * @param findings every problem the content checks found, each with its evidence
 * @param govCheck the State Council checks' verdict; null when not checked
 * @param cstcProposals proposed scores for the CSTC indicators the monitor can inform
 */
public record ScanReport(
        int schemaVersion,
        String site,
        String startedAt,
        long durationMillis,
        int pagesCrawled,
        int linksChecked,
        List<BrokenLinkFinding> brokenLinks,
        List<BrokenLinkFinding> blockedOrThrottled,
        List<SkippedLink> skippedLinks,
        List<String> crawledPages,
        List<DuplicatePage> duplicatePages,
        List<String> truncatedPages,
        List<ColumnReport> columns,
        @Nullable HomepageUpdates homepageUpdates,
        @Nullable Marks marks,
        @Nullable NetworkReport network,
        @Nullable FunctionsReport functions,
        List<WordingHit> wordingErrors,
        List<HiddenLink> hiddenLinks,
        List<PoisonedLink> poisonedLinks,
        List<Finding> findings,
        @Nullable GovCheck govCheck,
        List<IndicatorProposal> cstcProposals) {

    /** Bumped only for additions; readers of version 1 can read every later version. */
    public static final int SCHEMA_VERSION = 1;

    public ScanReport {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(startedAt, "startedAt");
        brokenLinks = List.copyOf(brokenLinks);
        blockedOrThrottled = List.copyOf(blockedOrThrottled);
        skippedLinks = List.copyOf(skippedLinks);
        crawledPages = List.copyOf(crawledPages);
        duplicatePages = List.copyOf(duplicatePages);
        truncatedPages = List.copyOf(truncatedPages);
        columns = List.copyOf(columns);
        wordingErrors = List.copyOf(wordingErrors);
        hiddenLinks = List.copyOf(hiddenLinks);
        poisonedLinks = List.copyOf(poisonedLinks);
        findings = List.copyOf(findings);
        cstcProposals = List.copyOf(cstcProposals);
    }

    /** This report with other link findings (the same links with their history, see {@link FirstSeen}). */
    public ScanReport withLinkFindings(List<BrokenLinkFinding> broken, List<BrokenLinkFinding> blocked) {
        return new ScanReport(
                schemaVersion,
                site,
                startedAt,
                durationMillis,
                pagesCrawled,
                linksChecked,
                broken,
                blocked,
                skippedLinks,
                crawledPages,
                duplicatePages,
                truncatedPages,
                columns,
                homepageUpdates,
                marks,
                network,
                functions,
                wordingErrors,
                hiddenLinks,
                poisonedLinks,
                findings,
                govCheck,
                cstcProposals);
    }
}
