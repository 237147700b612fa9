package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.ScanFacts;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.links.LinkCheck;

/**
 * The State Council verdict ({@code gov-check-2019}) and the CSTC proposals, from what the earlier checks and
 * the link check found. Runs last: it reads the other checks' results and fetches nothing.
 */
public final class GovCheckCheck implements SiteCheck {
    private final Supplier<GovCheckSystem> system;
    private final Supplier<CstcMapping> mapping;
    private final GovCheckSettings settings;

    public GovCheckCheck(GovCheckSystem system, CstcMapping mapping, GovCheckSettings settings) {
        this(constant(system, "system"), constant(mapping, "mapping"), settings);
    }

    private GovCheckCheck(Supplier<GovCheckSystem> system, Supplier<CstcMapping> mapping, GovCheckSettings settings) {
        this.system = system;
        this.mapping = mapping;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    private static <T> Supplier<T> constant(T value, String name) {
        Objects.requireNonNull(value, name);
        return () -> value;
    }

    /**
     * The bundled 2019 checks and 2020 mapping, parsed when the first scan finishes (not while it crawls:
     * parsing the indicator systems is CPU work the crawl's timing need not share).
     */
    public static GovCheckCheck standard(GovCheckSettings settings) {
        return new GovCheckCheck(() -> Bundled.SYSTEM, () -> Bundled.MAPPING, settings);
    }

    /** Parsed once: the bundled files do not change while the program runs. */
    private static final class Bundled {
        static final GovCheckSystem SYSTEM = GovCheckSystem.bundled();
        static final CstcMapping MAPPING = CstcMapping.bundled();
    }

    @Override
    public String name() {
        return "govcheck";
    }

    @Override
    public void finish(SiteContext context, ContentResults results) {
        GovCheckInput input = GovCheckInput.of(
                context.site(), context.clock().instant(), results, brokenLinks(context), settings.probes());
        GovCheckEngine.Result verdict = new GovCheckEngine(system.get()).evaluate(input, settings);
        results.setGovCheck(verdict.govCheck());
        results.addFindings(verdict.findings());
        results.addCstcProposals(new CstcProposer(mapping.get()).propose(input, settings.cstcTargets()));
    }

    static List<BrokenLink> brokenLinks(SiteContext context) {
        ScanFacts facts = context.facts();
        return facts.brokenLinks().stream()
                .map(url -> facts.verdict(url).map(check -> link(url, check, facts.sourcesOf(url), context)))
                .flatMap(Optional::stream)
                .toList();
    }

    private static BrokenLink link(String url, LinkCheck check, List<String> sources, SiteContext context) {
        boolean onHomepage = sources.stream().anyMatch(context.homepages()::contains);
        return new BrokenLink(
                url,
                check.kind().map(Enum::name).orElse("BROKEN"),
                check.status().orElse(null),
                onHomepage,
                sources);
    }
}
