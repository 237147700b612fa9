package org.goveval.monitor.scan;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.goveval.monitor.content.ContentChecks;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.ScanFacts;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.LinkChecker;
import org.goveval.monitor.links.Soft404Detector;
import org.goveval.monitor.report.ScanReport;

/**
 * Scans one site: crawls it breadth-first from the home page and judges every unique link found on the
 * crawled pages once (crawled pages by their own fetch, other links by {@link LinkChecker}). Work runs on
 * virtual threads; politeness and robots.txt come with {@link SiteAccess}. With a checkpoint (a file, or any
 * {@link CheckpointStore}) the scan saves its state as it goes and resumes from it after an interruption.
 */
public final class SiteScanner {
    private final ScanSettings settings;
    private final SiteAccess access;
    private final Clock clock;
    private final ContentChecks content;
    private final UrlNormalizer normalizer = new UrlNormalizer();

    /** A scanner that checks links only. */
    public SiteScanner(ScanSettings settings, SiteAccess access, Clock clock) {
        this(settings, access, clock, ContentChecks.none());
    }

    /**
     * @param content the content checks of this scan (new instances: a check serves one scan); copies of the
     *     pages findings cite go to the store they were built with ({@link ContentChecks#evidence()})
     */
    public SiteScanner(ScanSettings settings, SiteAccess access, Clock clock, ContentChecks content) {
        this.settings = settings;
        this.access = access;
        this.clock = clock;
        this.content = content;
    }

    /**
     * Scans a site.
     *
     * @param home the home page, an absolute http(s) URL
     * @param checkpoint a file to save progress in and resume from; deleted when the scan completes
     * @throws IllegalArgumentException when {@code home} is not an absolute http(s) URL
     * @throws InterruptedException when interrupted; the checkpoint (if any) holds the progress so far
     */
    public ScanReport scan(URI home, ScanListener listener, Optional<Path> checkpoint) throws InterruptedException {
        return run(home, listener, checkpoint.map(CheckpointStore::file));
    }

    /**
     * Scans a site, saving progress in {@code checkpoint} and resuming from what it holds.
     *
     * @param checkpoint where the checkpoint lives; {@link CheckpointStore#delete} is called when the scan completes
     * @throws IllegalArgumentException when {@code home} is not an absolute http(s) URL
     * @throws InterruptedException when interrupted; the store holds the progress so far
     */
    public ScanReport scan(URI home, ScanListener listener, CheckpointStore checkpoint) throws InterruptedException {
        return run(home, listener, Optional.of(checkpoint));
    }

    private ScanReport run(URI home, ScanListener listener, Optional<CheckpointStore> checkpoint)
            throws InterruptedException {
        URI requested = normalizer
                .normalize(home.toString())
                .orElseThrow(() -> new IllegalArgumentException("not an absolute http or https URL: " + home));
        Instant started = clock.instant();
        Optional<ScanCheckpoint.Saved> saved = checkpoint.flatMap(store -> ScanCheckpoint.load(store));
        if (saved.isPresent() && !saved.get().requested().equals(requested.toString())) {
            throw new IllegalStateException("scan checkpoint " + checkpoint.get() + " belongs to a scan of "
                    + saved.get().requested() + ", not " + requested + "; delete it or name another file");
        }
        URI site = saved.map(s -> URI.create(s.site())).orElse(requested);
        Set<String> homepages = ConcurrentHashMap.newKeySet();
        homepages.add(requested.toString());
        homepages.add(site.toString());
        Soft404Detector detector = soft404Detector();
        BiPredicate<PageContent, URI> soft404 = (page, asked) -> detector.isSoft404(
                new Soft404Detector.PageText(page.uri(), page.title(), page.text()),
                asked,
                homepages.contains(asked.toString()));
        PageObserver observer = content.observer();
        LinkChecker checker = new LinkChecker(
                access.fetch(),
                access.robots(),
                result -> access.read()
                        .apply(result)
                        .map(page -> {
                            observer.page(new CrawledPage(
                                    result.requested(),
                                    CrawledPage.Role.LINKED,
                                    -1,
                                    false,
                                    result,
                                    page.document(),
                                    page.text()));
                            return soft404.test(page, result.requested());
                        })
                        .orElse(false));
        ScanRun run = new ScanRun(
                site, requested, homepages, settings, access, checker, soft404, observer, listener, clock, checkpoint);
        saved.ifPresentOrElse(run::resume, run::start);
        run.awaitCompletion();
        ContentResults results = content.finish(context(run));
        checkpoint.ifPresent(CheckpointStore::delete);
        Instant startedAt = saved.map(s -> Instant.parse(s.startedAt())).orElse(started);
        return ReportAssembler.assemble(
                run.site(), startedAt, Duration.between(startedAt, clock.instant()), run.state(), results);
    }

    private SiteContext context(ScanRun run) {
        ScanState state = run.state();
        ScanFacts facts = new ScanFacts() {
            @Override
            public Optional<LinkCheck> verdict(String url) {
                return Optional.ofNullable(state.checks.get(url));
            }

            @Override
            public List<String> sourcesOf(String url) {
                return state.sourcesOf(url);
            }

            @Override
            public List<String> crawledPages() {
                return state.crawled.stream().sorted().toList();
            }

            @Override
            public List<String> brokenLinks() {
                return state.checks.entrySet().stream()
                        .filter(e -> e.getValue().verdict() == org.goveval.monitor.links.Verdict.BROKEN)
                        .map(java.util.Map.Entry::getKey)
                        .sorted()
                        .toList();
            }
        };
        return new SiteContext(
                run.site(),
                state.homepages,
                access.fetch(),
                access.robots(),
                result -> access.read().apply(result).map(PageContent::document),
                facts,
                content.evidence(),
                clock);
    }

    private Soft404Detector soft404Detector() {
        return new Soft404Detector(uri -> {
            FetchResult result = access.fetch().apply(FetchRequest.get(uri, LinkChecker.PAGE_CHECK_BYTES));
            if (result.failure().isPresent() || result.status() >= 500 || result.status() == 429) {
                return Soft404Detector.MissingAnswer.failed(); // learn nothing from a bad moment
            }
            return new Soft404Detector.MissingAnswer(
                    true,
                    access.read().apply(result).map(p -> new Soft404Detector.PageText(p.uri(), p.title(), p.text())));
        });
    }
}
