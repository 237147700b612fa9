package org.goveval.server.monitoring;

/** A scan's life: queued in the scheduler, running on a node, then done or failed. */
public enum ScanState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
