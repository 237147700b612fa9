package org.goveval.server.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.goveval.monitor.content.DirectoryEvidenceStore;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.fetch.FetchResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scan's evidence copies in {@code evidence_copy}, named as {@link DirectoryEvidenceStore} names them (one
 * copy per fetch, cited by as many findings as need it) and described by the same facts: URL, final URL, time,
 * status, truncation, headers, the body's SHA-256, and the body as read, gzipped.
 *
 * <p>The crawl's threads call it at once. Names this store wrote are remembered, so a page cited again costs no
 * query; otherwise one insert guarded by "not exists", and a duplicate that still races in (two threads, or a
 * resumed scan on another node storing a page again) is simply ignored: the row that won holds the same fetch.
 */
final class DatabaseEvidenceStore implements EvidenceStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final long scanId;
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    DatabaseEvidenceStore(JdbcClient jdbc, long scanId) {
        this.jdbc = jdbc;
        this.scanId = scanId;
    }

    @Override
    public Optional<String> keep(FetchResult result) {
        String name = DirectoryEvidenceStore.copyName(result);
        if (!stored.add(name)) {
            return Optional.of(name);
        }
        try {
            insert(name, result);
        } catch (DuplicateKeyException alreadyStored) {
            // another thread or node stored this very fetch first
        } catch (RuntimeException e) {
            stored.remove(name);
            throw e;
        }
        return Optional.of(name);
    }

    private void insert(String name, FetchResult result) {
        jdbc.sql("insert into evidence_copy (scan_id, copy_name, url, final_url, fetched_at, status, truncated,"
                        + " content_type, headers_json, content_sha256, body_bytes, body)"
                        + " select :s, :n, :u, :f, :t, :st, :tr, :ct, :h, :sha, :len, :b from scan where id = :s"
                        + " and not exists (select 1 from evidence_copy where scan_id = :s and copy_name = :n)")
                .param("s", scanId)
                .param("n", name)
                .param("u", result.requested().toString())
                .param("f", result.finalUri().toString())
                .param("t", result.fetchedAt().atOffset(ZoneOffset.UTC))
                .param("st", result.status())
                .param("tr", result.truncated())
                .param("ct", contentType(result.headers()).orElse(null))
                .param("h", JSON.writeValueAsString(new TreeMap<>(result.headers())))
                .param("sha", sha256(result.body()))
                .param("len", result.body().length)
                .param("b", gzip(result.body()))
                .update();
    }

    /** The response's Content-Type, cut to the column's 300 characters. */
    static Optional<String> contentType(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("content-type"))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .map(type -> type.length() > 300 ? type.substring(0, 300) : type);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gzip in memory", e);
        }
        return out.toByteArray();
    }
}
