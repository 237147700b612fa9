package org.goveval.monitor.scan;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiPredicate;
import org.goveval.monitor.crawl.Frontier;
import org.goveval.monitor.crawl.FrontierEntry;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.Link;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.LinkChecker;
import org.goveval.monitor.links.LinkExtractor;
import org.goveval.monitor.links.LinkType;
import org.goveval.monitor.links.Verdict;

/**
 * One scan in progress: the frontier, the shared state and the workers. Every task (crawl a page, check a
 * link) is counted while it runs; the scan is complete when none is left.
 */
final class ScanRun {
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private final URI site;
    private final ScanSettings settings;
    private final SiteAccess access;
    private final LinkChecker checker;
    private final BiPredicate<PageContent, URI> soft404;
    private final ScanListener listener;
    private final Clock clock;
    private final Optional<Path> checkpoint;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final LinkExtractor extractor = new LinkExtractor(normalizer);
    private final ScanState state = new ScanState();
    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore slots;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger pagesSinceCheckpoint = new AtomicInteger();
    private final AtomicLong lastProgress = new AtomicLong();
    private final Instant started;
    private Frontier frontier;
    private volatile boolean cancelled;

    ScanRun(
            URI site,
            ScanSettings settings,
            SiteAccess access,
            LinkChecker checker,
            BiPredicate<PageContent, URI> soft404,
            ScanListener listener,
            Clock clock,
            Optional<Path> checkpoint) {
        this.site = site;
        this.settings = settings;
        this.access = access;
        this.checker = checker;
        this.soft404 = soft404;
        this.listener = listener;
        this.clock = clock;
        this.checkpoint = checkpoint;
        this.slots = new Semaphore(settings.workers());
        this.frontier = new Frontier(site, settings.crawl());
        this.started = clock.instant();
    }

    ScanState state() {
        return state;
    }

    void start() {
        state.homepages.add(site.toString());
        frontier.offer(site, 0);
        drain();
    }

    /** Continues a saved scan: its frontier, its verdicts, and the links found but not yet judged. */
    void resume(ScanCheckpoint.Saved saved) {
        frontier = Frontier.restore(site, settings.crawl(), saved.frontier());
        saved.restoreInto(state);
        List<String> queued =
                saved.frontier().queue().stream().map(e -> e.uri().toString()).toList();
        for (String target : state.dispatched) {
            if (!state.checks.containsKey(target) && !queued.contains(target) && !state.traps.contains(target)) {
                submitCheck(URI.create(target), LinkType.ANCHOR);
            }
        }
        drain();
    }

    /** Blocks until every task is done; then checks the pages the page budget left uncrawled. */
    void awaitCompletion() throws InterruptedException {
        try {
            awaitIdle();
            for (FrontierEntry left : frontier.snapshot().queue()) {
                submitCheck(left.uri(), LinkType.ANCHOR);
            }
            awaitIdle();
        } catch (InterruptedException e) {
            cancel();
            throw e;
        } finally {
            pool.shutdownNow();
        }
        reportProgress(true);
    }

