package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log-normal fitted by {@link IncomeDistribution#fit} reproduces both facts it is fitted to:
 * the mean income and the share of the population below the poverty line (analytically, and in a
 * large sample of draws as the belt builder makes them).
 */
class IncomeDistributionTest {

    private static final double LINE = 2855;

    @Test
    void fitReproducesMeanAndShareBelowAnalytically() {
        double[][] cases = {
                {7007, 0.324}, {6507, 0.412}, {9604, 0.121}, {5705, 0.334}, {14000, 0.02},
                {3000, 0.6}, {20000, 0.001}, {4000, 0.5},
        };
        for (double[] c : cases) {
            IncomeDistribution d = IncomeDistribution.fit(c[0], LINE, c[1]);
            String what = "mean " + c[0] + " share " + c[1];
            assertEquals(c[0], d.mean(), 1e-9 * c[0], what);
            assertEquals(Math.exp(d.mu() + d.sigma() * d.sigma() / 2), d.mean(), 1e-9 * c[0], what);
            assertEquals(c[1], d.shareBelow(LINE), 1e-9, what);
            assertTrue(d.sigma() > 0, what + ": sigma " + d.sigma());
        }
    }

    @Test
    void everyPrefectureProfileIsReproduced() {
        for (PrefectureProfile p : PrefectureProfile.loadDefault().values()) {
            IncomeDistribution d = IncomeDistribution.fit(p.ruralIncome2015(), LINE, p.poorShare2015());
            assertEquals(p.ruralIncome2015(), d.mean(), 1e-6, p.prefecture());
            assertEquals(p.poorShare2015(), d.shareBelow(LINE), 1e-9, p.prefecture());
        }
    }

    @Test
    void drawsReproduceMeanAndShareBelowInASample() {
        IncomeDistribution d = IncomeDistribution.fit(7007, LINE, 0.324);
        MersenneTwisterFast rng = new MersenneTwisterFast(99);
        int n = 400_000;
        double sum = 0;
        int below = 0;
        for (int i = 0; i < n; i++) {
            double y = d.draw(rng.nextGaussian());
            sum += y;
            if (y < LINE) below++;
        }
        // sigma is about 1.0 here: the sample mean's s.e. is ~0.2% of the mean, the share's ~0.0007.
        assertEquals(7007, sum / n, 0.015 * 7007);
        assertEquals(0.324, (double) below / n, 0.005);
    }

    @Test
    void drawIsTheLogNormalQuantileOfTheStandardNormal() {
        IncomeDistribution d = IncomeDistribution.fit(7007, LINE, 0.324);
        assertEquals(Math.exp(d.mu()), d.draw(0), 1e-9, "median");
        // The draw at the normal quantile of the poverty share is the poverty line itself.
        double z = new org.apache.commons.math3.distribution.NormalDistribution(0, 1).inverseCumulativeProbability(0.324);
        assertEquals(LINE, d.draw(z), 1e-6);
    }

    @Test
    void sharesOutsideTheUsableRangeAreClamped() {
        assertEquals(0.001, IncomeDistribution.fit(7000, LINE, 0).shareBelow(LINE), 1e-9);
        assertEquals(0.95, IncomeDistribution.fit(1500, LINE, 0.99).shareBelow(LINE), 1e-9);
    }

    @Test
    void impossibleFactsAreRejected() {
        // A mean below the line with only half the population below it: no log-normal has both.
        assertThrows(IllegalArgumentException.class, () -> IncomeDistribution.fit(1000, 2000, 0.5));
        // A line just below Hotan's mean with its share of 0.412: the quadratic has a root, but a negative one.
        assertThrows(IllegalArgumentException.class, () -> IncomeDistribution.fit(6507, 6600, 0.412));
    }

    /**
     * The belt is seeded against the line the sources' shares count against, the default poverty line;
     * another poverty.line (issue 16: 7,000 stopped the run) changes who is below it, not the incomes.
     */
    @Test
    void incomesAreFittedToTheSourcesLineWhateverThePovertyLine() {
        assertEquals(org.sxbelt.params.ParamSchema.POVERTY_LINE.defaultValue(), PrefectureProfile.SOURCE_POVERTY_LINE);
        java.util.Map<String, Double> low = new java.util.HashMap<>(), high = new java.util.HashMap<>();
        for (String[] run : new String[][] {{"2855", "low"}, {"7000", "high"}}) {
            BeltModel m = TestRuns.model(3, TestRuns.baseline("run.scale", "1000", "run.months", "1",
                    "poverty.line", run[0]));
            m.start();
            double income = 0, registered = 0, rural = 0;
            var hh = m.belt().households();
            for (int h = 0; h < hh.size(); h++) {
                if (m.isUrban(h) || hh.members(h) == 0) continue;
                rural++;
                income += hh.annualIncomePerCapita(h);
                if (hh.isTargeted(h)) registered++;
            }
            m.finish();
            (run[1].equals("low") ? low : high).put("income", income / rural);
            (run[1].equals("low") ? low : high).put("registered", registered / rural);
        }
        assertEquals(low.get("income"), high.get("income"), 1e-9, "same seeded incomes");
        assertTrue(high.get("registered") > low.get("registered") + 0.3, "registered " + low + " " + high);
    }
}
