package org.sxbelt.params;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the program writes numbers, in one place, locale-independent, never in scientific notation
 * except where a person reads a tiny value. Three styles:
 * <ul>
 *   <li>{@link #data} for every data file (CSV for R, Stata or pandas; JSON): {@code NA} for NaN,
 *       {@code Inf} / {@code -Inf} for infinities (what R and pandas read), whole numbers without
 *       decimals ({@code 0} also for -0.0), otherwise at most 6 decimals, and 6 significant digits
 *       below 1 in magnitude so that small shares do not collapse to 0;</li>
 *   <li>{@link #exact} for parameter values people write back into scenario files and options: the
 *       shortest decimal that identifies the double ({@code 0.1}, {@code 0.00001});</li>
 *   <li>{@link #forPeople} for terminal tables and reports: grouped whole numbers from 100 on
 *       ({@code 10,982}), otherwise three significant digits ({@code 38.4}, {@code 0.298}), tiny values
 *       as {@code 1.2e-06}, {@code NA} and {@code ∞} / {@code -∞}.</li>
 * </ul>
 * Rounding starts from the shortest decimal of the double ({@link Double#toString}), so 0.1 never
 * prints as 0.1000000000000000055511. (TOML echoes in scenario error messages spell NaN and the
 * infinities as TOML does, {@code nan} and {@code inf}: that is the file format's syntax.)
 */
public final class NumberText {

    private static final MathContext SIX_SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final MathContext THREE_SIGNIFICANT = new MathContext(3, RoundingMode.HALF_EVEN);

    private NumberText() {}

    /** A number in a data file. */
    public static String data(double v) {
        if (Double.isNaN(v)) return "NA";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        if (isWhole(v)) return Long.toString((long) v);
        BigDecimal d = BigDecimal.valueOf(v);
        d = Math.abs(v) >= 1 ? d.setScale(6, RoundingMode.HALF_EVEN) : d.round(SIX_SIGNIFICANT);
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
    }

    /** A parameter value as a person would type it: the shortest decimal that identifies it. */
    public static String exact(double v) {
        if (Double.isNaN(v)) return "NA";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        if (isWhole(v)) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A number for people to read at a glance. */
    public static String forPeople(double v) {
        if (Double.isNaN(v)) return "NA";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        double a = Math.abs(v);
        if (a >= 100 || isWhole(v)) return String.format(Locale.ROOT, "%,.0f", v);
        if (a < 1e-4) return String.format(Locale.ROOT, "%.1e", v);
        return BigDecimal.valueOf(v).round(THREE_SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    /** A p-value for people: {@code < 0.001}, three decimals, or NA. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) return "NA";
        if (p < 0.001) return "< 0.001";
        return String.format(Locale.ROOT, "%.3f", p);
    }

    private static boolean isWhole(double v) { return v == Math.rint(v) && Math.abs(v) < 1e15; }
}
