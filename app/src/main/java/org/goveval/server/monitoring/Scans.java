package org.goveval.server.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.goveval.monitor.report.ScanReport;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@code scan} table: one row per requested scan of one website, with its report when done. */
@Service
public class Scans {
    public record Scan(
            long id,
            long websiteId,
            ScanState state,
            OffsetDateTime requestedAt,
            String requestedBy,
            @Nullable OffsetDateTime startedAt,
            @Nullable OffsetDateTime finishedAt,
            @Nullable String node,
            @Nullable Integer pagesCrawled,
            @Nullable Integer linksChecked,
            @Nullable Integer brokenLinks,
            @Nullable String verdict,
            @Nullable BigDecimal score,
            @Nullable String error,
            int attempts,
            @Nullable Integer resumedPages) {}

    /** A finished scan's report as stored, with the scan it belongs to (evidence copies are kept per scan). */
    public record StoredReport(long scanId, String json) {}

    private static final String COLUMNS = "id, website_id, state, requested_at, requested_by, started_at, finished_at,"
            + " node, pages_crawled, links_checked, broken_links, verdict, score, error, attempts, resumed_pages";

    private final JdbcClient jdbc;

    public Scans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long queue(long websiteId, String requestedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into scan (website_id, state, requested_at, requested_by) values (:w, :s, :t, :b)")
                .param("w", websiteId)
                .param("s", ScanState.QUEUED.name())
                .param("t", now())
                .param("b", requestedBy)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Marks the scan running on {@code node}; false when it is already finished (a duplicate execution must
     * not scan again). A RUNNING scan may be taken over: its node died and the scheduler revived the job.
     */
    public boolean start(long id, String node) {
        return jdbc.sql("update scan set state = :s, started_at = :t, node = :n, attempts = attempts + 1,"
                                + " resumed_pages = null"
                                + " where id = :id and state in (:q, :s)")
                        .param("s", ScanState.RUNNING.name())
                        .param("q", ScanState.QUEUED.name())
                        .param("t", now())
                        .param("n", node)
                        .param("id", id)
                        .update()
                == 1;
    }

    /**
     * Stores the report, once: only the node that runs the scan now may finish it (a node that was thought
     * dead and comes back must not overwrite the work of the node that took over).
     *
     * @return whether this node finished the scan
     */
    @Transactional
    public boolean finish(long id, String node, ScanReport report, String json) {
        boolean finished = jdbc.sql(
                                "update scan set state = :s, finished_at = :t, pages_crawled = :p, links_checked = :l,"
                                        + " broken_links = :b, verdict = :v, score = :sc, report_json = :j"
                                        + " where id = :id and node = :n and state = :r")
                        .param("s", ScanState.DONE.name())
                        .param("t", now())
                        .param("p", report.pagesCrawled())
                        .param("l", report.linksChecked())
                        .param("b", report.brokenLinks().size())
                        .param(
                                "v",
                                report.govCheck() == null
                                        ? null
                                        : report.govCheck().verdict())
                        .param(
                                "sc",
                                report.govCheck() == null || report.govCheck().score() == null
                                        ? null
                                        : BigDecimal.valueOf(report.govCheck().score()))
                        .param("j", json)
                        .param("id", id)
                        .param("n", node)
                        .param("r", ScanState.RUNNING.name())
                        .update()
                == 1;
        if (finished) { // the report is safe: its checkpoint is not needed any more (same transaction)
            jdbc.sql("delete from scan_checkpoint where scan_id = :id")
                    .param("id", id)
                    .update();
        }
        return finished;
    }

    /**
     * Records that the scan's current attempt on {@code node} resumed from a checkpoint holding {@code pages}
     * crawled pages (a revived scan that did not start over).
     */
    public void resumed(long id, String node, int pages) {
        jdbc.sql("update scan set resumed_pages = :p where id = :id and node = :n and state = :r")
                .param("p", pages)
                .param("id", id)
                .param("n", node)
                .param("r", ScanState.RUNNING.name())
                .update();
    }

    /** Marks the scan failed; a failed scan is never resumed, so its checkpoint goes too. */
    @Transactional
    public void fail(long id, String error) {
        jdbc.sql("update scan set state = :s, finished_at = :t, error = :e where id = :id")
                .param("s", ScanState.FAILED.name())
                .param("t", now())
                .param("e", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", id)
                .update();
        jdbc.sql("delete from scan_checkpoint where scan_id = :id")
                .param("id", id)
                .update();
    }

    public Optional<Scan> scan(long id) {
        return jdbc.sql("select " + COLUMNS + " from scan where id = :id")
                .param("id", id)
                .query(Scan.class)
                .optional();
    }

    /** The newest scan of a website, whatever its state. */
    public Optional<Scan> latest(long websiteId) {
        return jdbc.sql("select " + COLUMNS
                        + " from scan where website_id = :w order by requested_at desc, id desc limit 1")
                .param("w", websiteId)
                .query(Scan.class)
                .optional();
    }

    /** The newest finished scan's report, as JSON. */
    public Optional<String> latestReport(long websiteId) {
        return jdbc.sql("select report_json from scan where website_id = :w and state = :s"
                        + " order by finished_at desc, id desc limit 1")
                .param("w", websiteId)
                .param("s", ScanState.DONE.name())
                .query(String.class)
                .optional();
    }

    /** The newest finished scan's report with its scan's id. */
    public Optional<StoredReport> latestStoredReport(long websiteId) {
        return jdbc.sql("select id, report_json from scan where website_id = :w and state = :s"
                        + " order by finished_at desc, id desc limit 1")
                .param("w", websiteId)
                .param("s", ScanState.DONE.name())
                .query((rs, row) -> new StoredReport(rs.getLong("id"), rs.getString("report_json")))
                .optional();
    }

    public List<Scan> history(long websiteId, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from scan where website_id = :w order by requested_at desc, id desc limit :n")
                .param("w", websiteId)
                .param("n", limit)
                .query(Scan.class)
                .list();
    }

    /** Ids of the scans not finished yet (queued, or running on some node). */
    public List<Long> unfinished() {
        return jdbc.sql("select id from scan where state in (:q, :r) order by id")
                .param("q", ScanState.QUEUED.name())
                .param("r", ScanState.RUNNING.name())
                .query(Long.class)
                .list();
    }

    public long count(ScanState state) {
        return jdbc.sql("select count(*) from scan where state = :s")
                .param("s", state.name())
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
