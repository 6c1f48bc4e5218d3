package org.sxbelt.params;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months are counted from January 2015 (month 0), the start of the belt programme the sources
 * describe; "YYYY-MM" is how they are written in scenario files and output.
 */
public final class SimMonthFormat {

    public static final int BASE_YEAR = 2015;
    private static final Pattern YYYY_MM = Pattern.compile("(\\d{4})-(\\d{2})");

    private SimMonthFormat() {}

    public static String format(int month) {
        int y = BASE_YEAR + Math.floorDiv(month, 12);
        int m = Math.floorMod(month, 12) + 1;
        return String.format(java.util.Locale.ROOT, "%04d-%02d", y, m);
    }

    /** Parses "YYYY-MM"; returns null when the text is not a valid month. */
    public static Integer parse(String text) {
        Matcher m = YYYY_MM.matcher(text.trim());
        if (!m.matches()) return null;
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return null;
        return (Integer.parseInt(m.group(1)) - BASE_YEAR) * 12 + month - 1;
    }

    public static int year(int month) { return BASE_YEAR + Math.floorDiv(month, 12); }

    public static int monthOfYear(int month) { return Math.floorMod(month, 12) + 1; }
}
