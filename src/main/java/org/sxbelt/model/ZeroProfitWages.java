package org.sxbelt.model;

import java.util.Arrays;

/**
 * The short-run equilibrium of manufacturing under CES demand with free entry (Krugman 1991; Fujita,
 * Krugman and Venables 1999, ch. 4–5): firms enter until profits are zero, so each town's varieties are
 * proportional to its manufacturing workers, the mill price is a fixed mark-up over the wage and each
 * variety's revenue just pays its workers. In units where a firm employs one worker and the mark-up
 * price is the wage (fixed cost 1/σ, marginal labour (σ−1)/σ), n_r = L_r, p_r = w_r, and the
 * zero-profit wage solves w_r = R_r(w) with R_r the mill revenue of one variety ({@link CesDemand}).
 * Town income is manufacturing pay plus other income (the immobile farm good, price 1), of which a
 * share μ is spent on manufactures. The real wage deflates the wage by the town's cost of living,
 * G_r^μ (the farm good costs the same everywhere).
 */
public final class ZeroProfitWages {

    private static final int MAX_ROUNDS = 100_000;
    private static final double TOLERANCE = 1e-12;

    private final CesDemand demand;
    private final double mu;
    private final double[] wage, priceIndex, revenue, spending;

    public ZeroProfitWages(CesDemand demand, double mu) {
        if (!(mu > 0 && mu < 1)) throw new IllegalArgumentException("mu must be in (0, 1), got " + mu);
        this.demand = demand;
        this.mu = mu;
        int n = demand.towns();
        wage = new double[n];
        Arrays.fill(wage, 1);
        priceIndex = new double[n];
        revenue = new double[n];
        spending = new double[n];
    }

    /**
     * Solves the wages for {@code workers} manufacturing workers and {@code otherIncome} per town,
     * starting from the last solution (the months follow each other, so few rounds are needed).
     */
    public void solve(double[] workers, double[] otherIncome) {
        int n = wage.length;
        double sigma = demand.sigma();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            demand.priceIndices(workers, wage, priceIndex);
            for (int r = 0; r < n; r++) spending[r] = mu * (wage[r] * workers[r] + otherIncome[r]);
            demand.revenuePerVariety(wage, spending, priceIndex, revenue);
            double change = 0;
            for (int r = 0; r < n; r++) {
                // R_r ∝ w_r^(1−σ) given the price indices: w = R(w) solved for w_r, half a step (damped)
                double target = wage[r] * Math.pow(revenue[r] / wage[r], 1 / sigma);
                double next = Math.sqrt(wage[r] * target);
                change = Math.max(change, Math.abs(next / wage[r] - 1));
                wage[r] = next;
            }
            if (change < TOLERANCE) break;
        }
        demand.priceIndices(workers, wage, priceIndex);
    }

    public double wage(int town) { return wage[town]; }

    public double priceIndex(int town) { return priceIndex[town]; }

    /** w_r / G_r^μ. */
    public double realWage(int town) { return wage[town] / Math.pow(priceIndex[town], mu); }
}
