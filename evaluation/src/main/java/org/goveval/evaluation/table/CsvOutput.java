package org.goveval.evaluation.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a CSV file whole or not at all: to a temporary file beside the target, then moved into place. */
public final class CsvOutput {
    private CsvOutput() {}

    public static void write(Path file, List<String> header, List<List<String>> rows) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                        CSVPrinter printer = CSVFormat.RFC4180
                                .builder()
                                .setRecordSeparator('\n')
                                .get()
                                .print(writer)) {
                    printer.printRecord(header);
                    for (List<String> row : rows) {
                        printer.printRecord(row);
                    }
                }
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
