package org.sxbelt.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A box in factor space: per factor a closed range {@code [lower, upper]}. A case is in the box when
 * every factor value lies in its range.
 */
public record Box(double[] lower, double[] upper) {

    public Box {
        if (lower.length != upper.length) throw new IllegalArgumentException("lower and upper of different length");
        lower = lower.clone();
        upper = upper.clone();
    }

    /** The smallest box holding every case: per factor its smallest and largest value. */
    public static Box around(Cases c) {
        int d = c.dimensions();
        double[] lo = new double[d], hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] row : c.x()) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], row[j]);
                hi[j] = Math.max(hi[j], row[j]);
            }
        }
        return new Box(lo, hi);
    }

    public double lower(int j) { return lower[j]; }

    public double upper(int j) { return upper[j]; }

    public boolean contains(double[] row) {
        for (int j = 0; j < lower.length; j++) if (row[j] < lower[j] || row[j] > upper[j]) return false;
        return true;
    }

    /** This box with factor {@code j}'s range replaced. */
    public Box with(int j, double lo, double hi) {
        double[] l = lower.clone(), u = upper.clone();
        l[j] = lo;
        u[j] = hi;
        return new Box(l, u);
    }

    /** The factors whose range is narrower than in {@code initial}, in factor order. */
    public List<Integer> restricted(Box initial) {
        List<Integer> r = new ArrayList<>();
        for (int j = 0; j < lower.length; j++) if (lower[j] != initial.lower[j] || upper[j] != initial.upper[j]) r.add(j);
        return r;
    }

    /** The rows of the cases inside the box, in increasing order. */
    public int[] rowsIn(Cases c) {
        int[] rows = new int[c.size()];
        int k = 0;
        for (int i = 0; i < c.size(); i++) if (contains(c.x()[i])) rows[k++] = i;
        return Arrays.copyOf(rows, k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper); }

    @Override
    public String toString() { return "Box" + Arrays.toString(lower) + Arrays.toString(upper); }
}
