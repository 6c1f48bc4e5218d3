package org.sxbelt.experiment;

import java.util.Locale;

/**
 * How a target's simulated value is computed from the monthly indicator stream of one run. The
 * monthly value {@code x(t)} is the sum, over the target's indicators and units, of the recorded
 * values in month {@code t} (one indicator and one unit: just that value); for {@link #RATIO} the
 * indicator column holds {@code a/b} and {@code x(t)}, {@code y(t)} are the numerator's and the
 * denominator's monthly values. Months run from {@code from} to {@code to}, both included.
 * A month whose value is NA (a ratio indicator over an empty denominator) is left out of
 * {@link #MEAN}, {@link #SUM} and {@link #RATIO}; the other statistics are NA if a month they
 * read is NA.
 */
public enum Statistic {

    /** Mean of x(t) over the months: Σ x(t) / (number of months with a value). */
    MEAN("mean of the monthly value over month_from..month_to") {
        @Override
        public double compute(Series s, int from, int to) {
            double[] sumCount = sumOfValues(s, from, to);
            return sumCount[1] == 0 ? Double.NaN : sumCount[0] / sumCount[1];
        }
    },

    /** x(to); month_from must equal month_to. */
    VALUE("the value at month_to (month_from = month_to)") {
        @Override
        public double compute(Series s, int from, int to) {
            return s.numerator(to);
        }
    },

    /** Σ x(t) over the months: the total of a flow such as firm_relocations (firms/month). */
    SUM("sum of the monthly value over month_from..month_to (totals of flows)") {
        @Override
        public double compute(Series s, int from, int to) {
            double[] sumCount = sumOfValues(s, from, to);
            return sumCount[1] == 0 ? Double.NaN : sumCount[0];
        }
    },

    /** x(to) − x(from). */
    CHANGE("value at month_to minus value at month_from") {
        @Override
        public double compute(Series s, int from, int to) {
            return s.numerator(to) - s.numerator(from);
        }
    },

    /** x(to) / x(from): what is left of a stock (NA when x(from) is 0). */
    GROWTH("value at month_to divided by value at month_from") {
        @Override
        public double compute(Series s, int from, int to) {
            double a = s.numerator(from);
            return a == 0 ? Double.NaN : s.numerator(to) / a;
        }
    },

    /** Σ x(t) / Σ y(t) over the months where both have a value (a ratio of sums, NA when Σ y = 0). */
    RATIO("sum of the numerator over the months divided by the sum of the denominator (indicator a/b)") {
        @Override
        public double compute(Series s, int from, int to) {
            double num = 0, den = 0;
            for (int t = from; t <= to; t++) {
                double x = s.numerator(t), y = s.denominator(t);
                if (Double.isNaN(x) || Double.isNaN(y)) continue;
                num += x;
                den += y;
            }
            return den == 0 ? Double.NaN : num / den;
        }
    },

    /**
     * The value of a model parameter (the indicator column holds its key) in force at month_to: the
     * scenario's value, changed by its timed events up to that month. The same in every seed. For
     * facts the model takes as input where no indicator measures them.
     */
    PARAMETER("the parameter's value in force at month_to (indicator = parameter key)") {
        @Override
        public double compute(Series s, int from, int to) {
            throw new UnsupportedOperationException("a parameter statistic does not read the indicator stream");
        }
    };

    /** Monthly values of one target in one run. */
    public interface Series {
        /** x(t): the sum of the numerator's indicators over the units; NaN if one of them is NA. */
        double numerator(int month);

        /** y(t), for {@link #RATIO}; NaN otherwise. */
        double denominator(int month);
    }

    private final String meaning;

    Statistic(String meaning) {
        this.meaning = meaning;
    }

    /** The statistic of the months {@code from..to} (both included). */
    public abstract double compute(Series s, int from, int to);

    /** The name used in target files. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** One line on how it is computed. */
    public String meaning() { return meaning; }

    /** The statistic with this name in a target file, or null. */
    public static Statistic byId(String id) {
        for (Statistic s : values()) if (s.id().equals(id)) return s;
        return null;
    }

    /** Sum of the numerator's values over the months that have one, and how many there are. */
    private static double[] sumOfValues(Series s, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int t = from; t <= to; t++) {
            double x = s.numerator(t);
            if (Double.isNaN(x)) continue;
            sum += x;
            n++;
        }
        return new double[]{sum, n};
    }
}
