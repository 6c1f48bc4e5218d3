package org.sxbelt.experiment.stats;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.sxbelt.params.NumberText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;

/**
 * Variance-based (Sobol) sensitivity indices from the {@code sobol} points of a Saltelli (2010) design:
 * matrices A and B (N base samples each) and AB_i = A with column i taken from B.
 *
 * <ul>
 *   <li>first order (Saltelli et al. 2010, Table 2 (b)): {@code S_i = mean_j[f(B)_j (f(AB_i)_j − f(A)_j)] / V};</li>
 *   <li>total (Jansen 1999): {@code ST_i = mean_j[(f(A)_j − f(AB_i)_j)²] / (2V)};</li>
 * </ul>
 * with V the variance (n denominator) of all f(A) and f(B) values. The outputs are first centred on the
 * mean of f(A) and f(B) (as SALib does): this leaves the expectation of S_i unchanged and ST_i and V
 * identical, but removes the large variance the raw estimator has when the mean is far from zero (incomes,
 * counts). 95% confidence intervals are bootstrap
 * percentiles over the base samples j (resampled with replacement, the same resample for every factor,
 * {@value #RESAMPLES} resamples from a fixed-seed Mersenne Twister, so the intervals are reproducible).
 * A base sample whose response is NA in any matrix is left out.
 */
public final class SobolIndices {

    public static final String FILE_NAME = "sobol.csv";
    public static final int RESAMPLES = 500;
    public static final long BOOTSTRAP_SEED = 20100101L;

    /** The indices of one factor. {@code n} is the number of base samples used. */
    public record Index(String indicator, String factor, int n, double s1, double s1Low, double s1High,
                        double st, double stLow, double stHigh) {}

    private final List<Index> indices;

    private SobolIndices(List<Index> indices) {
        this.indices = indices;
    }

    /** The indices of one indicator with the response {@code y(point)}. */
    public static SobolIndices of(DesignFile design, String indicator, IntToDoubleFunction y) {
        return of(design, indicator, y, RESAMPLES, BOOTSTRAP_SEED);
    }

