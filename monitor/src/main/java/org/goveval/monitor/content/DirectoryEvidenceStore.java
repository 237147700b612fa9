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
 * Evidence copies as files: {@code <sha256>.body.gz} (the body exactly as read, gzipped) and {@code
 * <sha256>.json} (URL, final URL, status, headers, time). Each file is written to a temporary name and
 * moved into place, so a crash leaves no half-written copy under a real name.
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
        String name = sha256(result.body());
        Path body = directory.resolve(name + ".body.gz");
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
                byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(describe(result));
                write(meta, out -> out.write(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence in " + directory + ": " + e.getMessage(), e);
        }
        return Optional.of(name);
    }

    private static Map<String, Object> describe(FetchResult result) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("url", result.requested().toString());
        meta.put("finalUrl", result.finalUri().toString());
        meta.put("fetchedAt", result.fetchedAt().toString());
        meta.put("status", result.status());
        meta.put("truncated", result.truncated());
        meta.put("headers", new java.util.TreeMap<>(result.headers()));
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

    /** Reads a stored body back (for reports and tests). */
    public byte[] body(String name) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(directory.resolve(name + ".body.gz")))) {
            return in.readAllBytes();
        }
    }

    /** The stored description of a copy, as JSON text. */
    public String description(String name) throws IOException {
        return Files.readString(directory.resolve(name + ".json"), StandardCharsets.UTF_8);
    }
}
