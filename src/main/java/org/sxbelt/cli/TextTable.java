package org.sxbelt.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text for the terminal: a table (header, a rule, one line per row, columns padded to fit) and
 * words wrapped to a width.
 */
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

    /**
     * The text's words on lines of at most {@code width} characters, each after {@code indent}; a word
     * longer than a line is cut.
     */
    static List<String> wrap(String text, String indent, int width) {
        int room = Math.max(1, width - indent.length());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            while (word.length() > room) {
                if (line.length() > 0) {
                    lines.add(indent + line);
                    line.setLength(0);
                }
                lines.add(indent + word.substring(0, room));
                word = word.substring(room);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                lines.add(indent + line);
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(indent + line);
        return lines;
    }
}