    public static SobolIndices of(DesignFile design, String indicator, IntToDoubleFunction y, int resamples, long seed) {
        int k = design.factors().size();
        Map<String, Map<Integer, Double>> byMatrix = new HashMap<>();
        TreeSet<Integer> samples = new TreeSet<>();
        for (DesignFile.Point p : design.pointsOfType("sobol")) {
            int j;
            try {
                j = Integer.parseInt(p.step().strip());
            } catch (NumberFormatException e) {
                throw new ExperimentDataException(DesignFile.FILE_NAME + ": sobol point " + p.point()
                        + " has design_step '" + p.step() + "', expected the base sample index");
            }
            String g = p.group().strip();
            if (g.equals("A")) samples.add(j);
            byMatrix.computeIfAbsent(g, x -> new HashMap<>()).put(j, y.applyAsDouble(p.point()));
        }
        List<Integer> usable = new ArrayList<>();
        for (int j : samples) {
            boolean ok = finite(byMatrix, "A", j) && finite(byMatrix, "B", j);
            for (int i = 1; i <= k && ok; i++) ok = finite(byMatrix, "AB" + i, j);
            if (ok) usable.add(j);
        }
        int n = usable.size();
        double[] fA = new double[n], fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int q = 0; q < n; q++) {
            int j = usable.get(q);
            fA[q] = byMatrix.get("A").get(j);
            fB[q] = byMatrix.get("B").get(j);
            for (int i = 0; i < k; i++) fAB[i][q] = byMatrix.get("AB" + (i + 1)).get(j);
        }
        double[][] est = estimate(fA, fB, fAB);
        double[][][] ci = bootstrap(fA, fB, fAB, resamples, seed);
        List<Index> list = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            list.add(new Index(indicator, design.factors().get(i), n, est[0][i], ci[0][i][0], ci[0][i][1],
                    est[1][i], ci[1][i][0], ci[1][i][1]));
        }
        return new SobolIndices(List.copyOf(list));
    }

    private static boolean finite(Map<String, Map<Integer, Double>> m, String g, int j) {
        Map<Integer, Double> col = m.get(g);
        if (col == null) return false;
        Double v = col.get(j);
        return v != null && !Double.isNaN(v) && !Double.isInfinite(v);
    }

    /**
     * The point estimates: {@code [0][i]} first order, {@code [1][i]} total, from f(A), f(B) and f(AB_i)
     * (all of length N). NaN with fewer than two samples or zero variance.
     */
    public static double[][] estimate(double[] fA, double[] fB, double[][] fAB) {
        int n = fA.length, k = fAB.length;
        double[][] r = new double[2][k];
        double mean = 0;
        for (int j = 0; j < n; j++) mean += fA[j] + fB[j];
        mean /= 2.0 * n;
        double v = 0;
        for (int j = 0; j < n; j++) v += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        v /= 2.0 * n;
        for (int i = 0; i < k; i++) {
            if (n < 2 || !(v > 0)) {
                r[0][i] = r[1][i] = Double.NaN;
                continue;
            }
            double s = 0, t = 0;
            for (int j = 0; j < n; j++) {
                s += (fB[j] - mean) * (fAB[i][j] - fA[j]);
                double d = fA[j] - fAB[i][j];
                t += d * d;
            }
            r[0][i] = s / n / v;
            r[1][i] = t / (2.0 * n) / v;
        }
        return r;
    }

    /** Bootstrap percentile 95% intervals: {@code [0 first|1 total][factor][0 low|1 high]}. */
    static double[][][] bootstrap(double[] fA, double[] fB, double[][] fAB, int resamples, long seed) {
        int n = fA.length, k = fAB.length;
        double[][][] out = new double[2][k][2];
        if (n < 2 || resamples < 1) {
            for (double[][] a : out) for (double[] b : a) b[0] = b[1] = Double.NaN;
            return out;
        }
        RandomGenerator rng = new MersenneTwister(seed);
        double[][][] draws = new double[2][k][resamples];
        double[] a = new double[n], b = new double[n];
        double[][] ab = new double[k][n];
        for (int s = 0; s < resamples; s++) {
            for (int q = 0; q < n; q++) {
                int j = rng.nextInt(n);
                a[q] = fA[j];
                b[q] = fB[j];
                for (int i = 0; i < k; i++) ab[i][q] = fAB[i][j];
            }
            double[][] e = estimate(a, b, ab);
            for (int i = 0; i < k; i++) {
                draws[0][i][s] = e[0][i];
                draws[1][i][s] = e[1][i];
            }
        }
        for (int w = 0; w < 2; w++) {
            for (int i = 0; i < k; i++) {
                double[] d = MeanCi.finite(draws[w][i]);
                if (d.length == 0) {
                    out[w][i][0] = out[w][i][1] = Double.NaN;
                    continue;
                }
                Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
                pct.setData(d);
                out[w][i][0] = pct.evaluate(2.5);
                out[w][i][1] = pct.evaluate(97.5);
            }
        }
        return out;
    }

    public List<Index> indices() { return indices; }

    /** {@code sobol.csv}: {@code indicator,factor,n,s1,s1_ci_low,s1_ci_high,st,st_ci_low,st_ci_high}. */
    public static String csv(List<SobolIndices> all) {
        StringBuilder sb = new StringBuilder("indicator,factor,n,s1,s1_ci_low,s1_ci_high,st,st_ci_low,st_ci_high\n");
        for (SobolIndices s : all) {
            for (Index i : s.indices) {
                Csv.append(sb, List.of(i.indicator(), i.factor(), Integer.toString(i.n()),
                        NumberText.data(i.s1()), NumberText.data(i.s1Low()), NumberText.data(i.s1High()),
                        NumberText.data(i.st()), NumberText.data(i.stLow()), NumberText.data(i.stHigh())));
            }
        }
        return sb.toString();
    }
}
