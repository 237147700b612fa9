package org.goveval.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Priority;
import org.junit.jupiter.api.Test;

class ScanPriorityTest {
    @Test
    void aScanSomeoneAskedForGoesBeforeTheScheduledOnes() {
        assertThat(ScanJobs.Queue.priority("evaluator1")).isEqualTo(Priority.MEDIUM);
        assertThat(ScanJobs.Queue.priority(CampaignScanJobs.REQUESTED_BY)).isEqualTo(Priority.LOW);
        assertThat(ScanJobs.Queue.priority("evaluator1")).isGreaterThan(ScanJobs.Queue.priority("schedule"));
    }
}
