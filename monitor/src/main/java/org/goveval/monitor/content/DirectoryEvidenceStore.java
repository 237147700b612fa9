package org.goveval.monitor.content;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.goveval.monitor.fetch.FetchResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence copies as files, one description per fetch and one body per distinct content: {@code
 * <fetch>.json} (URL, final URL, time, status, headers, and {@code body}: the SHA-256 of the body) and {@code
 * <body-sha256>.body.gz} (the body exactly as read, gzipped). A fetch is named by the SHA-256 of its URL,
 * time and body hash: two pages with identical bodies (a shared "not found" page, a template) share the body
 * file but each keeps its own description, so a copy never names another page's URL. Each file is written to
 * a temporary name and moved into place, so a crash leaves no half-written copy under a real name.
 */
public final class DirectoryEvidenceStore implements EvidenceStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;

    public DirectoryEvidenceStore(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Optional<String> keep(FetchResult result) {
        String content = sha256(result.body());
        String name = fetchName(result, content);
        Path body = directory.resolve(content + ".body.gz");
        Path meta = directory.resolve(name + ".json");
        try {
            Files.createDirectories(directory);
            if (!Files.exists(body)) {
                write(body, out -> {
                    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                        gzip.write(result.body());
                    }
                });
            }
            if (!Files.exists(meta)) {
                byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(describe(result, content));
                write(meta, out -> out.write(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence in " + directory + ": " + e.getMessage(), e);
        }
        return Optional.of(name);
    }

    /**
     * The name a copy of {@code result} is stored and cited under (here, and in any store that keeps copies by
     * the same rule, such as the server's database): the SHA-256 of the URL, the time and the body's SHA-256.
     */
    public static String copyName(FetchResult result) {
        return fetchName(result, sha256(result.body()));
    }

    /** The name of one fetch's copy: the same fetch cited by many findings is stored once. */
    static String fetchName(FetchResult result, String content) {
        String key = result.requested() + "\n" + result.fetchedAt() + "\n" + content;
        return sha256(key.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> describe(FetchResult result, String content) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("url", result.requested().toString());
        meta.put("finalUrl", result.finalUri().toString());
        meta.put("fetchedAt", result.fetchedAt().toString());
        meta.put("status", result.status());
        meta.put("truncated", result.truncated());
        meta.put("headers", new java.util.TreeMap<>(result.headers()));
        meta.put("body", content);
        return meta;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path target, Writer writer) throws IOException {
        Path temporary =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Reads the body of a stored copy back (for reports and tests). */
    public byte[] body(String name) throws IOException {
        String content = JSON.readTree(description(name)).path("body").asString(name);
        try (var in =
                new java.util.zip.GZIPInputStream(Files.newInputStream(directory.resolve(content + ".body.gz")))) {
            return in.readAllBytes();
        }
    }

    /** The stored description of a copy, as JSON text. */
    public String description(String name) throws IOException {
        return Files.readString(directory.resolve(name + ".json"), StandardCharsets.UTF_8);
    }
}
