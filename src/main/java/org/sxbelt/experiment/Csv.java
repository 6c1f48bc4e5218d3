package org.sxbelt.experiment;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 CSV: split one line (quoted fields, doubled quotes) and quote a field for writing. */
final class Csv {

    private Csv() {}

    /**
     * The fields of one line. A field may be enclosed in double quotes, inside which commas are
     * literal and a doubled quote stands for one quote.
     *
     * @throws IllegalArgumentException with the 1-based column of the problem, for an unclosed quote
     *                                  or text after a closing quote
     */
    static List<String> split(String line) {
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
            i++; // the comma
        }
    }

    /** The field as written in a CSV file: quoted when it holds a comma, a quote or a line break. */
    static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A split failure at a known column. */
    static final class ColumnException extends IllegalArgumentException {
        final int column;

        ColumnException(int column, String message) {
            super(message);
            this.column = column;
        }
    }
}
