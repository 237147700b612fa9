package org.goveval.server.monitoring;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Scans as db-scheduler jobs on the shared database: one job per scan of one website, so any node can run
 * it, none runs it twice at once (the scheduler picks each execution with an optimistic lock), and a dead
 * node's job is revived by another node after missed heartbeats.
 */
@Configuration
public class ScanJobs {
    static final String TASK = "site-scan";

    /** This node's name in the scan table: host and process id. */
    static String node() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    @Bean
    OneTimeTask<Long> siteScanTask(ScanRunner runner) {
        return Tasks.oneTime(TASK, Long.class)
                .defaultPriority(Priority.MEDIUM)
                // an interrupted scan (node shutting down) is retried soon, and resumes from its checkpoint
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(10)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(instance.getData(), node()));
    }

    /**
     * Queues scans: a row in {@code scan} (committed first, so the node that picks the job always finds it),
     * then a job in {@code scheduled_tasks} named by the scan's id. Should the second step fail, {@link
     * #requeueOrphans} schedules the scan again at the next start; scheduling is idempotent by name.
     */
    @org.springframework.stereotype.Service
    public static class Queue {
        private final Scans scans;
        private final SchedulerClient scheduler;
        private final OneTimeTask<Long> task;
        private final Clock clock;

        public Queue(Scans scans, @Lazy SchedulerClient scheduler, OneTimeTask<Long> task, Clock clock) {
            this.scans = scans;
            this.scheduler = scheduler;
            this.task = task;
            this.clock = clock;
        }

        public long scan(long websiteId, String requestedBy) {
            long id = scans.queue(websiteId, requestedBy);
            schedule(id, requestedBy);
            return id;
        }

        /** Schedules every queued or running scan again; those that still have their job are left alone. */
        public int requeueOrphans() {
            int scheduled = 0;
            for (long id : scans.unfinished()) {
                String requestedBy = scans.scan(id).map(Scans.Scan::requestedBy).orElse("");
                if (schedule(id, requestedBy)) {
                    scheduled++;
                }
            }
            return scheduled;
        }

        /**
         * A scan someone asked for goes before the week's scheduled ones (db-scheduler picks due executions by
         * priority first): an evaluator who presses 检测 should not wait behind a campaign's whole backlog.
         * Probes go before both ({@link ProbeJobs}), as they are short and their timing matters.
         */
        static int priority(String requestedBy) {
            return CampaignScanJobs.REQUESTED_BY.equals(requestedBy) ? Priority.LOW : Priority.MEDIUM;
        }

        private boolean schedule(long id, String requestedBy) {
            return scheduler.scheduleIfNotExists(task.instanceBuilder(String.valueOf(id))
                    .data(id)
                    .priority(priority(requestedBy))
                    .scheduledTo(clock.instant()));
        }
    }
}
