package org.goveval.evaluation.table;

/**
 * Bad input in a table file, naming the file, the line (1 is the header; 0 when the problem concerns the
 * whole file) and the column. Its message is one line, fit to show a user as it is.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String column;

    public InputException(String file, int line, String column, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (column.isEmpty() ? "" : ", column '" + column + "'") + ": "
                + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The column name, or the empty string when the problem concerns a whole row or the file. */
    public String column() {
        return column;
    }
}
