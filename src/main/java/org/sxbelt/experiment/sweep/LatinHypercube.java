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
 *
 * <p>The draws go factor by factor, so a point cannot be made alone: the sample is held as one array of
 * {@code n × k} doubles (8 bytes a coordinate; {@link ExperimentFile} caps n × k at
 * {@value ExperimentFile#MAX_LHS_CELLS}).
 */
public final class LatinHypercube {

    private final int n;
    private final int k;
    private final double[] x; // row-major: point i, factor j at i * k + j

    private LatinHypercube(int n, int k, double[] x) {
        this.n = n;
        this.k = k;
        this.x = x;
    }

    public static LatinHypercube generate(int n, int k, long seed) {
        if (n < 1) throw new IllegalArgumentException("points must be at least 1, got " + n);
        if (k < 1) throw new IllegalArgumentException("a Latin hypercube needs at least one factor");
        RandomGenerator rng = new MersenneTwister(seed);
        double[] x = new double[Math.multiplyExact(n, k)];
        for (int j = 0; j < k; j++) {
            int[] perm = permutation(n, rng);
            for (int i = 0; i < n; i++) x[i * k + j] = (perm[i] + rng.nextDouble()) / n;
        }
        return new LatinHypercube(n, k, x);
    }

    /** The sample as a list (for small designs and tests). */
    public static List<UnitPoint> sample(int n, int k, long seed) {
        LatinHypercube h = generate(n, k, seed);
        List<UnitPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(h.point(i));
        return out;
    }

    public int size() { return n; }

    public UnitPoint point(int i) {
        double[] u = new double[k];
        System.arraycopy(x, i * k, u, 0, k);
        return UnitPoint.plain(u);
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
