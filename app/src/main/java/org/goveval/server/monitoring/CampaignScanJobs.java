package org.goveval.server.monitoring;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.goveval.server.campaign.CampaignState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Full scans on the campaigns' schedule: a recurring job ({@code campaign-scans}, every {@code
 * goveval.scans.check-every}, default 1 h) queues a scan of every website the server watches today ({@link
 * MonitoringWindow}) whose last scan was requested more than {@code goveval.scans.every} ago (default 7 days) or that was never
 * scanned. A website with a scan still queued or running gets none, however old that scan is. The job is a
 * db-scheduler recurring task, so one node runs it at a time.
 */
@Configuration
public class CampaignScanJobs {
    static final String TASK = "campaign-scans";
    /** Who requested a scheduled scan, in the scan table. */
    public static final String REQUESTED_BY = "schedule";

    private static final Logger LOG = LoggerFactory.getLogger(CampaignScanJobs.class);

    @Bean
    RecurringTask<Void> campaignScansTask(
            @Value("${goveval.scans.check-every:PT1H}") Duration checkEvery, @Lazy Schedule schedule) {
        return Tasks.recurring(TASK, new EveryAfterStart(checkEvery))
                .execute((instance, context) -> schedule.queueDue());
    }

    /** Which websites are due for a scheduled scan, and queueing them. */
    @org.springframework.stereotype.Service
    public static class Schedule {
        private final JdbcClient jdbc;
        private final ScanJobs.Queue queue;
        private final Clock clock;
        private final Duration every;
        private final MonitoringWindow window;

        public Schedule(
                JdbcClient jdbc,
                ScanJobs.Queue queue,
                Clock clock,
                MonitoringWindow window,
                @Value("${goveval.scans.every:P7D}") Duration every) {
            this.window = window;
            this.jdbc = jdbc;
            this.queue = queue;
            this.clock = clock;
            this.every = every;
        }

        /**
         * The websites (ids, ascending) watched today ({@link MonitoringWindow}: campaign in collection, today in
         * its collection period) that have no scan queued or running and none requested after {@code cutoff}. A failed scan counts as a scan: a site that fails is tried again
         * next period, not every hour.
         */
        public List<Long> due(Instant cutoff) {
            return jdbc.sql("select w.id from website w join target t on t.id = w.target_id"
                            + " join campaign c on c.id = t.campaign_id"
                            + " where " + MonitoringWindow.WATCHED + " and not exists (select 1 from scan s"
                            + " where s.website_id = w.id and (s.state in (:queued, :running) or s.requested_at > :cutoff))"
                            + " order by w.id")
                    .param("collection", CampaignState.COLLECTION.name())
                    .param("today", window.today())
                    .param("queued", ScanState.QUEUED.name())
                    .param("running", ScanState.RUNNING.name())
                    .param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                    .query(Long.class)
                    .list();
        }

        /** Queues a scan of every due website; returns their ids. */
        public List<Long> queueDue() {
            List<Long> due = due(clock.instant().minus(every));
            for (long website : due) {
                queue.scan(website, REQUESTED_BY);
            }
            if (!due.isEmpty()) {
                LOG.info("queued scheduled scans of {} websites", due.size());
            }
            return due;
        }
    }
}
