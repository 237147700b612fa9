package org.goveval.server.targets;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Reads an uploaded targets file as text, telling xlsx from CSV by its first bytes rather than its name. */
final class TargetFileReader {
    private TargetFileReader() {}

    /**
     * The file's header and lines.
     *
     * @throws TextTable.UnreadableException when the bytes are no CSV or xlsx table at all
     */
    static TextTable read(String file, byte[] bytes) {
        // both signature checks throw on fewer than 8 bytes, which can only be a (tiny) CSV file
        boolean signed = bytes.length >= 8;
        if (signed && ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return XlsxTargetReader.read(file, bytes);
        }
        if (signed && ReadableWorkbook.isOLE2Header(bytes)) {
            throw new TextTable.UnreadableException(ImportProblem.of(file, 1, null, "xls"));
        }
        return CsvTargetReader.read(file, bytes);
    }
}
