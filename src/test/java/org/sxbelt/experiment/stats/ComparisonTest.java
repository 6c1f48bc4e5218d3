package org.sxbelt.experiment.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {

    @Test
    void welchMatchesHandComputation() {
        // means 12 and 8, both variances 2.5, n 5: se = 1, df = 1 / (2 * 0.25^2 / 4) = 8, t = 4
        Comparison.Welch w = Comparison.Welch.of(new double[] {10, 12, 14, 11, 13}, new double[] {8, 9, 7, 10, 6});
        assertEquals(4, w.diff(), 1e-12);
        assertEquals(8, w.df(), 1e-9);
        assertEquals(4, w.t(), 1e-12);
        double t975 = 2.306004135;
        assertEquals(4 - t975, w.ciLow(), 1e-6);
        assertEquals(4 + t975, w.ciHigh(), 1e-6);
        double p = 2 * (1 - new TDistribution(8).cumulativeProbability(4));
        assertEquals(p, w.p(), 1e-12);
        assertEquals(0.003949, w.p(), 1e-5);
    }

    @Test
    void welchWithUnequalVariancesAgreesWithCommonsMath() {
        double[] x = {3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.1};
        double[] y = {2.0, 2.1, 1.9, 2.2};
        Comparison.Welch w = Comparison.Welch.of(x, y);
        TTest tt = new TTest();
        assertEquals(tt.t(x, y), w.t(), 1e-12);
        assertEquals(tt.tTest(x, y), w.p(), 1e-12);
        // the interval excludes 0 exactly when p < 0.05, and t * se = diff
        assertEquals(w.p() < 0.05, w.ciLow() > 0);
        double se = (w.ciHigh() - w.ciLow()) / 2 / new TDistribution(w.df()).inverseCumulativeProbability(0.975);
        assertEquals(w.diff(), w.t() * se, 1e-9);
        // Welch-Satterthwaite df by hand
        double vx = org.apache.commons.math3.stat.StatUtils.variance(x) / 7;
        double vy = org.apache.commons.math3.stat.StatUtils.variance(y) / 4;
        assertEquals(Math.pow(vx + vy, 2) / (vx * vx / 6 + vy * vy / 3), w.df(), 1e-6);
    }

    @Test
    void pairedDifferenceUsesPerReplicateDifferences() {
        double[] ref = {10, 20, 30, 40};
        double[] x = {11, 22, 31, 42};
        Comparison.Paired p = Comparison.Paired.of(x, ref);
        assertEquals(4, p.n());
        assertEquals(1.5, p.diff(), 1e-12);
        // d = 1, 2, 1, 2: sd = 0.57735, t(0.975, 3) = 3.182446, half = 0.918693
        assertEquals(1.5 - 0.918693, p.ciLow(), 1e-5);
        assertEquals(1.5 + 0.918693, p.ciHigh(), 1e-5);
        assertEquals(new TTest().pairedTTest(x, ref), p.p(), 1e-12);
        // Welch on the same data sees the huge between-replicate variance and finds nothing
        assertTrue(Comparison.Welch.of(x, ref).p() > 0.5);
        assertEquals(Comparison.Paired.NONE, Comparison.Paired.of(new double[] {1, Double.NaN}, new double[] {2, 3}));
    }

    @Test
    void comparesEachPointWithTheReferenceAtTheLastMonthAndOverAllMonths() {
        ResultsFile.Builder b = new ResultsFile.Builder();
        double[] noise = {0.5, -0.3, 0.1};
        for (int r = 0; r < 3; r++) {
            for (int m = 1; m <= 3; m++) {
                String month = "2025-0" + m;
                b.add(0, r, 7 + r, "baseline", month, "belt", "belt", "income", 100 + m + noise[r] * 10);
                b.add(1, r, 7 + r, "subsidy", month, "belt", "belt", "income", 105 + m + noise[r] * 10 + 0.1 * r);
            }
        }
        ResultsFile results = b.build();
        int ref = Comparison.referencePoint(results, "baseline");
        assertEquals(0, ref);
        assertEquals(-1, Comparison.referencePoint(results, "nothing"));
        Comparison c = Comparison.of(results, ref, List.of("income"), List.of("2025-03"), true);
        assertEquals(2, c.rows().size());
        Comparison.Row last = c.rows().get(0);
        assertEquals("2025-03", last.month());
        assertEquals(5.1, last.welch().diff(), 1e-9);
        assertEquals(5.1, last.paired().diff(), 1e-9);
        assertTrue(last.sameSeeds());
        assertTrue(last.paired().ciHigh() - last.paired().ciLow() < last.welch().ciHigh() - last.welch().ciLow());
        assertEquals(Comparison.MEAN_OVER_MONTHS, c.rows().get(1).month());
        assertEquals(5.1, c.rows().get(1).welch().diff(), 1e-9);
        DesignFile d = new DesignFile(List.of(), List.of(new DesignFile.Point(0, "baseline", List.of(), "none", "", ""),
                new DesignFile.Point(1, "subsidy", List.of(), "none", "", "")));
        String csv = c.csv(d);
        assertTrue(csv.startsWith("point,scenario,reference_point,reference_scenario,indicator,level,unit,month,n,n_ref,"
                + "mean,mean_ref,diff,diff_ci_low,diff_ci_high,welch_df,welch_t,welch_p,paired_n,paired_diff,"
                + "paired_ci_low,paired_ci_high,paired_t,paired_p,same_seeds\n1,subsidy,0,baseline,income,belt,belt,"
                + "2025-03,3,3,"), csv);
        assertFalse(csv.contains("Infinity"));
    }

    @Test
    void identicalSamplesGiveZeroDifferenceAndNaP() {
        Comparison.Welch w = Comparison.Welch.of(new double[] {2, 2, 2}, new double[] {2, 2, 2});
        assertEquals(0, w.diff());
        assertTrue(Double.isNaN(w.p()));
        Comparison.Paired p = Comparison.Paired.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertEquals(0, p.diff());
        assertTrue(Double.isNaN(p.p()));
    }
}