    /**
     * Stops the workers; what they were doing is discarded (an interrupted fetch would read as a timeout) and
     * stays to do in the checkpoint, which is saved one last time.
     */
    private void cancel() {
        cancelled = true;
        pool.shutdownNow();
        try {
            pool.awaitTermination(CANCEL_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
        checkpoint.ifPresent(file -> ScanCheckpoint.save(file, site, started, frontier.snapshot(), state));
    }

    private void awaitIdle() throws InterruptedException {
        lock.lock();
        try {
            while (pending.get() > 0) {
                idle.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void drain() {
        for (Optional<FrontierEntry> e = frontier.next(); e.isPresent(); e = frontier.next()) {
            FrontierEntry entry = e.get();
            submit(() -> {
                try {
                    crawl(entry);
                } finally {
                    if (!cancelled) { // a cancelled page stays in flight: the checkpoint puts it back in the queue
                        frontier.done(entry);
                    }
                }
            });
        }
    }

    private void submit(Runnable task) {
        pending.incrementAndGet();
        pool.execute(() -> {
            try {
                slots.acquire();
                try {
                    task.run();
                } finally {
                    slots.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (pending.decrementAndGet() == 0) {
                    signalIdle();
                }
            }
        });
    }

    private void signalIdle() {
        lock.lock();
        try {
            idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void crawl(FrontierEntry entry) {
        URI url = entry.uri();
        Optional<LinkCheck> refused =
                LinkChecker.beforeFetch(url, access.robots().apply(url));
        if (refused.isPresent()) {
            state.checks.put(url.toString(), refused.get());
            return;
        }
        FetchResult result = access.fetch().apply(FetchRequest.get(url, settings.maxPageBytes()));
        if (cancelled) {
            return;
        }
        state.crawled.add(url.toString());
        Optional<PageContent> page = access.read().apply(result);
        state.checks.put(
                url.toString(),
                LinkChecker.judge(
                        url, result, () -> page.map(p -> soft404.test(p, url)).orElse(false)));
        if (page.isPresent() && state.checks.get(url.toString()).verdict() == Verdict.OK) {
            asPageOf(url, page.get()).ifPresent(pageUri -> links(pageUri, page.get(), entry.depth()));
        }
        afterPage();
    }

    /**
     * Dispatches a page's links, unless an earlier page had the same text and the same links (the same page
     * under another URL: {@code /} and {@code /index.html}, a session or tracking parameter): then the page
     * is recorded as a duplicate and its links are attributed to the first one only.
     */
    private void links(URI pageUri, PageContent page, int depth) {
        List<Link> links = extractor.extract(page.document());
        String fingerprint = PageFingerprint.of(page.text(), links);
        String first = state.fingerprints.putIfAbsent(fingerprint, pageUri.toString());
        if (first != null && !first.equals(pageUri.toString())) {
            state.duplicates.put(pageUri.toString(), first);
            if (state.homepages.contains(pageUri.toString())) {
                state.homepages.add(first);
            }
            return;
        }
        String pageKey = pageUri.toString(); // one string per page, shared by all its links
        links.forEach(link -> onLink(pageKey, link, depth));
    }

    /** The URL a page's links are attributed to: its own, or where it redirected if that is new and in scope. */
    private Optional<URI> asPageOf(URI requested, PageContent page) {
        Optional<URI> landed = normalizer.normalize(page.uri().toString());
        if (landed.isEmpty() || landed.get().equals(requested)) {
            return Optional.of(requested);
        }
        if (!settings.crawl().scope().contains(site, landed.get()) || !frontier.claim(landed.get())) {
            return Optional.empty();
        }
        if (state.homepages.contains(requested.toString())) {
            state.homepages.add(landed.get().toString());
        }
        return landed;
    }

    private void onLink(String page, Link link, int depth) {
        String target = link.target().toString();
        state.addSource(target, page);
        if (!state.dispatched.add(target)) {
            return;
        }
        boolean crawlable = (link.type() == LinkType.ANCHOR || link.type() == LinkType.FRAME)
                && !LinkChecker.isAttachment(link.target())
                && settings.crawl().scope().contains(site, link.target());
        if (!crawlable) {
            submitCheck(link.target(), link.type());
            return;
        }
        switch (frontier.offer(link.target(), depth + 1)) {
            case QUEUED -> drain();
            case TOO_DEEP -> submitCheck(link.target(), link.type());
            case TRAP -> state.traps.add(target);
            case ALREADY_SEEN, OUT_OF_SCOPE -> {
                // crawled already, or reached through a redirect and crawled under that name
            }
        }
    }

    private void submitCheck(URI target, LinkType type) {
        submit(() -> {
            LinkCheck check = checker.check(target, type);
            if (!cancelled) {
                state.checks.put(target.toString(), check);
                reportProgress(false);
            }
        });
    }

    private void afterPage() {
        reportProgress(false);
        if (checkpoint.isPresent()
                && !cancelled
                && pagesSinceCheckpoint.incrementAndGet() >= settings.checkpointEveryPages()) {
            pagesSinceCheckpoint.set(0);
            ScanCheckpoint.save(checkpoint.get(), site, started, frontier.snapshot(), state);
        }
    }

    private void reportProgress(boolean force) {
        long now = clock.millis();
        long last = lastProgress.get();
        if (!force && (now - last < PROGRESS_INTERVAL.toMillis() || !lastProgress.compareAndSet(last, now))) {
            return;
        }
        listener.progress(new ScanProgress(
                state.crawled.size(),
                frontier.queued(),
                state.checks.size(),
                state.errors(),
                Duration.between(started, clock.instant())));
    }
}
