package org.sxbelt.experiment.calibration;

import org.sxbelt.experiment.CalibrationTarget;

import java.util.List;

/**
 * The calibration loss: the mean over the fitted targets of the squared scaled error of the simulated
 * mean (over replications, common random numbers), each error scaled by the target's own tolerance so
 * that facts of every unit weigh alike.
 *
 * <p>The scaled error {@link #scaledError} is 0 at the middle of the source's range and ±1 at its ends:
 * for a range {@code [low, high]} it is {@code (x − mid) / half}; for a single figure with tolerance τ,
 * {@code (x − figure) / (|figure| τ)}. A one-sided range (at least, at most) has no middle: the error is 0
 * inside and, outside, the signed relative miss divided by 0.1, so that a miss of 10 % weighs as much as
 * a single figure's whole tolerance. A value the model could not compute (NA in a replication) counts
 * {@link #NA_ERROR}, worse than any in-range value, so the search moves away from settings that break a
 * statistic. The loss computes; it writes nothing.
 */
public final class CalibrationLoss {

    /** The scaled error of a target that is NA: ten half-widths. */
    public static final double NA_ERROR = 10;
    /** The relative miss that counts one unit of error on a one-sided range. */
    static final double ONE_SIDED_UNIT = 0.1;

    private CalibrationLoss() {}

    /** The loss and each target's scaled error. */
    public record Value(double loss, double[] errors) {
        public Value {
            errors = errors.clone();
        }

        @Override
        public double[] errors() { return errors.clone(); }

        public double error(int k) { return errors[k]; }
    }

    /** The scaled error of simulated value {@code x} against {@code t}; {@link #NA_ERROR} for NaN. */
    public static double scaledError(CalibrationTarget t, double x) {
        if (Double.isNaN(x)) return NA_ERROR;
        double lo = t.low(), hi = t.high();
        if (lo == hi) {
            double half = Math.abs(lo) * (t.tolerance() > 0 ? t.tolerance() : ONE_SIDED_UNIT);
            return half > 0 ? (x - lo) / half : (x - lo) / ONE_SIDED_UNIT;
        }
        if (Double.isInfinite(lo) || Double.isInfinite(hi)) return t.signedMiss(x) / ONE_SIDED_UNIT;
        return (x - (lo + hi) / 2) / ((hi - lo) / 2);
    }

    /** The loss of simulated means {@code x} (in target order) over {@code targets}, which must all be fitted. */
    public static Value of(List<CalibrationTarget> targets, double[] x) {
        if (targets.isEmpty()) throw new IllegalArgumentException("no fitted targets");
        if (x.length != targets.size()) throw new IllegalArgumentException(x.length + " values for " + targets.size() + " targets");
        double[] e = new double[x.length];
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            e[k] = scaledError(targets.get(k), x[k]);
            sum += e[k] * e[k];
        }
        return new Value(sum / x.length, e);
    }
}
