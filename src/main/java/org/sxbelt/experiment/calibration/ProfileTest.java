package org.sxbelt.experiment.calibration;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Whether a loss profile identifies its parameter. A simulated loss is noisy: nearby candidates follow
 * different paths, so the loss along a parameter scatters even where the parameter does nothing, and a
 * plain range of the profile would call every parameter identified. The profile is instead fitted by a
 * quadratic in the parameter's unit coordinate; the parameter is identified when the fit explains the
 * profile better than a constant (F test, 5 %) and the fitted curve moves the loss by at least
 * {@code minimumMove} (1/F for F fitted facts: one fact by its tolerance) across the range. It computes;
 * it writes nothing.
 */
public final class ProfileTest {

    /** Level of the F test of the quadratic against a constant. */
    public static final double ALPHA = 0.05;
    /** Points a profile needs for the test (a quadratic and its residual variance). */
    public static final int MIN_POINTS = 5;

    private ProfileTest() {}

    /**
     * Whether the profile ({@code losses} at unit coordinates {@code u}) identifies its parameter; false
     * with fewer than {@link #MIN_POINTS} points.
     */
    public static boolean identified(double[] u, double[] losses, double minimumMove) {
        int n = u.length;
        if (n != losses.length) throw new IllegalArgumentException(n + " points, " + losses.length + " losses");
        if (n < MIN_POINTS) return false;
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            x[i][0] = u[i];
            x[i][1] = u[i] * u[i];
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(losses, x);
        double r2;
        try {
            r2 = ols.calculateRSquared();
        } catch (RuntimeException degenerate) {
            return false; // a flat profile: nothing to explain
        }
        if (!(r2 >= 0)) return false;
        double[] b = ols.estimateRegressionParameters();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 100; i++) { // the fitted curve over [0, 1]
            double t = i / 100.0, y = b[0] + b[1] * t + b[2] * t * t;
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        if (hi - lo < minimumMove) return false;
        if (r2 >= 1) return true;
        double f = (r2 / 2) / ((1 - r2) / (n - 3));
        return 1 - new FDistribution(2, n - 3).cumulativeProbability(f) < ALPHA;
    }
}
