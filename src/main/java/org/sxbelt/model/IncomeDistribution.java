package org.sxbelt.model;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Log-normal per-capita income fitted to two facts a source gives for a prefecture: the mean rural
 * income and the share below the poverty line. With mean m, line L and share q:
 * ln(m/L) = sigma^2/2 - z_q sigma, solved for sigma; mu = ln m - sigma^2/2.
 */
public record IncomeDistribution(double mu, double sigma) {

    private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

    public static IncomeDistribution fit(double mean, double line, double shareBelow) {
        double q = Math.min(0.95, Math.max(0.001, shareBelow));
        double z = STD.inverseCumulativeProbability(q);
        double c = Math.log(mean / line);
        // sigma^2/2 - z sigma - c = 0  =>  sigma = z + sqrt(z^2 + 2c)
        double disc = z * z + 2 * c;
        double sigma = disc < 0 ? Double.NaN : z + Math.sqrt(disc);
        // a line at or above the mean leaves at least half below it: no log-normal for a smaller share
        if (!(sigma > 0)) throw new IllegalArgumentException("no log-normal has mean " + mean + " and share " + q
                + " below " + line);
        return new IncomeDistribution(Math.log(mean) - sigma * sigma / 2, sigma);
    }

    public double draw(double standardNormal) { return Math.exp(mu + sigma * standardNormal); }

    public double shareBelow(double x) { return STD.cumulativeProbability((Math.log(x) - mu) / sigma); }

    public double mean() { return Math.exp(mu + sigma * sigma / 2); }
}
