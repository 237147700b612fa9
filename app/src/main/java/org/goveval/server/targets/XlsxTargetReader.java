package org.goveval.server.targets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of a targets workbook (xlsx). Line numbers are Excel's row numbers; empty rows are
 * skipped. A number cell reads as a person sees it typed ({@code 330100}, not {@code 330100.0}), so a
 * division code or official order may be typed as a number.
 */
final class XlsxTargetReader {
    private XlsxTargetReader() {}

    static TextTable read(String file, byte[] bytes) {
        List<String> header = null;
        List<TextTable.Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<String> cells = cells(row);
                if (header == null && row.getRowNum() == 1) {
                    header = cells;
                } else if (!TextTable.isBlank(cells)) {
                    if (header == null) {
                        header = List.of(); // row 1 is empty: the table has no header
                    }
                    lines.add(new TextTable.Line(row.getRowNum(), cells));
                    TextTable.checkSize(file, lines.size());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TextTable.UnreadableException unreadable) {
                throw unreadable;
            }
            throw new TextTable.UnreadableException(ImportProblem.of(file, 1, null, "badXlsx", e.getMessage()));
        }
        return new TextTable(file, header == null ? List.of() : header, lines);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)).strip());
        }
        return cells;
    }

    private static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }
}
