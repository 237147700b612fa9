package org.goveval.evaluation.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header line, read whole into memory (UTF-8, an optional byte-order mark). Every
 * accessor that can fail throws an {@link InputException} naming the file, line and column.
 */
public final class CsvTable {
    private static final char BOM = '\uFEFF';

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String name, List<String> header, List<List<String>> values) {
        this.name = name;
        this.header = List.copyOf(header);
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            list.add(new Row(i + 2, values.get(i)));
        }
        this.rows = List.copyOf(list);
    }

    public static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file.toString(), 0, "", "not UTF-8 text (save the file as UTF-8)");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), 0, "", "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "", "cannot read: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    public static CsvTable fromResource(String resource) {
        try (InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Parses CSV text; {@code name} names the source in error messages. */
    public static CsvTable parse(String name, String text) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = new StringReader(body);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                records.add(record.toList().stream().map(String::strip).toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InputException(name, 0, "", "not valid CSV: " + e.getMessage());
        }
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isEmpty)) {
            throw new InputException(name, 1, "", "the file has no header line");
        }
        List<String> header = records.get(0);
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                throw new InputException(name, 1, "", "a header cell is empty");
            }
            if (!seen.add(column)) {
                throw new InputException(name, 1, column, "the column appears twice in the header");
            }
        }
        List<List<String>> data = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> values = records.get(i);
            if (values.stream().allMatch(String::isEmpty)) {
                continue; // a blank line, as spreadsheets leave at the end
            }
            if (values.size() != header.size()) {
                throw new InputException(
                        name, i + 1, "", "has " + values.size() + " cells but the header has " + header.size());
            }
            data.add(values);
        }
        return new CsvTable(name, header, data);
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String column) {
        return header.contains(column);
    }

    /** Fails naming the first of the columns that the header lacks. */
    public void requireColumns(String... columns) {
        for (String column : columns) {
            if (!hasColumn(column)) {
                throw new InputException(name, 1, column, "the header has no such column (it has " + header + ")");
            }
        }
    }

    /** Fails unless every row has a value in the column and no value appears twice. */
    public void requireUniqueValues(String column) {
        requireColumns(column);
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Row row : rows) {
            String value = row.get(column);
            if (value.isEmpty()) {
                throw row.fail(column, "is empty");
            }
            Integer first = seen.putIfAbsent(value, row.line());
            if (first != null) {
                throw row.fail(column, "'" + value + "' appears twice (first on line " + first + ")");
            }
        }
    }

    /** Fails unless the header has at least one of the columns; returns the first present. */
    public String requireOneOf(String... columns) {
        for (String column : columns) {
            if (hasColumn(column)) {
                return column;
            }
        }
        throw new InputException(name, 1, columns[0], "the header needs one of the columns " + List.of(columns));
    }

    /** One data row of the table. */
    public final class Row {
        private final int line;
        private final List<String> values;

        private Row(int line, List<String> values) {
            this.line = line;
            this.values = values;
        }

        /** The line number in the file; the header is line 1. */
        public int line() {
            return line;
        }

        /** The cell of a column, stripped of surrounding white space; empty when the cell is empty. */
        public String get(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new InputException(name, 1, column, "the header has no such column");
            }
            return values.get(index);
        }

        /** The row as column → cell, in header order. */
        public Map<String, String> asMap() {
            var map = new java.util.LinkedHashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), values.get(i));
            }
            return map;
        }

        /** A non-empty cell converted by a function; its IllegalArgumentException becomes an InputException. */
        public <T> T parse(String column, Function<String, T> converter) {
            String text = get(column);
            if (text.isEmpty()) {
                throw fail(column, "is empty");
            }
            try {
                return converter.apply(text);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw fail(column, String.valueOf(e.getMessage()));
            }
        }

        /** A decimal number. */
        public BigDecimal decimal(String column) {
            return parse(column, text -> {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number", e);
                }
            });
        }

        /** A decimal number within [min, max]. */
        public BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
            BigDecimal value = decimal(column);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw fail(
                        column,
                        "'" + value.toPlainString() + "' is outside " + min.toPlainString() + "–"
                                + max.toPlainString());
            }
            return value;
        }

        public InputException fail(String column, String problem) {
            return new InputException(name, line, column, problem);
        }
    }
}
