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
 * @param fact        the fact in words, with its unit
 * @param statistic   how the simulated value is computed from the monthly values
 * @param numerator   indicators summed into the monthly value (for {@link Statistic#PARAMETER}: one parameter key)
 * @param denominator indicators summed into the denominator of a {@link Statistic#RATIO}; empty otherwise
 * @param level       level of the indicator rows read; null for a parameter
 * @param units       units (county or town ids, prefecture names, {@code belt}) summed over; empty for a parameter
 * @param monthFrom   first month read (0 = 2015-01)
 * @param monthTo     last month read, included
 * @param low         lower end of the target range ({@code -Infinity}: none)
 * @param high        upper end of the target range ({@code +Infinity}: none); equal to low for a point target
 * @param tolerance   relative slack outside [low, high] still counted as within tolerance
 * @param source      where the figure stands in the sources
 * @param line        line of the target file (1 = header), for messages
 */
public record CalibrationTarget(String id, String fact, Statistic statistic, List<String> numerator,
                                List<String> denominator, Level level, List<String> units, int monthFrom,
                                int monthTo, double low, double high, double tolerance, String source, int line) {

    public CalibrationTarget {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
        units = List.copyOf(units);
    }

    /** Lowest mean counted as within tolerance: {@code low − |low|·tolerance}. */
    public double okLow() { return slack(low, -1); }

    /** Highest mean counted as within tolerance: {@code high + |high|·tolerance}. */
    public double okHigh() { return slack(high, +1); }

    private double slack(double bound, int sign) {
        if (Double.isInfinite(bound)) return bound;
        return bound + sign * Math.abs(bound) * tolerance;
    }

    /** Whether a simulated value lies within the target range widened by the tolerance (NaN: no). */
    public boolean withinTolerance(double x) {
        return !Double.isNaN(x) && x >= okLow() && x <= okHigh();
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

    /** The target in words: "3,000..5,000", "7,450", ">= 3,500", "<= 0.02". */
    public String rangeText() {
        if (low == high) return NumberText.forPeople(low);
        if (Double.isInfinite(high)) return ">= " + NumberText.forPeople(low);
        if (Double.isInfinite(low) || (low == 0 && high > 0)) return "<= " + NumberText.forPeople(high);
        return NumberText.forPeople(low) + ".." + NumberText.forPeople(high);
    }

    /** The tolerance in words, e.g. "20%". */
    public String toleranceText() {
        return String.format(Locale.ROOT, "%s%%", NumberText.data(tolerance * 100));
    }
}
