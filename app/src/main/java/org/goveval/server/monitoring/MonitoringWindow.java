package org.goveval.server.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.goveval.server.campaign.CampaignState;
import org.goveval.server.campaign.Campaigns;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which websites the server watches today. A campaign's websites are probed and scanned on schedule while the
 * campaign is in collection and today lies in its collection period: from {@code collection_from} (when set)
 * up to the day before {@code review_from} (when set). The state is the working group's switch and the dates
 * bound it: a campaign moved into collection early waits for its first day, and one whose period has ended
 * stops costing the sites requests even if nobody has moved it to review yet.
 *
 * <p>Days are counted in {@code goveval.zone} (default Asia/Shanghai): the schedule is published in Beijing
 * time, and a server running on UTC would otherwise start a campaign eight hours late.
 */
@Component
public class MonitoringWindow {
    /** The SQL condition on a campaign aliased {@code c}; binds {@code :collection} and {@code :today}. */
    static final String WATCHED = "c.state = :collection"
            + " and (c.collection_from is null or c.collection_from <= :today)"
            + " and (c.review_from is null or c.review_from > :today)";

    /** Where a campaign's monitoring stands today. */
    public enum Status {
        /** Probes and scheduled scans run. */
        ACTIVE,
        /** Not in collection: nothing runs on schedule (scans on demand still do). */
        NOT_COLLECTING,
        /** In collection, but its collection period starts later. */
        NOT_STARTED,
        /** In collection, but its collection period is over: the campaign waits to be moved to review. */
        ENDED
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    public MonitoringWindow(JdbcClient jdbc, Clock clock, @Value("${goveval.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the campaigns' zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The websites watched today, ids ascending. */
    public List<Long> websites() {
        return jdbc.sql("select w.id from website w join target t on t.id = w.target_id"
                        + " join campaign c on c.id = t.campaign_id where " + WATCHED + " order by w.id")
                .param("collection", CampaignState.COLLECTION.name())
                .param("today", today())
                .query(Long.class)
                .list();
    }

    /** Whether this website is watched today (false for a website that no longer exists). */
    public boolean watches(long websiteId) {
        return jdbc.sql("select count(*) from website w join target t on t.id = w.target_id"
                                + " join campaign c on c.id = t.campaign_id where w.id = :w and " + WATCHED)
                        .param("w", websiteId)
                        .param("collection", CampaignState.COLLECTION.name())
                        .param("today", today())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Where this campaign's monitoring stands today. */
    public Status status(Campaigns.Campaign campaign) {
        return status(campaign.state(), campaign.collectionFrom(), campaign.reviewFrom(), today());
    }

    static Status status(
            CampaignState state, @Nullable LocalDate collectionFrom, @Nullable LocalDate reviewFrom, LocalDate today) {
        if (state != CampaignState.COLLECTION) {
            return Status.NOT_COLLECTING;
        }
        if (collectionFrom != null && collectionFrom.isAfter(today)) {
            return Status.NOT_STARTED;
        }
        if (reviewFrom != null && !reviewFrom.isAfter(today)) {
            return Status.ENDED;
        }
        return Status.ACTIVE;
    }
}
