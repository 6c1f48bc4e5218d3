package org.sxbelt.experiment.calibration;

import org.sxbelt.params.NumberText;
import org.sxbelt.params.Param;

/**
 * A behavioural parameter the calibration estimates, with the bounds of its search. The search works
 * on the unit interval ({@link #value}: {@code low + u (high − low)}), so that every parameter has the
 * same scale for CMA-ES; a whole-number parameter is rounded to the nearest whole number, a real one
 * to six significant digits, so that the scenario file of a candidate holds exactly the value run.
 *
 * @param param the parameter (a real or whole-number one)
 * @param low   lower bound of the search, within the parameter's allowed range
 * @param high  upper bound, above {@code low}, within the allowed range
 * @param why   one phrase on why it is free and why these bounds
 */
public record FreeParameter(Param param, double low, double high, String why) {

    public FreeParameter {
        if (param.kind() != Param.Kind.REAL && param.kind() != Param.Kind.INTEGER) {
            throw new IllegalArgumentException(param.key() + " is " + param.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ": only real and whole-number parameters can be calibrated");
        }
        if (!(low < high)) {
            throw new IllegalArgumentException(param.key() + ": low " + NumberText.data(low) + " must be below high "
                    + NumberText.data(high));
        }
        if (!param.accepts(low) || !param.accepts(high)) {
            throw new IllegalArgumentException(param.key() + ": bounds " + NumberText.data(low) + ".." + NumberText.data(high)
                    + " must lie in its allowed range " + NumberText.data(param.min()) + ".." + NumberText.data(param.max()));
        }
        why = why == null ? "" : why;
    }

    public String key() { return param.key(); }

    /** The parameter value at unit coordinate {@code u} (clamped to [0, 1]), rounded as the class says. */
    public double value(double u) {
        double x = low + Math.max(0, Math.min(1, u)) * (high - low);
        if (param.kind() == Param.Kind.INTEGER) return Math.max(low, Math.min(high, Math.rint(x)));
        double rounded = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", x));
        return Math.max(low, Math.min(high, rounded));
    }

    /** The unit coordinate of a value (clamped to [0, 1]): where the search starts from a scenario's value. */
    public double unit(double value) {
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }
}
