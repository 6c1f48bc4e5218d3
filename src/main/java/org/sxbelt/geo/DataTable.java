package org.sxbelt.geo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.sxbelt.params.NumberText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the model's small data tables (geo/counties.csv, geo/roads.csv, calibration/prefectures.csv),
 * read with Commons CSV: RFC 4180 quoting (a text field may hold a comma when quoted), an optional
 * byte-order mark, LF or CRLF line ends, blank lines ignored, cells trimmed, and columns found by their
 * header name, so they may come in any order. Every problem is a {@link GeoDataException} that names
 * the file, the physical line and, for a cell, the column.
 */
public final class DataTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            // Missing and repeated names are checked below, so that the error names the file and line.
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    /** Commons CSV puts the line of a syntax error into its message as "(startline N)" or "at line: N". */
    private static final Pattern SYNTAX_LINE = Pattern.compile("(?:\\(startline |at line: )(\\d+)");

    private DataTable() {}

    /**
     * The data rows of {@code text}, whose header must name exactly {@code columns} (in any order).
     *
     * @param file the file's name as errors show it
     */
    public static List<Row> read(String file, String text, List<String> columns) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Lines lines = new Lines(body);
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            checkHeader(file, lines.firstNonBlank(), parser.getHeaderNames(), columns);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (r.stream().allMatch(String::isEmpty)) continue;   // a line of spaces only
                int line = lines.lineAt(r.getCharacterPosition());
                if (r.size() != columns.size()) {
                    throw GeoDataException.atLine(file, line, "expected " + columns.size() + " columns but found "
                            + r.size() + " (quote a text field that contains a comma)");
                }
                rows.add(new Row(file, line, r));
            }
            if (rows.isEmpty()) throw GeoDataException.inFile(file, "file has a header but no data rows");
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw syntaxError(file, e instanceof UncheckedIOException u ? u.getCause() : e);
        }
    }

    private static void checkHeader(String file, int line, List<String> names, List<String> columns) {
        String expected = String.join(",", columns);
        if (names.isEmpty()) throw GeoDataException.inFile(file, "file is empty; expected header '" + expected + "'");
        Set<String> missing = new TreeSet<>(columns);
        names.forEach(missing::remove);
        Set<String> unknown = new TreeSet<>(names);
        columns.forEach(unknown::remove);
        Set<String> seen = new LinkedHashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String n : names) if (!seen.add(n)) twice.add(n);
        if (missing.isEmpty() && unknown.isEmpty() && twice.isEmpty()) return;
        StringBuilder why = new StringBuilder();
        if (!missing.isEmpty()) why.append("; missing column").append(plural(missing)).append(' ').append(missing);
        if (!unknown.isEmpty()) why.append("; unknown column").append(plural(unknown)).append(' ').append(unknown);
        if (!twice.isEmpty()) why.append("; repeated column").append(plural(twice)).append(' ').append(twice);
        throw GeoDataException.atLine(file, line, "header must be '" + expected + "' (in any order) but is '"
                + String.join(",", names) + "'" + why);
    }

    private static String plural(Set<String> s) {
        return s.size() == 1 ? "" : "s";
    }

    private static GeoDataException syntaxError(String file, Throwable e) {
        String msg = String.valueOf(e.getMessage());
        Matcher m = SYNTAX_LINE.matcher(msg);
        String problem = "not valid CSV (an unclosed quote, or text after a closing quote): " + msg;
        return m.find() ? GeoDataException.atLine(file, Integer.parseInt(m.group(1)), problem)
                : GeoDataException.inFile(file, problem);
    }

    /** Physical line numbers of character positions, counting LF, CRLF and lone CR as one line end each. */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int[] s = new int[16];
            int n = 0;
            s[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == s.length) s = Arrays.copyOf(s, 2 * n);
                    s[n++] = i + 1;
                }
            }
            starts = Arrays.copyOf(s, n);
        }

        /** The 1-based line of the first character at or after {@code position} that is not a line end. */
        int lineAt(long position) {
            // Commons CSV reports a record from the start of the empty lines it skipped before it.
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) p++;
            int i = Arrays.binarySearch(starts, p);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int firstNonBlank() {
            int p = 0;
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) p++;
            return lineAt(p);
        }
    }

    /** One data row: typed, validated access to its cells by column name; every failure names file, line, column. */
    public static final class Row {
        private final String file;
        private final int line;
        private final CSVRecord record;

        private Row(String file, int line, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.record = record;
        }

        /** The 1-based physical line the row starts on. */
        public int line() {
            return line;
        }

        public GeoDataException error(String column, String problem) {
            return GeoDataException.at(file, line, column, problem);
        }

        /** The trimmed cell, possibly empty. */
        public String raw(String column) {
            return record.get(column);
        }

        public String nonEmpty(String column) {
            String v = raw(column);
            if (v.isEmpty()) throw error(column, "value is empty");
            return v;
        }

        public String oneOf(String column, Set<String> allowed) {
            String v = raw(column);
            if (!allowed.contains(v)) throw error(column, "'" + v + "' is not one of " + new TreeSet<>(allowed));
            return v;
        }

        public double decimal(String column, double min, double max) {
            String v = nonEmpty(column);
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not a number");
            }
            if (Double.isNaN(d) || d < min || d > max) {
                throw error(column, v + " is outside [" + NumberText.exact(min) + ", " + NumberText.exact(max) + "]");
            }
            return d;
        }

        public long integer(String column, long min, long max) {
            String v = nonEmpty(column);
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not a whole number");
            }
            if (n < min || n > max) throw error(column, v + " is outside [" + min + ", " + max + "]");
            return n;
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    // ------------------------------------------------------------------ io

    /** The UTF-8 text of a classpath resource; {@code name} is the file name errors show. */
    public static String readResource(String resource, String name) {
        try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
            if (in == null) throw GeoDataException.inFile(name, "resource " + resource + " not found on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }

    /** The UTF-8 text of a file. */
    public static String readFile(Path path) {
        if (!Files.isRegularFile(path)) throw GeoDataException.inFile(path.toString(), "file not found");
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw GeoDataException.inFile(path.toString(), "cannot be read as UTF-8 text: " + e.getMessage());
        }
    }
}
