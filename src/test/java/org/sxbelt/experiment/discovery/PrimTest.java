package org.sxbelt.experiment.discovery;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimTest {

    /** y = 1 iff x1 in [0.2, 0.5] and x2 > 0.7, five uniform factors (x3..x5 noise), 2,000 cases. */
    private static Cases knownBox(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][5];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) x[i][j] = r.nextDouble();
            y[i] = x[i][0] >= 0.2 && x[i][0] <= 0.5 && x[i][1] > 0.7;
        }
        return new Cases(List.of("x1", "x2", "x3", "x4", "x5"), x, y);
    }

    @Test
    void recoversAKnownBoxAndLeavesTheNoiseFree() {
        Cases c = knownBox(2000, 7);
        Trajectory t = Prim.run(c, Prim.DEFAULTS);
        Step last = t.last();
        assertEquals(List.of(0, 1), last.restricted(), "only x1 and x2 restricted: " + last.box());
        Box b = last.box();
        assertEquals(0.2, b.lower(0), 0.03);
        assertEquals(0.5, b.upper(0), 0.03);
        assertEquals(0.7, b.lower(1), 0.03);
        assertTrue(last.density() > 0.9, "density " + last.density());
        assertTrue(last.coverage() > 0.85, "coverage " + last.coverage());
        // the trajectory starts with every case and peels down
        assertEquals(1.0, t.step(0).mass());
        assertEquals(1.0, t.step(0).coverage());
        assertEquals(Step.Phase.START, t.step(0).phase());
        for (int i = 1; i < t.size(); i++) {
            if (t.step(i).phase() == Step.Phase.PEEL) assertTrue(t.step(i).mass() < t.step(i - 1).mass());
            assertTrue(t.step(i).mass() >= Prim.DEFAULTS.minMass());
        }
    }

    @Test
    void theBoxLimitsMatterAndTheResamplesAgree() {
        Cases c = knownBox(1000, 11);
        Discovery d = Discovery.of(null, new SweepCases(c, "2030-12", 0),
                new Discovery.Options(Prim.DEFAULTS, 0.8, null, 20, 3));
        for (QuasiP.Limit l : d.limits()) {
            if (!Double.isNaN(l.pLower())) assertTrue(l.pLower() < 1e-6, l.toString());
            if (!Double.isNaN(l.pUpper())) assertTrue(l.pUpper() < 1e-6, l.toString());
        }
        assertTrue(d.resampling().sameCoverage()[0] >= 0.9);
        assertTrue(d.resampling().sameCoverage()[1] >= 0.9);
        for (int j = 2; j < 5; j++) assertTrue(d.resampling().sameCoverage()[j] <= 0.2, "noise x" + (j + 1));
        // a fixed seed gives the same check
        Discovery again = Discovery.of(null, new SweepCases(c, "2030-12", 0),
                new Discovery.Options(Prim.DEFAULTS, 0.8, null, 20, 3));
        assertEquals(d.resamplingCsv(), again.resamplingCsv());
        assertEquals(d.trajectoryCsv(), again.trajectoryCsv());
    }

    /**
     * Ten cases on one factor 0..9, of interest at 7, 8, 9. Peel alpha 0.1 takes the case below the
     * 0.1 quantile (midpoint 0.5) or above the 0.9 quantile (8.5) per step; the lenient objective prefers
     * removing the lowest case (density 3/9 against 2/9), so step 1 is [0.5, 9]: 9 cases, 3 of interest.
     */
    @Test
    void coverageDensityAndMassByHand() {
        double[][] x = new double[10][1];
        boolean[] y = new boolean[10];
        for (int i = 0; i < 10; i++) {
            x[i][0] = i;
            y[i] = i >= 7;
        }
        Trajectory t = Prim.run(new Cases(List.of("a"), x, y), new Prim.Settings(0.1, 0.1, 0.3));
        Step s0 = t.step(0), s1 = t.step(1);
        assertEquals(10, s0.inBox());
        assertEquals(3, s0.ofInterestInBox());
        assertEquals(0.3, s0.density(), 1e-12);
        assertEquals(0.5, s1.box().lower(0), 1e-12);
        assertEquals(9.0, s1.box().upper(0), 1e-12);
        assertEquals(9, s1.inBox());
        assertEquals(1.0, s1.coverage(), 1e-12);
        assertEquals(3.0 / 9, s1.density(), 1e-12);
        assertEquals(0.9, s1.mass(), 1e-12);
        assertEquals(1, s1.restricted().size());
        // peeling goes on up to the box [6.5, 9] (mass 0.3 = the minimum): 3 cases, all of interest
        Step end = t.last();
        assertEquals(6.5, end.box().lower(0), 1e-12);
        assertEquals(1.0, end.density(), 1e-12);
        assertEquals(0.3, end.mass(), 1e-12);
        // quasi-p of the lower limit: without it, p = 3/10; P(X >= 3 | 3 trials) = 0.3^3
        List<QuasiP.Limit> qp = QuasiP.of(t, end);
        assertEquals(1, qp.size());
        assertEquals(0.027, qp.get(0).pLower(), 1e-12);
        assertTrue(Double.isNaN(qp.get(0).pUpper()));
    }

    @Test
    void tinyQuasiPValuesAreWrittenInScientificNotation() {
        assertEquals("1e-37", Discovery.pValue(1e-37));
        assertEquals("1.10646e-37", Discovery.pValue(1.10646e-37));
        assertEquals("0.0625", Discovery.pValue(0.0625));
        assertEquals("NA", Discovery.pValue(Double.NaN));
    }

    @Test
    void quantilesAreEmaWorkbenchs() {
        double[] d = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertEquals(0.5, Prim.quantile(d, 0.1), 1e-12);   // (n-1) q = 0.9: between 0 and 1
        assertEquals(8.5, Prim.quantile(d, 0.9), 1e-12);
        assertEquals(1.5, Prim.quantile(new double[] {1, 1, 1, 2}, 0.05), 1e-12); // ties pushed outward
        assertEquals(4.5, Prim.quantile(d, 0.5), 1e-12);
    }

    @Test
    void aNoisyFactorIsNotRestrictedWhenTheOutcomeIgnoresEverything() {
        Random r = new Random(5);
        int n = 500;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble();
            x[i][1] = r.nextDouble();
            y[i] = x[i][0] < 0.3;
        }
        Step last = Prim.run(new Cases(List.of("a", "b"), x, y), Prim.DEFAULTS).last();
        assertFalse(last.restricted().contains(1), last.box().toString());
        assertEquals(0.3, last.box().upper(0), 0.03);
    }
}
