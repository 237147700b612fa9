package org.goveval.monitor.scan;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.crawl.Frontier;
import org.goveval.monitor.crawl.FrontierEntry;
import org.goveval.monitor.fetch.FetchRequest;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.LinkChecker;
import org.goveval.monitor.links.LinkType;
import org.goveval.monitor.links.Verdict;

/**
 * One scan in progress: the frontier, the shared state and the workers. Every task (crawl a page, check a
 * link) is counted while it runs; the scan is complete when none is left. Workers record their results
 * under the read side of a lock whose write side a checkpoint takes, so that a checkpoint is a consistent
 * cut of frontier and state.
 */
final class ScanRun {
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private final URI requested;
    private final ScanSettings settings;
    private final SiteAccess access;
    private final LinkChecker checker;
    private final BiPredicate<PageContent, URI> soft404;
    private final PageObserver observer;
    private final ScanListener listener;
    private final Clock clock;
    private final Optional<CheckpointStore> checkpoint;
    private final ScanState state;
    private final PageLinks pageLinks;
    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore slots;
    private final ReentrantLock idleLock = new ReentrantLock();
    private final Condition idle = idleLock.newCondition();
    private final ReentrantReadWriteLock cut = new ReentrantReadWriteLock();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong lastProgress = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** URLs answered 403 once and being asked again: their next answer is the second. */
    private final Set<String> askingAgain = ConcurrentHashMap.newKeySet();
    /** {@link System#nanoTime()} of the latest first 403: the wait before asking again counts from it. */
    private volatile long lastForbiddenNanos = System.nanoTime();

    private Instant started;
    private volatile URI site;
    private volatile Frontier frontier;
    private volatile boolean cancelled;

    ScanRun(
            URI site,
            URI requested,
            Set<String> homepages,
            ScanSettings settings,
            SiteAccess access,
            LinkChecker checker,
            BiPredicate<PageContent, URI> soft404,
            PageObserver observer,
            ScanListener listener,
            Clock clock,
            Optional<CheckpointStore> checkpoint) {
        this.site = site;
        this.requested = requested;
        this.settings = settings;
        this.access = access;
        this.checker = checker;
        this.soft404 = soft404;
        this.observer = observer;
        this.listener = listener;
        this.clock = clock;
        this.checkpoint = checkpoint;
        this.state = new ScanState(homepages);
        this.slots = new Semaphore(settings.workers());
        this.frontier = new Frontier(site, settings.crawl());
        this.started = clock.instant();
        this.pageLinks = new PageLinks(this);
    }

    ScanState state() {
        return state;
    }

    URI site() {
        return site;
    }

    Frontier frontier() {
        return frontier;
    }

    ScanSettings settings() {
        return settings;
    }

    void start() {
        frontier.offer(site, 0);
        drain();
    }

    /** Continues a saved scan: its frontier, its verdicts, and the links found but not yet judged. */
    void resume(ScanCheckpoint.Saved saved) {
        started = Instant.parse(saved.startedAt());
        frontier = Frontier.restore(site, settings.crawl(), saved.frontier());
        saved.restoreInto(state);
        listener.resumed(progress());
        Set<String> queued =
                saved.frontier().queue().stream().map(e -> e.uri().toString()).collect(Collectors.toSet());
        for (String target : List.copyOf(state.dispatched)) {
            if (!state.checks.containsKey(target) && !queued.contains(target) && !state.landed.contains(target)) {
                submitCheck(URI.create(target), state.pendingTypes.getOrDefault(target, LinkType.ANCHOR));
            }
        }
        drain();
    }

