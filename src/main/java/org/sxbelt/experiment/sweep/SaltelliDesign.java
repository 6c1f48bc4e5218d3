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
 */
public final class SaltelliDesign {

    private SaltelliDesign() {}

    /** Total number of points: N (k + 2). */
    public static int size(int n, int k) {
        return n * (k + 2);
    }

    public static List<UnitPoint> sample(int n, int k) {
        if (n < 1) throw new IllegalArgumentException("samples must be at least 1, got " + n);
        if (k < 1) throw new IllegalArgumentException("a Sobol design needs at least one factor");
        if (2 * k > 1000) throw new IllegalArgumentException("at most 500 factors");
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        gen.skipTo(1);
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int j = 0; j < n; j++) {
            double[] v = gen.nextVector();
            System.arraycopy(v, 0, a[j], 0, k);
            System.arraycopy(v, k, b[j], 0, k);
        }
        List<UnitPoint> out = new ArrayList<>(size(n, k));
        for (int j = 0; j < n; j++) out.add(new UnitPoint(a[j], "A", j));
        for (int j = 0; j < n; j++) out.add(new UnitPoint(b[j], "B", j));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                out.add(new UnitPoint(ab, "AB" + (i + 1), j));
            }
        }
        return out;
    }
}
