package org.sxbelt.experiment.sweep;

/**
 * One row of a sampling plan on the unit hypercube [0, 1]^k, with where it sits in the plan's
 * structure: {@code group} and {@code step} are the Morris trajectory and step, or the Saltelli
 * matrix label ({@code A}, {@code B}, {@code AB1}..{@code ABk}) and sample index; empty/-1 for plans
 * without structure. For a full factorial the coordinates are level indices, not unit values.
 */
public record UnitPoint(double[] u, String group, int step) {

    public UnitPoint {
        u = u.clone();
    }

    /** A point without structure. */
    public static UnitPoint plain(double[] u) {
        return new UnitPoint(u, "", -1);
    }

    @Override
    public double[] u() {
        return u.clone();
    }

    public double u(int factor) {
        return u[factor];
    }

    public int dimension() {
        return u.length;
    }
}
