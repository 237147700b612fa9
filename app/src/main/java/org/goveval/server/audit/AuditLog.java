package org.goveval.server.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The change log: who changed which campaign, target, score or user, when, and the value before and after.
 * Rows are only ever inserted: no page, API or role can change or delete them.
 */
@Service
public class AuditLog {
    /** One change as recorded. */
    public record Entry(
            long id,
            OffsetDateTime at,
            String actor,
            String entity,
            String entityId,
            String action,
            @Nullable String beforeValue,
            @Nullable String afterValue) {}

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(
            String actor,
            String entity,
            String entityId,
            String action,
            @Nullable String before,
            @Nullable String after) {
        jdbc.sql("insert into audit_log (at, actor, entity, entity_id, action, before_value, after_value)"
                        + " values (:at, :actor, :entity, :id, :action, :before, :after)")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("actor", actor)
                .param("entity", entity)
                .param("id", entityId)
                .param("action", action)
                .param("before", before)
                .param("after", after)
                .update();
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql("select id, at, actor, entity, entity_id, action, before_value, after_value from audit_log"
                        + " order by id desc limit :n")
                .param("n", limit)
                .query(Entry.class)
                .list();
    }
}
