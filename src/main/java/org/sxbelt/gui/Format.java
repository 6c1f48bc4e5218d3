package org.sxbelt.gui;

import java.util.Locale;

/** Numbers as the inspectors show them: grouped digits, a unit in the GUI's language, a precision that fits. */
final class Format {

    private Format() {}

    static String count(Labels l, double v, String unitKey) {
        if (Double.isNaN(v)) return "–";
        return String.format(Locale.ROOT, "%,.0f", v) + " " + l.get(unitKey);
    }

    static String persons(Labels l, double v) { return count(l, v, "unit.persons"); }

    /** A share as a percentage: one decimal below 10 %, none above. */
    static String percent(Labels l, double share) {
        if (Double.isNaN(share)) return "–";
        double p = 100 * share;
        return String.format(Locale.ROOT, Math.abs(p) < 10 ? "%.1f %%" : "%.0f %%", p);
    }

    static String yuanPerMonth(Labels l, double v) { return count(l, v, "unit.yuanPerMonth"); }

    static String yuan(Labels l, double v) { return count(l, v, "unit.yuan"); }

    static String decimal(double v, int digits) {
        if (Double.isNaN(v)) return "–";
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static String km(Labels l, double v) {
        if (Double.isNaN(v)) return "–";
        return String.format(Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v) + " " + l.get("unit.km");
    }
}
