package org.goveval.server.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.goveval.monitor.content.columns.HomepageSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The {@code homepage_snapshot} table: what each home page listed, seen by scans and probes. */
@Service
public class HomepageSnapshots {
    /** Where a snapshot came from. */
    public enum Source {
        SCAN,
        PROBE
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public HomepageSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long websiteId, Source source, HomepageSnapshot snapshot) {
        jdbc.sql("insert into homepage_snapshot (website_id, taken_at, source, items_json) values (:w, :t, :s, :j)")
                .param("w", websiteId)
                .param("t", OffsetDateTime.ofInstant(snapshot.instant(), ZoneOffset.UTC))
                .param("s", source.name())
                .param("j", JSON.writeValueAsString(snapshot))
                .update();
    }

    /** The snapshots of a website taken at or after {@code from}, oldest first. */
    public List<HomepageSnapshot> since(long websiteId, Instant from) {
        return jdbc
                .sql("select items_json from homepage_snapshot where website_id = :w and taken_at >= :f"
                        + " order by taken_at, id")
                .param("w", websiteId)
                .param("f", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .query(String.class)
                .list()
                .stream()
                .map(json -> JSON.readValue(json, HomepageSnapshot.class))
                .toList();
    }

    /** When a probe last took a snapshot of the website. */
    public Optional<Instant> lastProbeSnapshot(long websiteId) {
        return jdbc.sql("select max(taken_at) from homepage_snapshot where website_id = :w and source = :s")
                .param("w", websiteId)
                .param("s", Source.PROBE.name())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .single()
                .map(OffsetDateTime::toInstant);
    }
}
