package org.sxbelt.model;

/**
 * Dixit–Stiglitz demand across towns: each town's buyers spend a fixed sum on a group of goods whose
 * varieties are made in the towns, substitute between varieties with a constant elasticity σ, and pay
 * an iceberg freight factor T_st ≥ 1 on a variety shipped from town s to town t (T_tt = 1): to deliver
 * one unit, T_st units leave the factory. Then, with n_s varieties made in s at mill price p_s,
 *
 * <pre>
 *   G_t = [ Σ_s n_s (p_s T_st)^(1−σ) ]^(1/(1−σ))                 (the CES price index of town t)
 *   R_s = Σ_t E_t (p_s T_st)^(1−σ) G_t^(σ−1)                      (mill revenue of one variety of s)
 * </pre>
 *
 * with E_t town t's spending on the group. Mill revenue sums to spending, Σ_s n_s R_s = Σ_t E_t, because
 * the melted units are paid for by the buyer. The cost is towns² per call: per month and industry, not
 * per pair of persons. A town with no variety still has R_s: what a variety made there would sell.
 */
public final class CesDemand implements java.io.Serializable {

    private final double sigma;
    /** φ_st = T_st^(1−σ), row s (origin), column t (destination). */
    private final double[][] phi;

    /**
     * {@code freight[s][t]} is T_st, at least 1, and 1 on the diagonal; {@code sigma} above 1.
     */
    public CesDemand(double sigma, double[][] freight) {
        if (!(sigma > 1)) throw new IllegalArgumentException("sigma must be above 1, got " + sigma);
        int n = freight.length;
        phi = new double[n][n];
        for (int s = 0; s < n; s++) {
            if (freight[s].length != n) throw new IllegalArgumentException("freight must be square");
            for (int t = 0; t < n; t++) {
                double tr = freight[s][t];
                if (!(tr >= 1)) throw new IllegalArgumentException("freight factor must be at least 1, got " + tr);
                phi[s][t] = Math.pow(tr, 1 - sigma);
            }
        }
        this.sigma = sigma;
    }

    /** Freight factors T_st = 1 + {@code perKm} × km_st from road distances (T_tt = 1). */
    public static CesDemand overRoads(double sigma, double[][] km, double perKm) {
        if (!(perKm >= 0)) throw new IllegalArgumentException("freight per km must be at least 0, got " + perKm);
        double[][] t = new double[km.length][km.length];
        for (int s = 0; s < km.length; s++) {
            for (int d = 0; d < km.length; d++) t[s][d] = s == d ? 1 : 1 + perKm * km[s][d];
        }
        return new CesDemand(sigma, t);
    }

    public int towns() { return phi.length; }

    public double sigma() { return sigma; }

    /** Writes G_t into {@code out}; a town that can buy no variety gets +∞. */
    public void priceIndices(double[] varieties, double[] prices, double[] out) {
        priceIndices(varieties, prices, 0, out);
    }

    /**
     * As {@link #priceIndices(double[], double[], double[])}, with varieties from outside the towns that
     * reach every town as {@code imports} = Σ n p^(1−σ) T^(1−σ) of theirs (they compete for the spending).
     */
    public void priceIndices(double[] varieties, double[] prices, double imports, double[] out) {
        int n = phi.length;
        for (int t = 0; t < n; t++) {
            double sum = imports;
            for (int s = 0; s < n; s++) {
                if (varieties[s] > 0) sum += varieties[s] * Math.pow(prices[s], 1 - sigma) * phi[s][t];
            }
            out[t] = sum > 0 ? Math.pow(sum, 1 / (1 - sigma)) : Double.POSITIVE_INFINITY;
        }
    }

    /** Writes R_s, the mill revenue of one variety of each town, into {@code out}. */
    public void revenuePerVariety(double[] prices, double[] spending, double[] priceIndex, double[] out) {
        int n = phi.length;
        double[] pull = new double[n];
        for (int t = 0; t < n; t++) {
            pull[t] = Double.isInfinite(priceIndex[t]) ? 0 : spending[t] * Math.pow(priceIndex[t], sigma - 1);
        }
        for (int s = 0; s < n; s++) {
            double sum = 0;
            for (int t = 0; t < n; t++) sum += pull[t] * phi[s][t];
            out[s] = Math.pow(prices[s], 1 - sigma) * sum;
        }
    }
}
