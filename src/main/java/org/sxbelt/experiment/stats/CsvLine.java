package org.sxbelt.experiment.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV for the experiment files: split one line, quote a field, format a number. */
public final class CsvLine {

    private CsvLine() {}

    /**
     * The fields of one line; a field may be quoted (commas literal inside, a doubled quote is one quote).
     *
     * @throws ColumnException for an unclosed quote or text after a closing quote
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0, n = line.length();
        while (true) {
            f.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                int column = fields.size() + 1;
                i++;
                while (true) {
                    if (i >= n) throw new ColumnException(column, "unclosed quote");
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            f.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        f.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new ColumnException(column, "text after the closing quote");
                }
            } else {
                while (i < n && line.charAt(i) != ',') f.append(line.charAt(i++));
            }
            fields.add(f.toString());
            if (i >= n) return fields;
            i++;
        }
    }

    /** The field as written in a CSV file: quoted when it holds a comma, a quote or a line break. */
    public static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A number for a CSV file: at most 7 significant digits, no exponent; NaN as {@code NA}, infinities as {@code inf}. */
    public static String number(double x) {
        if (Double.isNaN(x)) return "NA";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return new BigDecimal(x).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }

    /** Joins fields (quoted as needed) into one CSV line without the line break. */
    public static String join(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(quote(fields.get(i)));
        }
        return sb.toString();
    }

    /** A split failure at a known (1-based) column; the message also names it. */
    public static final class ColumnException extends IllegalArgumentException {
        private final int column;

        ColumnException(int column, String problem) {
            super(problem + " in column " + column);
            this.column = column;
        }

        public int column() { return column; }

        /** The problem without the column (for messages that name the column themselves). */
        public String problem() {
            String m = getMessage();
            return m.substring(0, m.lastIndexOf(" in column "));
        }
    }
}
