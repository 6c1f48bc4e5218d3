package org.sxbelt.experiment.sweep;

import org.apache.commons.math3.random.SobolSequenceGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * Saltelli (2010) sampling for first-order and total Sobol' indices: N base points of a Sobol'
 * sequence in 2k dimensions (the all-zero first point skipped) give matrix A (first k columns) and
 * B (last k columns); AB_i is A with its column i taken from B. Points are returned matrix by
 * matrix: A (N rows), B (N rows), AB1 (N rows) ... ABk (N rows), N (k + 2) in all.
 * {@link UnitPoint#group()} is the matrix label ({@code A}, {@code B}, {@code AB1}..) and
 * {@link UnitPoint#step()} the sample index 0..N−1, so f(A_j), f(B_j), f(AB_i,j) pair up by index
 * (Saltelli et al. 2010 estimators; Jansen for the total index).
 *
 * <p>Row j of A and B is element j + 2 of the sequence (elements 0, the zero point, and 1 are
 * skipped), made from its index alone ({@link SobolSequenceGenerator#skipTo}), so a point costs O(k)
 * and the design is never held.
 */
public final class SaltelliDesign {

    private final int n;
    private final int k;
    private final SobolSequenceGenerator gen;

    private SaltelliDesign(int n, int k) {
        if (n < 1) throw new IllegalArgumentException("samples must be at least 1, got " + n);
        if (k < 1) throw new IllegalArgumentException("a Sobol design needs at least one factor");
        if (2 * k > 1000) throw new IllegalArgumentException("at most 500 factors");
        this.n = n;
        this.k = k;
        this.gen = new SobolSequenceGenerator(2 * k);
    }

    public static SaltelliDesign of(int n, int k) {
        return new SaltelliDesign(n, k);
    }

    /** Total number of points: N (k + 2). */
    public static long size(int n, int k) {
        return (long) n * (k + 2);
    }

    /** The design as a list (for small designs and tests). */
    public static List<UnitPoint> sample(int n, int k) {
        SaltelliDesign d = of(n, k);
        List<UnitPoint> out = new ArrayList<>((int) size(n, k));
        for (int i = 0; i < size(n, k); i++) out.add(d.point(i));
        return out;
    }

    /** Point {@code index} of the design (matrix index / N, sample index % N). */
    public synchronized UnitPoint point(int index) {
        int matrix = index / n;
        int j = index % n;
        double[] v = gen.skipTo(j + 2);
        double[] u = new double[k];
        if (matrix == 0) {
            System.arraycopy(v, 0, u, 0, k);
            return new UnitPoint(u, "A", j);
        }
        if (matrix == 1) {
            System.arraycopy(v, k, u, 0, k);
            return new UnitPoint(u, "B", j);
        }
        int i = matrix - 2;
        System.arraycopy(v, 0, u, 0, k);
        u[i] = v[k + i];
        return new UnitPoint(u, "AB" + (i + 1), j);
    }
}
