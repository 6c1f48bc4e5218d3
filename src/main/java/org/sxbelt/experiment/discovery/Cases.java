package org.sxbelt.experiment.discovery;

import java.util.List;

/**
 * The data PRIM works on: one case per run, its factor values {@code x[case][factor]} and whether the
 * outcome of interest happened ({@code y[case]}).
 */
public record Cases(List<String> factors, double[][] x, boolean[] y) {

    public Cases {
        factors = List.copyOf(factors);
        if (x.length != y.length) throw new IllegalArgumentException(x.length + " rows of factors for " + y.length + " outcomes");
        for (double[] row : x) {
            if (row.length != factors.size()) {
                throw new IllegalArgumentException("a row with " + row.length + " values for " + factors.size() + " factors");
            }
            for (double v : row) if (!Double.isFinite(v)) throw new IllegalArgumentException("a factor value " + v);
        }
    }

    public int size() { return y.length; }

    public int dimensions() { return factors.size(); }

    /** How many cases have the outcome of interest. */
    public int ofInterest() {
        int k = 0;
        for (boolean b : y) if (b) k++;
        return k;
    }

    /** The cases at the given rows, in that order (rows may repeat: a bootstrap resample). */
    public Cases rows(int[] rows) {
        double[][] rx = new double[rows.length][];
        boolean[] ry = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rx[i] = x[rows[i]];
            ry[i] = y[rows[i]];
        }
        return new Cases(factors, rx, ry);
    }
}
