package org.goveval.server.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.goveval.monitor.content.EvidenceStore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The {@code evidence_copy} table: the copies a scan's findings cite, stored by {@link #forScan}. */
@Service
public class EvidenceCopies {
    /** What a copy records beside its body (the body is read separately: it may be large). */
    public record Copy(
            long scanId,
            String copyName,
            String url,
            String finalUrl,
            OffsetDateTime fetchedAt,
            int status,
            boolean truncated,
            @Nullable String contentType,
            String headersJson,
            String contentSha256,
            int bodyBytes) {}

    private final JdbcClient jdbc;

    public EvidenceCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a running scan keeps the copies its findings cite; safe for the crawl's many threads. */
    public EvidenceStore forScan(long scanId) {
        return new DatabaseEvidenceStore(jdbc, scanId);
    }

    public Optional<Copy> copy(long scanId, String name) {
        return jdbc.sql("select scan_id, copy_name, url, final_url, fetched_at, status, truncated, content_type,"
                        + " headers_json, content_sha256, body_bytes from evidence_copy"
                        + " where scan_id = :s and copy_name = :n")
                .param("s", scanId)
                .param("n", name)
                .query(Copy.class)
                .optional();
    }

    /** The body exactly as the site sent it (as far as the scan read it). */
    public Optional<byte[]> body(long scanId, String name) {
        return jdbc.sql("select body from evidence_copy where scan_id = :s and copy_name = :n")
                .param("s", scanId)
                .param("n", name)
                .query(byte[].class)
                .optional()
                .map(EvidenceCopies::gunzip);
    }

    /** The names of a scan's copies, sorted. */
    public List<String> names(long scanId) {
        return jdbc.sql("select copy_name from evidence_copy where scan_id = :s order by copy_name")
                .param("s", scanId)
                .query(String.class)
                .list();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("damaged evidence copy in the database", e);
        }
    }
}
