package org.goveval.server.monitoring;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.goveval.monitor.probe.AvailabilityRule;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The {@code probe} table: every availability probe of every website, queryable over time. */
@Service
public class Probes {
    private final JdbcClient jdbc;

    public Probes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long websiteId, ProbeResult probe) {
        String reason = probe.reason();
        jdbc.sql(
                        "insert into probe (website_id, at, outcome, latency_ms, status, reason) values (:w, :a, :o, :l, :s, :r)")
                .param("w", websiteId)
                .param("a", OffsetDateTime.ofInstant(probe.at(), ZoneOffset.UTC))
                .param("o", probe.outcome().name())
                .param("l", (int) Math.min(Integer.MAX_VALUE, probe.latencyMillis()))
                .param("s", probe.status())
                .param("r", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .update();
    }

    /** The probes of a website in [{@code from}, {@code to}), oldest first, as the monitor's rules take them. */
    public List<ProbeResult> between(long websiteId, URI url, Instant from, Instant to) {
        return jdbc.sql("select at, outcome, latency_ms, status, reason from probe where website_id = :w and at >= :f"
                        + " and at < :t order by at, id")
                .param("w", websiteId)
                .param("f", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("t", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> new ProbeResult(
                        url,
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        ProbeOutcome.valueOf(rs.getString("outcome")),
                        rs.getInt("latency_ms"),
                        rs.getInt("status"),
                        rs.getString("reason")))
                .list();
    }

    /**
     * The probes of the seven whole days before {@code now}'s day, in Beijing time as the State Council rule
     * counts days: a part-day at either end would count as a day with too few probes and leave availability
     * to a person.
     */
    public List<ProbeResult> lastWholeWeek(long websiteId, URI url, Instant now) {
        ZoneId zone = AvailabilityRule.stateCouncil().zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return between(
                websiteId,
                url,
                today.minusDays(7).atStartOfDay(zone).toInstant(),
                today.atStartOfDay(zone).toInstant());
    }

    public long count(long websiteId) {
        return jdbc.sql("select count(*) from probe where website_id = :w")
                .param("w", websiteId)
                .query(Long.class)
                .single();
    }
}
