package org.goveval.monitor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store keeps exactly the last bytes saved, leaves no temporary file, and forgets them on delete. */
class FileCheckpointStoreTest {
    @TempDir
    Path dir;

    @Test
    void theLastSaveWinsAndNoTemporaryFileIsLeft() throws Exception {
        Path file = dir.resolve("sub").resolve("scan.json");
        CheckpointStore store = CheckpointStore.file(file);
        assertThat(store.load()).isEmpty();
        store.save("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        store.save("{\"b\":2}".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(store.load().orElseThrow(), StandardCharsets.UTF_8))
                .isEqualTo("{\"b\":2}");
        // plain JSON on disk, as before the store existed
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(store).hasToString(file.toString());
        store.delete();
        assertThat(file).doesNotExist();
        assertThat(store.load()).isEmpty();
    }
}
