package org.sxbelt.experiment.sweep;

import org.sxbelt.params.NumberText;
import org.sxbelt.params.Param;

import java.util.List;

/**
 * One varied parameter: its listed {@code levels} (factorial), its value at each point (points, in
 * {@code levels} too) or its range [min, max] (lhs, morris,
 * sobol; uniform, INTEGER parameters rounded to the nearest whole number).
 */
public record Factor(Param param, List<Double> levels, double min, double max) {

    public Factor {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public String key() { return param.key(); }

    /**
     * The parameter value at unit coordinate u in [0, 1]: min + u (max − min), rounded for INTEGER
     * parameters and, for REAL ones, to the digits design.csv shows (so that the file holds exactly
     * the value that was run).
     */
    public double atUnit(double u) {
        double v = min + u * (max - min);
        if (param.kind() == Param.Kind.INTEGER) v = Math.rint(v);
        else v = Double.parseDouble(NumberText.data(v));
        return Math.max(min, Math.min(max, v));
    }

    /** The value as design.csv and results.csv show it. */
    public String format(double value) {
        return switch (param.kind()) {
            case BOOLEAN, CHOICE -> param.format(value);
            default -> NumberText.data(value);
        };
    }
}
