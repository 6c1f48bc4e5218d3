package org.sxbelt.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of every factor's levels, the last factor varying fastest (like nested loops
 * in factor order). Coordinates are level indices.
 */
public final class FullFactorial {

    private FullFactorial() {}

    /** Number of combinations: the product of the level counts (1 for no factors). */
    public static int size(int[] levelCounts) {
        long n = 1;
        for (int c : levelCounts) {
            if (c < 1) throw new IllegalArgumentException("a factor needs at least one level, got " + c);
            n *= c;
            if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("too many combinations");
        }
        return (int) n;
    }

    /** All combinations as level indices, in lexicographic order. */
    public static List<int[]> combinations(int[] levelCounts) {
        int n = size(levelCounts);
        int k = levelCounts.length;
        List<int[]> out = new ArrayList<>(n);
        int[] idx = new int[k];
        for (int r = 0; r < n; r++) {
            out.add(idx.clone());
            for (int j = k - 1; j >= 0; j--) {
                if (++idx[j] < levelCounts[j]) break;
                idx[j] = 0;
            }
        }
        return out;
    }

    /** The combinations as plan points (coordinates are level indices). */
    public static List<UnitPoint> points(int[] levelCounts) {
        List<UnitPoint> out = new ArrayList<>();
        for (int[] c : combinations(levelCounts)) {
            double[] u = new double[c.length];
            for (int j = 0; j < c.length; j++) u[j] = c[j];
            out.add(UnitPoint.plain(u));
        }
        return out;
    }
}
