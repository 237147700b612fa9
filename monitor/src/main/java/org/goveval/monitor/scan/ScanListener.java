package org.goveval.monitor.scan;

/** Hears about a scan's progress; called from worker threads, at most a few times a second. */
@FunctionalInterface
public interface ScanListener {
    void progress(ScanProgress progress);

    static ScanListener none() {
        return p -> {};
    }
}
