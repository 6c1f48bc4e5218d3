package org.sxbelt.experiment;

import org.sxbelt.model.Level;
import org.sxbelt.params.NumberText;
import org.sxbelt.params.SimMonthFormat;

import java.util.List;
import java.util.Locale;

/**
 * One stylised fact from the sources ({@code shared/calibration.md}) and how to read it off the
 * model: a row of {@code calibration/targets.csv}.
 *
 * @param id          short unique name, e.g. {@code park_wage_2019_20}
 * @param kind        fitted (in the calibration loss), tested (out of sample) or input (given; not evidence)
 * @param fact        the fact in words, with its unit
 * @param statistic   how the simulated value is computed from the monthly values
 * @param numerator   indicators summed into the monthly value (for {@link Statistic#PARAMETER}: one parameter key)
 * @param denominator indicators summed into the denominator of a {@link Statistic#RATIO}; empty otherwise
 * @param level       level of the indicator rows read; null for a parameter
 * @param units       units (county or town ids, prefecture names, {@code belt}) summed over; empty for a parameter
 * @param monthFrom   first month read (0 = 2015-01)
 * @param monthTo     last month read, included
 * @param low         lower end of the source's range ({@code -Infinity}: none)
 * @param high        upper end of the source's range ({@code +Infinity}: none); equal to low for a single figure
 * @param tolerance   for a single figure (low = high) only: its relative half-width (±10 % unless the source
 *                    says otherwise); 0 for a range, which is the source's own
 * @param source      where the figure stands in the sources
 * @param why         one phrase on why the fact has its kind (may be empty in user files)
 * @param line        line of the target file (1 = header), for messages
 */
public record CalibrationTarget(String id, CalibrationTargetKind kind, String fact, Statistic statistic,
                                List<String> numerator, List<String> denominator, Level level, List<String> units,
                                int monthFrom, int monthTo, double low, double high, double tolerance, String source,
                                String why, int line) {

    public CalibrationTarget {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
        units = List.copyOf(units);
    }

    /**
     * Lower end of the range counted as OK: {@code low}, or for a single figure {@code low − |low|·tolerance}
     * (the tolerance of a range is 0).
     */
    public double okLow() { return slack(low, -1); }

    /** Upper end of the range counted as OK: {@code high}, or for a single figure {@code high + |high|·tolerance}. */
    public double okHigh() { return slack(high, +1); }

    private double slack(double bound, int sign) {
        if (Double.isInfinite(bound)) return bound;
        return bound + sign * Math.abs(bound) * tolerance;
    }

    /** Whether a simulated value lies in the source's range [okLow, okHigh] (NaN: no). */
    public boolean withinRange(double x) {
        return !Double.isNaN(x) && x >= okLow() && x <= okHigh();
    }

    /**
     * The signed relative miss of a simulated value: 0 inside [okLow, okHigh]; below it
     * {@code (x − okLow)/|okLow|} (negative), above it {@code (x − okHigh)/|okHigh|} (positive). A bound of 0
     * is scaled by the other bound's size when that is finite and not 0, else the miss is absolute. NaN for NaN.
     */
    public double signedMiss(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        double lo = okLow(), hi = okHigh();
        if (x >= lo && x <= hi) return 0;
        double bound = x < lo ? lo : hi;
        double other = x < lo ? hi : lo;
        double scale = bound != 0 ? Math.abs(bound)
                : (!Double.isInfinite(other) && other != 0 ? Math.abs(other) : 1);
        return (x - bound) / scale;
    }

    /** Months needed to compute the statistic: month_to + 1. */
    public int monthsNeeded() { return monthTo + 1; }

    /** The indicator column as written in the file: {@code a+b} or {@code a+b/c+d}. */
    public String indicatorText() {
        String num = String.join("+", numerator);
        return denominator.isEmpty() ? num : num + "/" + String.join("+", denominator);
    }

    /** The unit column as written in the file. */
    public String unitText() { return String.join("+", units); }

    /** The level column as written in the file (empty for a parameter). */
    public String levelText() { return level == null ? "" : level.label(); }

    /** "2019-01..2020-12", or one month. */
    public String monthsText() {
        String a = SimMonthFormat.format(monthFrom);
        return monthFrom == monthTo ? a : a + ".." + SimMonthFormat.format(monthTo);
    }

    /** The source's range in words: "3,000..5,000", "7,450 ±10%", ">= 3,500", "<= 0.02". */
    public String rangeText() {
        if (low == high) return NumberText.forPeople(low) + (tolerance > 0 ? " ±" + toleranceText() : "");
        if (Double.isInfinite(high)) return ">= " + NumberText.forPeople(low);
        if (Double.isInfinite(low) || (low == 0 && high > 0)) return "<= " + NumberText.forPeople(high);
        return NumberText.forPeople(low) + ".." + NumberText.forPeople(high);
    }

    /** The tolerance in words, e.g. "20%". */
    public String toleranceText() {
        return String.format(Locale.ROOT, "%s%%", NumberText.data(tolerance * 100));
    }
}
