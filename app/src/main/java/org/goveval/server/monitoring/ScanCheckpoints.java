package org.goveval.server.monitoring;

import java.time.Clock;
import org.goveval.monitor.scan.CheckpointStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The scans' checkpoints, in the shared database ({@code scan_checkpoint}); see {@link DatabaseCheckpointStore}. */
@Component
public class ScanCheckpoints {
    private final JdbcClient jdbc;
    private final Clock clock;

    public ScanCheckpoints(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The checkpoint of a scan as {@code node} runs it: only while the scan is RUNNING on that node is it saved. */
    public CheckpointStore forScan(long scanId, String node) {
        return new DatabaseCheckpointStore(jdbc, clock, scanId, node);
    }
}
