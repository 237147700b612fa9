package org.goveval.monitor.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * A checkpoint in a file of its own (the CLI's {@code --checkpoint F}). Plain JSON, not gzipped: a person can
 * read it, older checkpoints keep loading, and a disk is not short of room for one file per running scan.
 * Written to a temporary file in the same directory and moved into place, so a crash while writing leaves the
 * previous checkpoint intact.
 */
public final class FileCheckpointStore implements CheckpointStore {
    private final Path file;

    public FileCheckpointStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<byte[]> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scan checkpoint " + file, e);
        }
    }

    @Override
    public void save(byte[] checkpoint) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                Files.write(temp, checkpoint);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write scan checkpoint " + file, e);
        }
    }

    @Override
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete scan checkpoint " + file, e);
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
