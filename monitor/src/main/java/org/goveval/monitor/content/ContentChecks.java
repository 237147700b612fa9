package org.goveval.monitor.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.columns.ColumnRules;
import org.goveval.monitor.content.columns.ColumnsCheck;
import org.goveval.monitor.content.functions.FunctionsCheck;
import org.goveval.monitor.content.govcheck.GovCheckCheck;
import org.goveval.monitor.content.marks.MarksCheck;
import org.goveval.monitor.content.network.NetworkCheck;
import org.goveval.monitor.content.wording.HiddenLinkCheck;
import org.goveval.monitor.content.wording.PoisonedLinkCheck;
import org.goveval.monitor.content.wording.WordingCheck;
import org.goveval.monitor.content.wording.WordingDictionary;
import org.goveval.monitor.fetch.FetchSettings;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.net.TlsTrust;

/**
 * The content checks of one scan, in the order they finish. {@link #standard} lists the checks every scan
 * runs unless content checks are turned off.
 */
public final class ContentChecks {
    private final List<SiteCheck> checks;
    private final EvidenceStore evidence;
    private final PageObserver observer;
    private final CheckFailures failures = new CheckFailures();

    /** Checks that keep no copies of the pages they cite. */
    public ContentChecks(List<SiteCheck> checks) {
        this(checks, EvidenceStore.NONE);
    }

    /**
     * @param evidence the store the checks were built with: the scan hands it to them again when they finish
     *     (pages they fetch then), so that all their copies go to one place
     */
    public ContentChecks(List<SiteCheck> checks, EvidenceStore evidence) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.checks = List.copyOf(checks);
        List<SiteCheck> named = this.checks;
        List<PageObserver> observers = named.stream().map(SiteCheck::observer).toList();
        this.observer = page -> {
            for (int i = 0; i < observers.size(); i++) {
                try {
                    observers.get(i).page(page);
                } catch (RuntimeException e) { // a check's bug must not end the crawl: see CheckFailures
                    failures.failed(
                            named.get(i).name(),
                            page.url().toString(),
                            page.result().fetchedAt(),
                            e);
                }
            }
        };
    }

    /** No content check: a links-only scan. */
    public static ContentChecks none() {
        return new ContentChecks(List.of());
    }

    /**
     * The standard checks with the strict SSRF guard (public addresses only, the system resolver) and the JDK's
     * certificate authorities, keeping no copies; see {@link #standard(ContentSettings, AddressPolicy, TlsTrust,
     * EvidenceStore)}.
     */
    public static ContentChecks standard(ContentSettings settings) {
        return standard(settings, new AddressPolicy(HostResolver.system(), false), TlsTrust.system());
    }

    /**
     * The standard checks keeping no copies of the pages they cite (findings still carry URL, time, status and
     * snippet); see {@link #standard(ContentSettings, AddressPolicy, TlsTrust, EvidenceStore)}.
     */
    public static ContentChecks standard(ContentSettings settings, AddressPolicy guard, TlsTrust trust) {
        return standard(settings, guard, trust, EvidenceStore.NONE);
    }

    /**
     * The standard checks, new instances for one scan; empty when {@code settings} turn them off.
     *
     * @param guard the scan's SSRF guard: checks that open their own connections (network) ask it first
     * @param trust the certificate authorities the scan trusts for https
     * @param evidence where copies of the pages findings may cite go; checks store them while they observe the
     *     pages, because they keep no page body past that
     * @throws org.goveval.monitor.content.wording.DictionaryException when a user dictionary cannot be loaded
     */
    public static ContentChecks standard(
            ContentSettings settings, AddressPolicy guard, TlsTrust trust, EvidenceStore evidence) {
        return standard(
                settings, guard, trust, evidence, FetchSettings.defaults().userAgent());
    }

    /**
     * The standard checks, as {@link #standard(ContentSettings, AddressPolicy, TlsTrust, EvidenceStore)}, whose
     * own requests (the network check's) send {@code userAgent}: the crawl's, so that a site sees one visitor.
     */
    public static ContentChecks standard(
            ContentSettings settings, AddressPolicy guard, TlsTrust trust, EvidenceStore evidence, String userAgent) {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(evidence, "evidence");
        if (!settings.enabled()) {
            return none();
        }
        WordingDictionary dictionary = WordingDictionary.load(settings.wording().dictionaries());
        ContentLimits limits = settings.limits();
        List<SiteCheck> checks = new ArrayList<>();
        checks.add(new ColumnsCheck(ColumnRules.defaults(), limits, evidence, settings.homepageHistory()));
        checks.add(new MarksCheck(evidence));
        checks.add(new NetworkCheck(settings.network(), guard, trust, userAgent));
        checks.add(new FunctionsCheck(limits, evidence));
        checks.add(new WordingCheck(dictionary, settings.wording(), limits, evidence));
        checks.add(new HiddenLinkCheck(settings.wording(), limits, evidence));
        checks.add(new PoisonedLinkCheck(dictionary, settings.wording(), limits, evidence));
        checks.add(GovCheckCheck.standard(settings.govCheck())); // last: reads what the others found
        return new ContentChecks(checks, evidence);
    }

    /** The store the checks keep their copies in; the scan's context hands the same one to {@code finish}. */
    public EvidenceStore evidence() {
        return evidence;
    }

    /** Every check's observer in turn. */
    public PageObserver observer() {
        return observer;
    }

    public boolean isEmpty() {
        return checks.isEmpty();
    }

    /** Finishes every check in order. */
    public ContentResults finish(SiteContext context) throws InterruptedException {
        ContentResults results = new ContentResults();
        results.addFindings(failures.findings()); // failures while observing, first: later checks see them
        for (SiteCheck check : checks) {
            try {
                check.finish(context, results);
            } catch (RuntimeException e) {
                CheckFailures failed = new CheckFailures();
                failed.failed(
                        check.name(), context.site().toString(), context.clock().instant(), e);
                results.addFindings(failed.findings());
            }
        }
        return results;
    }
}
