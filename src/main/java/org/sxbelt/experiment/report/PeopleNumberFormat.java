package org.sxbelt.experiment.report;

import org.sxbelt.params.NumberText;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis tick labels for people (never {@code 0E0} or {@code 4E10}): thousands separators, a few
 * significant digits, and large numbers shortened, in English ({@code 4.2 bn}, {@code 35 m}) or Chinese
 * ({@code 4.2亿}, {@code 35万}). Formatting only; parsing is not supported.
 */
final class PeopleNumberFormat extends NumberFormat {

    private final boolean chinese;

    PeopleNumberFormat(boolean chinese) {
        this.chinese = chinese;
    }

    boolean chinese() { return chinese; }

    /** The text of one number, as on the axis. */
    String text(double v) {
        if (Double.isNaN(v)) return "NA";
        double a = Math.abs(v);
        if (a == 0) return "0";
        if (chinese) {
            if (a >= 1e8) return shorten(v / 1e8) + "亿";
            if (a >= 1e5) return shorten(v / 1e4) + "万";
        } else {
            if (a >= 1e9) return shorten(v / 1e9) + " bn";
            if (a >= 1e6) return shorten(v / 1e6) + " m";
        }
        if (a >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (a < 1e-4) return String.format(Locale.ROOT, "%.1e", v).replace("e-0", "e-");
        return NumberText.forPeople(v);
    }

    private static String shorten(double v) {
        double a = Math.abs(v);
        if (a >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        String s = String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.2f", v);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
