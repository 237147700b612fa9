package org.goveval.monitor.crawl;

import java.util.List;

/**
 * A frontier frozen for a checkpoint: what is still to crawl (pages in flight at the time go back to the
 * queue), every URL seen, and how many pages were taken.
 */
public record FrontierState(List<FrontierEntry> queue, List<String> seen, int taken) {
    public FrontierState {
        queue = List.copyOf(queue);
        seen = List.copyOf(seen);
    }
}
