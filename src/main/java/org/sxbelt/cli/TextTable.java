package org.sxbelt.cli;

import java.util.ArrayList;
import java.util.List;

/** Plain-text table for the terminal: header, a rule, one line per row, columns padded to fit. */
final class TextTable {

    private TextTable() {}

    /** Columns are padded to their widest cell plus two spaces; the last column is not padded. */
    static String render(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) width[c] = header.get(c).length();
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], row.get(c).length());
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) rule.add("-".repeat(w));
        line(sb, rule, width);
        for (List<String> row : rows) line(sb, row, width);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            l.append(s);
            if (c < cells.size() - 1) l.append(" ".repeat(width[c] - s.length() + 2));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
