package org.sxbelt.experiment.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTableTest {

    @Test
    void confidenceIntervalMatchesHandComputation() {
        // mean 3.2; sd = sqrt(14.8 / 4) = 1.9235384; t(0.975, 4) = 2.7764451; half = t * sd / sqrt(5) = 2.3883884
        MeanCi c = MeanCi.of(new double[] {1, 2, 3, 4, 6});
        assertEquals(5, c.n());
        assertEquals(3.2, c.mean(), 1e-12);
        assertEquals(1.9235384061671346, c.sd(), 1e-12);
        assertEquals(3.2 - 2.3883884, c.ciLow(), 1e-6);
        assertEquals(3.2 + 2.3883884, c.ciHigh(), 1e-6);
    }

    @Test
    void naValuesAreLeftOutAndSmallSamplesGiveNa() {
        MeanCi c = MeanCi.of(new double[] {Double.NaN, 2, 4});
        assertEquals(2, c.n());
        assertEquals(3, c.mean(), 1e-12);
        MeanCi one = MeanCi.of(new double[] {5, Double.NaN});
        assertEquals(1, one.n());
        assertEquals(5, one.mean());
        assertTrue(Double.isNaN(one.ciLow()) && Double.isNaN(one.sd()));
        assertEquals(0, MeanCi.of(new double[] {Double.NaN}).n());
        MeanCi same = MeanCi.of(new double[] {0.1, 0.1, 0.1});
        assertEquals(0.1, same.mean());
        assertEquals(0.1, same.ciLow());
    }

    @Test
    void tidyCsvPerPointMonthPlaceAndIndicator() {
        ResultsFile.Builder b = new ResultsFile.Builder();
        double[] v = {1, 2, 3, 4, 6};
        for (int r = 0; r < 5; r++) {
            b.add(0, r, 100 + r, "baseline", "2025-01", "belt", "belt", "income", v[r]);
            b.add(0, r, 100 + r, "baseline", "2025-02", "belt", "belt", "income", r == 0 ? Double.NaN : 10);
            b.add(0, r, 100 + r, "baseline", "2025-01", "county", "C1", "income", 7);
        }
        ResultsFile results = b.build();
        DesignFile design = new DesignFile(List.of("x"), List.of(new DesignFile.Point(0, "baseline", List.of("0.5"), "none", "", "")));
        String csv = SummaryTable.of(results).csv(design);
        String[] lines = csv.split("\n");
        assertEquals("point,scenario,x,month,level,unit,indicator,n,mean,sd,ci_low,ci_high", lines[0]);
        assertEquals(5, lines.length); // every series has a row for every month of the experiment
        assertTrue(lines[1].startsWith("0,baseline,0.5,2025-01,belt,belt,income,5,3.2,1.923538,0.811612,5.588388"), lines[1]);
        assertTrue(lines[2].startsWith("0,baseline,0.5,2025-02,belt,belt,income,4,10,0,10,10"), lines[2]);
        assertTrue(lines[3].startsWith("0,baseline,0.5,2025-01,county,C1,income,5,7,0,7,7"), lines[3]);
        assertEquals("0,baseline,0.5,2025-02,county,C1,income,0,NA,NA,NA,NA", lines[4]);
    }
}
