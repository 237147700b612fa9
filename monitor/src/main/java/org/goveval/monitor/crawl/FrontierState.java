package org.goveval.monitor.crawl;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A frontier frozen for a checkpoint: what is still to crawl (pages in flight at the time go back to the
 * queue), every URL seen, how many pages were taken, and the spider-trap guard's counts of query variants
 * per path (so that a resumed crawl does not grant a pager trap a fresh allowance).
 *
 * @param queryVariants path → query variants accepted so far; absent in checkpoints written before it existed
 */
public record FrontierState(
        List<FrontierEntry> queue,
        List<String> seen,
        int taken,
        @Nullable Map<String, Integer> queryVariants) {
    public FrontierState {
        queue = List.copyOf(queue);
        seen = List.copyOf(seen);
        queryVariants = queryVariants == null ? Map.of() : Map.copyOf(queryVariants);
    }

    public FrontierState(List<FrontierEntry> queue, List<String> seen, int taken) {
        this(queue, seen, taken, Map.of());
    }
}
