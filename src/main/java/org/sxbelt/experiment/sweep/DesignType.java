package org.sxbelt.experiment.sweep;

import java.util.Locale;

/** How factor values are chosen; written in lower case in experiment files and design.csv. */
public enum DesignType {
    /** No factors: one design point per scenario. */
    NONE,
    /** Every combination of the factors' listed levels. */
    FACTORIAL,
    /** Latin hypercube of {@code points} points on the factors' [min, max] ranges. */
    LHS,
    /** Morris elementary-effects trajectories. */
    MORRIS,
    /** Saltelli sampling for Sobol' indices. */
    SOBOL,
    /** Points listed one by one: each factor gives its value at every point ({@code values}). */
    POINTS;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** The type named in a file, or null. */
    public static DesignType of(String label) {
        for (DesignType t : values()) if (t.label().equals(label)) return t;
        return null;
    }
}