    /**
     * Blocks until every task is done, then asks again for the URLs answered 403 once and judges the links that
     * were too deep or beyond the page budget, until neither brings new work (a page that answers the second
     * time has links of its own). Rethrows the first unexpected failure of a task.
     */
    void awaitCompletion() throws InterruptedException {
        try (Checkpointer saver = checkpoint
                .map(f -> new Checkpointer(f, settings.checkpointInterval(), this::capture))
                .orElse(null)) {
            awaitIdle();
            while (!cancelled && (askForbiddenAgain() || finalChecks())) {
                awaitIdle();
            }
        } catch (InterruptedException e) {
            try {
                cancel();
            } catch (RuntimeException notSaved) { // the last periodic checkpoint stays: still resumable
                e.addSuppressed(notSaved);
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        Throwable failed = failure.get();
        if (failed != null) {
            checkpoint.ifPresent(store -> store.save(ScanCheckpoint.toBytes(capture())));
            throw new IllegalStateException("the scan of " + site + " failed: " + failed, failed);
        }
        reportProgress(true);
    }

    /** Checks what the crawl left: queued pages the budget did not reach, links too deep; whether there were any. */
    private boolean finalChecks() {
        boolean any = false;
        for (FrontierEntry left : frontier.snapshot().queue()) {
            if (!state.checks.containsKey(left.uri().toString())) { // queued, never crawled: the budget ran out
                submitCheck(left.uri(), LinkType.ANCHOR);
                any = true;
            }
        }
        for (String deep : List.copyOf(state.tooDeep)) {
            if (!state.checks.containsKey(deep) && state.dispatched.add(deep)) {
                submitCheck(URI.create(deep), LinkType.ANCHOR);
                any = true;
            }
        }
        return any;
    }

    /**
     * Asks once more for every URL answered 403 once and not asked again yet, no sooner than the settings' wait
     * after the latest such answer, through the same polite fetcher as everything else; whether there were any.
     * Only a 403 that persists is blocking: a server that refused for a moment (overload, a deploy, a firewall's
     * burst limit) and answers later is not reported.
     */
    private boolean askForbiddenAgain() throws InterruptedException {
        List<Map.Entry<String, AskAgain>> due = state.forbiddenOnce.entrySet().stream()
                .filter(e -> !askingAgain.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .toList();
        if (due.isEmpty()) {
            return false;
        }
        long wait = lastForbiddenNanos + settings.forbiddenRecheckAfter().toNanos() - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        for (Map.Entry<String, AskAgain> e : due) {
            askingAgain.add(e.getKey());
            URI url = URI.create(e.getKey());
            AskAgain how = e.getValue();
            if (how.crawlDepth() >= 0) {
                FrontierEntry page = new FrontierEntry(url, how.crawlDepth());
                submit(() -> crawl(page)); // taken from the frontier once already: not counted again
            } else {
                submitCheck(url, how.type());
            }
        }
        return true;
    }

    /**
     * The verdict to record for a URL: a first 403 stays BLOCKED for now and is remembered to be asked again;
     * the second answer stands, whatever it is, and a second 403 says so. Called under the checkpoint lock.
     */
    private LinkCheck unlessForbiddenOnce(String url, LinkCheck check, AskAgain how) {
        boolean second = askingAgain.contains(url);
        if (second) {
            state.forbiddenOnce.remove(url);
        }
        if (check.verdict() != Verdict.BLOCKED) {
            return check;
        }
        if (second) {
            return new LinkCheck(
                    check.url(), Verdict.BLOCKED, check.kind(), check.status(), check.detail() + ", and again later");
        }
        state.forbiddenOnce.put(url, how);
        lastForbiddenNanos = System.nanoTime();
        return check;
    }

    /** A consistent copy of frontier and state for a checkpoint. */
    private ScanCheckpoint.Saved capture() {
        cut.writeLock().lock();
        try {
            return ScanCheckpoint.capture(requested, site, started, frontier.snapshot(), state);
        } finally {
            cut.writeLock().unlock();
        }
    }

    /**
     * Stops the workers; what they were doing is discarded (an interrupted fetch would read as a timeout) and
     * stays to do in the checkpoint, which is saved one last time.
     */
    private void cancel() {
        cancelled = true;
        pool.shutdownNow();
        try {
            pool.awaitTermination(CANCEL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
        checkpoint.ifPresent(store -> store.save(ScanCheckpoint.toBytes(capture())));
    }

    private void awaitIdle() throws InterruptedException {
        idleLock.lock();
        try {
            while (pending.get() > 0) {
                idle.await();
            }
        } finally {
            idleLock.unlock();
        }
    }

    void drain() {
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
        if (cancelled) {
            return;
        }
        pending.incrementAndGet();
        try {
            pool.execute(() -> runCounted(task));
        } catch (RejectedExecutionException e) {
            finished(); // the pool is shutting down: the scan is being cancelled
        }
    }

    private void runCounted(Runnable task) {
        try {
            slots.acquire();
            try {
                task.run();
            } finally {
                slots.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            if (!cancelled && failure.compareAndSet(null, e)) {
                cancelled = true; // stop taking work; awaitCompletion reports the failure
            }
        } finally {
            finished();
        }
    }

    private void finished() {
        if (pending.decrementAndGet() == 0) {
            idleLock.lock();
            try {
                idle.signalAll();
            } finally {
                idleLock.unlock();
            }
        }
    }

    private void crawl(FrontierEntry entry) {
        URI url = entry.uri();
        Optional<LinkCheck> refused =
                LinkChecker.beforeFetch(url, access.robots().apply(url));
        if (refused.isPresent()) {
            record(() -> state.checks.put(url.toString(), refused.get()));
            return;
        }
        FetchResult result = access.fetch().apply(FetchRequest.get(url, settings.maxPageBytes()));
        Optional<PageContent> page = access.read().apply(result);
        LinkCheck check = LinkChecker.judge(
                url, result, () -> page.map(p -> soft404.test(p, url)).orElse(false));
        AtomicReference<URI> analysed = new AtomicReference<>();
        record(() -> {
            state.crawled.add(url.toString());
            state.checks.put(url.toString(), unlessForbiddenOnce(url.toString(), check, AskAgain.crawl(entry.depth())));
            if (page.isPresent() && check.verdict() == Verdict.OK) {
                state.parsed.add(url.toString());
                if (result.truncated()) {
                    state.truncated.add(url.toString());
                }
                pageLinks.process(url, page.get(), entry.depth()).ifPresent(analysed::set);
            }
        });
        URI pageUri = analysed.get();
        if (pageUri != null && !cancelled) { // outside the checkpoint lock: checks may take their time
            observer.page(new CrawledPage(
                    pageUri,
                    CrawledPage.Role.CRAWLED,
                    entry.depth(),
                    state.homepages.contains(pageUri.toString()),
                    result,
                    page.get().document(),
                    page.get().text()));
        }
        reportProgress(false);
    }

    void submitCheck(URI target, LinkType type) {
        state.pendingTypes.put(target.toString(), type);
        submit(() -> {
            LinkCheck check = checker.check(target, type);
            record(() -> {
                state.checks.put(
                        target.toString(), unlessForbiddenOnce(target.toString(), check, AskAgain.check(type)));
                state.pendingTypes.remove(target.toString());
            });
            reportProgress(false);
        });
    }

    /** Records a result unless the scan was cancelled, under the read side of the checkpoint lock. */
    private void record(Runnable change) {
        Lock read = cut.readLock();
        read.lock();
        try {
            if (!cancelled) {
                change.run();
            }
        } finally {
            read.unlock();
        }
    }

    /** The home page redirected off the scope: the crawl follows it (see {@link PageLinks}). */
    void rebase(URI landed) {
        site = landed;
        frontier.rebase(landed);
    }

    private void reportProgress(boolean force) {
        long now = clock.millis();
        long last = lastProgress.get();
        if (!force && (now - last < PROGRESS_INTERVAL.toMillis() || !lastProgress.compareAndSet(last, now))) {
            return;
        }
        listener.progress(progress());
    }

    private ScanProgress progress() {
        return new ScanProgress(
                state.crawled.size(),
                frontier.queued(),
                state.checks.size(),
                state.errors(),
                Duration.between(started, clock.instant()));
    }
}
