package org.goveval.server.targets;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a targets CSV file: UTF-8 with or without a byte-order mark, or GB18030 when the bytes are not valid
 * UTF-8 (Excel in China saves "CSV" in the ANSI code page, GBK, which GB18030 contains). Line numbers count
 * physical lines, so a quoted value that spans lines does not shift the numbers of the lines after it.
 */
final class CsvTargetReader {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvTargetReader() {}

    static TextTable read(String file, byte[] bytes) {
        String text = decode(bytes);
        int[] lineStarts = lineStarts(text);
        List<String> header = null;
        List<TextTable.Line> lines = new ArrayList<>();
        long linesRead = 0;
        try (Reader reader = new StringReader(text);
                CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (header == null) {
                    header = cells;
                } else if (!TextTable.isBlank(cells)) {
                    lines.add(new TextTable.Line(lineOf(lineStarts, record.getCharacterPosition()), cells));
                    TextTable.checkSize(file, lines.size());
                }
                linesRead = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote (a value that never ends) as an unchecked exception
            throw new TextTable.UnreadableException(
                    ImportProblem.of(file, (int) linesRead + 1, null, "badCsv", rootMessage(e)));
        }
        return new TextTable(file, header == null ? List.of() : header, lines);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    /** UTF-8 (its byte-order mark dropped) when the bytes are valid UTF-8, GB18030 otherwise. */
    static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    /** The character offset at which each line starts; CRLF, LF and a lone CR each end a line. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
