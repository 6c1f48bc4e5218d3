package org.sxbelt.experiment.sweep;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * Latin hypercube sample (McKay, Beckman & Conover 1979): for each factor, [0, 1) is cut into
 * {@code n} equal bins and every bin holds exactly one of the {@code n} points, at a uniform
 * random position within the bin; the bins are matched across factors by independent random
 * permutations. Deterministic for a given seed (Mersenne Twister).
 */
public final class LatinHypercube {

    private LatinHypercube() {}

    public static List<UnitPoint> sample(int n, int k, long seed) {
        if (n < 1) throw new IllegalArgumentException("points must be at least 1, got " + n);
        if (k < 1) throw new IllegalArgumentException("a Latin hypercube needs at least one factor");
        RandomGenerator rng = new MersenneTwister(seed);
        double[][] x = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = permutation(n, rng);
            for (int i = 0; i < n; i++) x[i][j] = (perm[i] + rng.nextDouble()) / n;
        }
        List<UnitPoint> out = new ArrayList<>(n);
        for (double[] row : x) out.add(UnitPoint.plain(row));
        return out;
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
