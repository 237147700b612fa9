package org.goveval.server.monitoring;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.server.campaign.Campaigns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Availability probes on schedule: one db-scheduler job per website ({@code site-probe}, named by the
 * website's id, for the websites of campaigns collecting today: {@link MonitoringWindow}) that probes the home
 * page once and reschedules itself {@code goveval.probes.interval} later,
 * give or take {@code goveval.probes.jitter}; every {@code goveval.probes.snapshot-every} (6 h) a probe also
 * keeps a snapshot of what the home page lists, for scans to compare with. The defaults (60 min ± 12 min) give 24 probes a day on average
 * and never fewer than 20, as the State Council availability rule asks. A planner job makes sure every
 * website has its probe job, including websites added after the start.
 */
@Configuration
public class ProbeJobs {
    static final String PROBE = "site-probe";
    static final String PLANNER = "probe-planner";
    private static final Logger LOG = LoggerFactory.getLogger(ProbeJobs.class);

    @Bean
    JitteredInterval probeSchedule(
            @Value("${goveval.probes.interval:PT60M}") Duration interval,
            @Value("${goveval.probes.jitter:PT12M}") Duration jitter) {
        return new JitteredInterval(interval, jitter, new SecureRandom());
    }

    @Bean
    CustomTask<Long> siteProbeTask(
            JitteredInterval schedule,
            Campaigns campaigns,
            ServerMonitor monitors,
            Probes probes,
            HomepageSnapshots snapshots,
            MonitoringWindow window,
            MonitoringMetrics metrics,
            Clock clock,
            @Value("${goveval.probes.snapshot-every:PT6H}") Duration snapshotEvery) {
        return Tasks.custom(PROBE, Long.class)
                // before any scan waiting for a thread: a probe takes seconds, and a late one skews the day's count
                .defaultPriority(Priority.HIGH)
                .onFailureReschedule(schedule)
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    long websiteId = instance.getData();
                    Optional<Campaigns.Website> website = campaigns.website(websiteId);
                    if (website.isEmpty() || !window.watches(websiteId)) {
                        // gone, or its campaign is not collecting today: the planner brings the job back
                        // when the campaign's collection period starts (again)
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    URI url = URI.create(website.get().url());
                    Monitor monitor = monitors.forWebsite(website.get().demoSite() != null);
                    ProbeResult result = monitor.probe(url);
                    probes.record(websiteId, result);
                    metrics.probed(result);
                    // now and then, what the home page lists: scans compare the home page with it
                    boolean due = snapshots
                            .lastProbeSnapshot(websiteId)
                            .map(last -> !last.plus(snapshotEvery).isAfter(clock.instant()))
                            .orElse(true);
                    if (!result.outcome().isFailure() && due) {
                        monitor.homepageSnapshot(url)
                                .ifPresent(taken -> snapshots.record(websiteId, HomepageSnapshots.Source.PROBE, taken));
                    }
                    return new CompletionHandler.OnCompleteReschedule<>(schedule);
                });
    }

    @Bean
    RecurringTask<Void> probePlannerTask(
            @Value("${goveval.probes.planner-delay:PT5M}") Duration delay, @Lazy Planner planner) {
        return Tasks.recurring(PLANNER, FixedDelay.of(delay)).execute((instance, context) -> planner.plan());
    }

    /**
     * Gives every website watched today ({@link MonitoringWindow}) without a probe job its first probe, at a
     * random moment of the first interval.
     */
    @org.springframework.stereotype.Service
    public static class Planner {
        private final MonitoringWindow window;
        private final SchedulerClient scheduler;
        private final CustomTask<Long> task;
        private final JitteredInterval schedule;
        private final Clock clock;
        private final boolean enabled;

        public Planner(
                MonitoringWindow window,
                @Lazy SchedulerClient scheduler,
                CustomTask<Long> task,
                JitteredInterval schedule,
                Clock clock,
                @Value("${goveval.probes.enabled:true}") boolean enabled) {
            this.window = window;
            this.scheduler = scheduler;
            this.task = task;
            this.schedule = schedule;
            this.clock = clock;
            this.enabled = enabled;
        }

        public int plan() {
            if (!enabled) {
                return 0;
            }
            int added = 0;
            for (long id : window.websites()) {
                if (scheduler.scheduleIfNotExists(
                        task.instance(String.valueOf(id), id), schedule.first(clock.instant()))) {
                    added++;
                }
            }
            if (added > 0) {
                LOG.info("scheduled availability probes for {} websites", added);
            }
            return added;
        }
    }
}
