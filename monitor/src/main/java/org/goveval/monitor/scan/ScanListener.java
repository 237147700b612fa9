package org.goveval.monitor.scan;

/** Hears about a scan's progress; called from worker threads, at most a few times a second. */
@FunctionalInterface
public interface ScanListener {
    void progress(ScanProgress progress);

    /**
     * Called once, before any work, when the scan resumes from a checkpoint instead of starting over: what the
     * checkpoint held (pages crawled, links judged), so that a caller can show that the earlier work was kept.
     */
    default void resumed(ScanProgress saved) {}

    static ScanListener none() {
        return p -> {};
    }
}
