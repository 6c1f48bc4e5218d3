package org.sxbelt.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of every factor's levels, the last factor varying fastest (like nested loops
 * in factor order). Coordinates are level indices. Combination {@code i} is computed from its index
 * ({@link #combination}), so a plan never holds the list.
 */
public final class FullFactorial {

    private FullFactorial() {}

    /**
     * Number of combinations: the product of the level counts (1 for no factors), computed exactly;
     * {@link Long#MAX_VALUE} when the product does not fit in a long (16 factors of 16 levels = 2^64).
     */
    public static long size(int[] levelCounts) {
        long n = 1;
        for (int c : levelCounts) {
            if (c < 1) throw new IllegalArgumentException("a factor needs at least one level, got " + c);
            n = saturatingMultiply(n, c);
        }
        return n;
    }

    /** a × b for non-negative a and b, {@link Long#MAX_VALUE} when it overflows. */
    static long saturatingMultiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Combination {@code index} (0-based, lexicographic order) as level indices. */
    public static int[] combination(int[] levelCounts, long index) {
        int k = levelCounts.length;
        int[] idx = new int[k];
        long rest = index;
        for (int j = k - 1; j >= 0; j--) {
            idx[j] = (int) (rest % levelCounts[j]);
            rest /= levelCounts[j];
        }
        return idx;
    }

    /** All combinations as level indices, in lexicographic order (for small designs and tests). */
    public static List<int[]> combinations(int[] levelCounts) {
        long n = size(levelCounts);
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("too many combinations: " + n);
        List<int[]> out = new ArrayList<>((int) n);
        for (long r = 0; r < n; r++) out.add(combination(levelCounts, r));
        return out;
    }

    /** Combination {@code index} as a plan point (coordinates are level indices). */
    public static UnitPoint point(int[] levelCounts, long index) {
        int[] c = combination(levelCounts, index);
        double[] u = new double[c.length];
        for (int j = 0; j < c.length; j++) u[j] = c[j];
        return UnitPoint.plain(u);
    }
}
