package org.sxbelt.experiment.report;

import org.apache.commons.text.StringEscapeUtils;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Escaping and number formatting for the HTML report. */
final class Html {

    private Html() {}

    /** Text escaped for HTML content and attribute values. */
    static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s);
    }

    /** For people: NA, 12,345, 123.4, 1.235, 0.01235, 1.2e-06 (four significant digits, grouping from 10,000). */
    static String num(double x) {
        if (Double.isNaN(x)) return "NA";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "−∞";
        double a = Math.abs(x);
        if (a == 0) return "0";
        if (a >= 1e4) return String.format(Locale.ROOT, "%,.0f", x);
        if (a < 1e-4) return String.format(Locale.ROOT, "%.2e", x);
        String s = new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** A p-value: NA, &lt; 0.001, or three decimals. */
    static String p(double p) {
        if (Double.isNaN(p)) return "NA";
        if (p < 0.001) return "< 0.001";
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /** An interval {@code [low, high]}, or NA. */
    static String interval(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) return "NA";
        return "[" + num(low) + ", " + num(high) + "]";
    }
}
