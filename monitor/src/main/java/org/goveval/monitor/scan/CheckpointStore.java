package org.goveval.monitor.scan;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one scan's checkpoint lives: a file for the command line, a database row for a server whose nodes share
 * only their database. The scan hands over the checkpoint as opaque bytes (UTF-8 JSON); the store keeps them
 * whole or not at all.
 *
 * <p>Implementations are called from the scan's checkpoint thread and from the thread that runs the scan, never
 * from two at once. Their {@code toString()} names the place, for error messages.
 */
public interface CheckpointStore {
    /**
     * The last checkpoint saved, or empty when there is none.
     *
     * @throws java.io.UncheckedIOException when the store cannot be read
     */
    Optional<byte[]> load();

    /**
     * Replaces the checkpoint with {@code checkpoint}, atomically: a crash while saving leaves the previous one.
     *
     * @throws java.io.UncheckedIOException when the store cannot be written
     */
    void save(byte[] checkpoint);

    /**
     * Called once the scan has completed and its report is about to be returned: the checkpoint is no longer
     * needed. A store whose owner keeps it until the report is safely stored elsewhere may leave it in place.
     */
    void delete();

    /** Today's file checkpoint: a JSON file written to a temporary name and moved into place. */
    static CheckpointStore file(Path file) {
        return new FileCheckpointStore(file);
    }
}
