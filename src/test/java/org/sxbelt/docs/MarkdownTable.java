package org.sxbelt.docs;

import java.util.ArrayList;
import java.util.List;

/** Reads rows of the Markdown tables the project generates (the ODD parameter table). */
public final class MarkdownTable {

    private MarkdownTable() {}

    /** Cells of a '| a | b |' row, stripped, with '\|' unescaped. */
    public static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|") && !s.endsWith("\\|")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (ch == '|') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    /** A cell written as code (`key`) without its backticks. */
    public static String code(String cell) {
        String c = cell.strip();
        return c.length() >= 2 && c.startsWith("`") && c.endsWith("`") ? c.substring(1, c.length() - 1) : c;
    }
}
