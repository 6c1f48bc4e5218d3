package org.sxbelt.experiment.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and Student-t 95% confidence interval of the mean of some values,
 * NA (NaN) values left out: {@code mean ± t(0.975, n−1)·sd/√n}, sd with n − 1 in the denominator.
 * With no value everything is NaN; with one value sd and the interval are NaN.
 */
public record MeanCi(int n, double mean, double sd, double ciLow, double ciHigh) {

    /** Confidence level of every interval in the experiment statistics. */
    public static final double CONFIDENCE = 0.95;

    public static MeanCi of(double[] values) {
        int n = 0;
        for (double v : values) if (!Double.isNaN(v)) n++;
        if (n == 0) return new MeanCi(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double first = Double.NaN, sum = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            if (Double.isNaN(first)) first = v;
            sum += v - first; // exact when all values are equal
        }
        double mean = first + sum / n;
        if (n == 1) return new MeanCi(1, mean, Double.NaN, Double.NaN, Double.NaN);
        double ss = 0;
        for (double v : values) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new MeanCi(n, mean, sd, mean - half, mean + half);
    }

    /** The two-sided 95% quantile of Student's t with {@code df} degrees of freedom (df may be fractional). */
    public static double tQuantile(double df) {
        if (!(df > 0) || Double.isInfinite(df)) return Double.isInfinite(df) ? 1.959963984540054 : Double.NaN;
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }

    /** The values without the NaNs. */
    static double[] finite(double[] values) {
        int n = 0;
        for (double v : values) if (!Double.isNaN(v)) n++;
        double[] r = new double[n];
        int k = 0;
        for (double v : values) if (!Double.isNaN(v)) r[k++] = v;
        return r;
    }
}
