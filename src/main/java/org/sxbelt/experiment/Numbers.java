package org.sxbelt.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for the validation table (readable) and CSV (plain, round-trippable enough). */
final class Numbers {

    private Numbers() {}

    /** For people: "10,982", "78", "38.4", "3.57", "0.298", "NA" (three significant digits below 100). */
    static String show(double x) {
        if (Double.isNaN(x)) return "NA";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        double a = Math.abs(x);
        if (a >= 100 || (x == Math.rint(x) && a < 1e15)) return String.format(Locale.ROOT, "%,.0f", x);
        return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** For files: at most 7 significant digits, no exponent, no grouping; NaN as "NA"; infinity as "". */
    static String plain(double x) {
        if (Double.isNaN(x)) return "NA";
        if (Double.isInfinite(x)) return "";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return new BigDecimal(x).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }
}
