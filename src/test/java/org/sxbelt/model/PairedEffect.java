package org.sxbelt.model;

import org.sxbelt.experiment.stats.Comparison;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test-only: an effect tested for what it is when it is smaller than one seed's noise, a mean effect.
 * The runs are paired by seed; the effect holds when the mean paired difference has the expected sign
 * and a one-sided paired t-test rejects no effect at 5 %. Used where "lower in every seed" would ask
 * more of a few seeds than their noise allows, so that a test states its power instead of flipping
 * with every change of the random stream.
 */
final class PairedEffect {

    static final double ALPHA = 0.05;

    private PairedEffect() {}

    /** Asserts that {@code with} is lower than {@code without} on average, seed by seed; prints what it saw. */
    static void assertLower(String what, double[] with, double[] without) {
        Comparison.Paired c = Comparison.Paired.of(with, without);
        StringBuilder why = new StringBuilder(what).append(", with/without by seed:");
        int lower = 0;
        for (int i = 0; i < with.length; i++) {
            why.append(String.format(Locale.ROOT, " %.5g/%.5g", with[i], without[i]));
            if (with[i] < without[i]) lower++;
        }
        double oneSided = c.t() < 0 ? c.p() / 2 : 1 - c.p() / 2;
        why.append(String.format(Locale.ROOT, "; lower in %d of %d, mean difference %.5g (95%% CI %.5g..%.5g), one-sided p %.4f",
                lower, with.length, c.diff(), c.ciLow(), c.ciHigh(), oneSided));
        System.out.println(why);
        assertTrue(c.diff() < 0 && oneSided < ALPHA, why.toString());
    }
}
