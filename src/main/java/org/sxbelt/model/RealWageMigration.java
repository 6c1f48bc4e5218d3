package org.sxbelt.model;

/**
 * Workers who move between towns for a higher real wage. Each month a share of a town's workers
 * reconsider; one who does looks at the best other town and moves if the real-wage gain, as a share
 * of their own, exceeds their cost of moving, spread evenly between 0 and {@code maxMovingCost}. So
 * the flow out of a town is reconsider × min(1, gain / maxMovingCost) of its workers: nobody moves
 * when real wages are equal, and the flow grows with the gap (the adjustment of Fujita, Krugman and
 * Venables 1999, eq. 5.7, with a ceiling).
 */
public final class RealWageMigration {

    private final double reconsider;
    private final double maxMovingCost;

    public RealWageMigration(double reconsider, double maxMovingCost) {
        if (!(reconsider > 0 && reconsider <= 1)) {
            throw new IllegalArgumentException("reconsider share must be in (0, 1], got " + reconsider);
        }
        if (!(maxMovingCost > 0)) throw new IllegalArgumentException("moving cost must be above 0, got " + maxMovingCost);
        this.reconsider = reconsider;
        this.maxMovingCost = maxMovingCost;
    }

    /**
     * Moves this month's workers: {@code workers} is updated in place from the real wages as the
     * workers see them ({@code realWage}, any bonus already included). Total workers are kept.
     */
    public void move(double[] workers, double[] realWage) {
        int n = workers.length;
        int best = 0;
        for (int r = 1; r < n; r++) if (realWage[r] > realWage[best]) best = r;
        int second = best == 0 ? (n > 1 ? 1 : 0) : 0;
        for (int r = 0; r < n; r++) if (r != best && realWage[r] > realWage[second]) second = r;
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            int to = r == best ? second : best;
            double gain = realWage[to] / realWage[r] - 1;
            if (gain > 0) out[r] = workers[r] * reconsider * Math.min(1, gain / maxMovingCost);
        }
        double[] in = new double[n];
        for (int r = 0; r < n; r++) in[r == best ? second : best] += out[r];
        for (int r = 0; r < n; r++) workers[r] += in[r] - out[r];
    }
}
