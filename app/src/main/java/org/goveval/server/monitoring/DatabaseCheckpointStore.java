package org.goveval.server.monitoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.goveval.monitor.scan.CheckpointStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One scan's checkpoint in the {@code scan_checkpoint} row of the shared database, so that whichever node
 * revives the scan resumes it, whether or not it sees the data directory of the node that saved it.
 *
 * <p>Gzipped: a checkpoint repeats every URL of the site several times (frontier, sources, verdicts), so the
 * JSON of a large site (tens of MB) shrinks several times over, and it is rewritten every 30 s; PostgreSQL's own
 * TOAST compression is weaker and H2 has none. Only the node that runs the scan now writes it (a node wrongly
 * thought dead must not overwrite its successor's progress), and the server deletes it with the stored report
 * ({@link Scans#finish}), not when the monitor completes: a crash in between must not lose the whole scan.
 */
final class DatabaseCheckpointStore implements CheckpointStore {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long scanId;
    private final String node;

    DatabaseCheckpointStore(JdbcClient jdbc, Clock clock, long scanId, String node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scanId = scanId;
        this.node = node;
    }

    @Override
    public Optional<byte[]> load() {
        return jdbc.sql("select data from scan_checkpoint where scan_id = :id")
                .param("id", scanId)
                .query(byte[].class)
                .optional()
                .map(DatabaseCheckpointStore::gunzip);
    }

    /**
     * Update, else insert: portable to H2 and PostgreSQL (no merge, no on conflict). Each statement is atomic on
     * its own; two nodes inserting at once is impossible while only the scan's current node writes, and the
     * duplicate that would follow is answered by updating.
     */
    @Override
    public void save(byte[] checkpoint) {
        byte[] data = gzip(checkpoint);
        if (update(data) == 1) {
            return;
        }
        try {
            jdbc.sql("insert into scan_checkpoint (scan_id, data, saved_at, node)"
                            + " select id, :d, :t, :n from scan where id = :id and node = :n and state = :r")
                    .param("d", data)
                    .param("t", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("n", node)
                    .param("id", scanId)
                    .param("r", ScanState.RUNNING.name())
                    .update();
        } catch (DuplicateKeyException raced) {
            update(data);
        }
    }

    private int update(byte[] data) {
        return jdbc.sql("update scan_checkpoint set data = :d, saved_at = :t, node = :n where scan_id = :id"
                        + " and exists (select 1 from scan where id = :id and node = :n and state = :r)")
                .param("d", data)
                .param("t", clock.instant().atOffset(ZoneOffset.UTC))
                .param("n", node)
                .param("id", scanId)
                .param("r", ScanState.RUNNING.name())
                .update();
    }

    /** Left to {@link Scans#finish}, which deletes the row in the transaction that stores the report. */
    @Override
    public void delete() {}

    @Override
    public String toString() {
        return "scan_checkpoint of scan " + scanId;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gzip in memory", e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("damaged gzip data in the database", e);
        }
    }
}
