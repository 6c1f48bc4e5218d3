package org.sxbelt.experiment.discovery;

import java.util.Random;

/**
 * How stable the chosen box is: PRIM is rerun on bootstrap resamples of the cases (as many cases, drawn
 * with replacement, from a {@link Random} with a fixed seed so the check is reproducible), and for each
 * factor we count how often it is restricted in the resampled trajectory's box closest in coverage to the
 * chosen box, and in the one closest in density (EMA Workbench's {@code PrimBox.resample} matches boxes
 * the same way, ties here going to the box closer in the other statistic; it draws half of the cases
 * without replacement).
 *
 * @param resamples       how many resamples were run
 * @param sameCoverage    per factor, the share of resamples restricting it in the box of closest coverage
 * @param sameDensity     per factor, the same in the box of closest density
 */
public record Resampling(int resamples, long seed, double[] sameCoverage, double[] sameDensity) {

    /** Runs the check for the box of {@code chosen} on {@code t}'s cases and settings. */
    public static Resampling of(Trajectory t, Step chosen, int resamples, long seed) {
        if (resamples < 0) throw new IllegalArgumentException("resamples " + resamples);
        Cases c = t.cases();
        int d = c.dimensions();
        double[] cov = new double[d], den = new double[d];
        Random rng = new Random(seed);
        int[] rows = new int[c.size()];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < rows.length; i++) rows[i] = rng.nextInt(rows.length);
            Trajectory r = Prim.run(c.rows(rows), t.settings());
            for (int j : r.step(r.closestCoverage(chosen.coverage(), chosen.density())).restricted()) cov[j]++;
            for (int j : r.step(r.closestDensity(chosen.coverage(), chosen.density())).restricted()) den[j]++;
        }
        for (int j = 0; j < d; j++) {
            cov[j] = resamples == 0 ? Double.NaN : cov[j] / resamples;
            den[j] = resamples == 0 ? Double.NaN : den[j] / resamples;
        }
        return new Resampling(resamples, seed, cov, den);
    }
}
