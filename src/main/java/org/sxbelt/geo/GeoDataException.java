package org.sxbelt.geo;

/**
 * A problem in the geographic input data. The message is always one line that names the file and,
 * where they are known, the line number and the column, so a user can fix the CSV without a debugger:
 * {@code counties.csv line 7, column lat: 91.2 is outside [30, 45]}.
 */
public final class GeoDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;       // 1-based; 0 when the problem is not tied to one line
    private final String column;  // null when the problem is not tied to one column

    private GeoDataException(String file, int line, String column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** A problem in one cell. */
    public static GeoDataException at(String file, int line, String column, String problem) {
        return new GeoDataException(file, line, column, problem);
    }

    /** A problem with a whole line (e.g. wrong number of columns). */
    public static GeoDataException atLine(String file, int line, String problem) {
        return new GeoDataException(file, line, null, problem);
    }

    /** A problem with the file as a whole (missing, empty, graph not connected, ...). */
    public static GeoDataException inFile(String file, String problem) {
        return new GeoDataException(file, 0, null, problem);
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 if the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** Column name, or null if the problem does not concern one column. */
    public String column() {
        return column;
    }

    private static String format(String file, int line, String column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column != null) {
                sb.append(", column ").append(column);
            }
        }
        // Keep the message on one line even if a cell value smuggles in a line break.
        sb.append(": ").append(problem.replace('\n', ' ').replace('\r', ' '));
        return sb.toString();
    }
}
