package org.sxbelt.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bins of the relative poverty line, its median and line, and the persons below it by county. */
class IncomeHistogramTest {

    private static final int BINS = IncomeHistogram.BINS;

    @Test
    void binsPartitionIncomesAndAreAtMostOneInTwoHundredFiftySixWide() {
        assertEquals(0, IncomeHistogram.bin(-500));
        assertEquals(0, IncomeHistogram.bin(0));
        assertEquals(0, IncomeHistogram.bin(63.99));
        assertEquals(1, IncomeHistogram.bin(64));
        assertEquals(BINS - 1, IncomeHistogram.bin(IncomeHistogram.HI));
        assertEquals(BINS - 1, IncomeHistogram.bin(5e6));
        for (int k = 1; k < BINS - 1; k++) {
            double lo = IncomeHistogram.edge(k), hi = IncomeHistogram.edge(k + 1);
            assertEquals(k, IncomeHistogram.bin(lo), "lower edge opens its bin");
            assertEquals(k, IncomeHistogram.bin(Math.nextDown((float) hi)), "just below the next edge");
            assertTrue(hi > lo && (hi - lo) / lo <= 1.0 / 256 + 1e-12, "bin " + k + " width " + (hi - lo) / lo);
        }
        // 4,000 yuan lies in the octave [2048, 4096), whose bins are 8 yuan wide
        assertEquals(4000.0, IncomeHistogram.edge(IncomeHistogram.bin(4000)));
        assertEquals(4008.0, IncomeHistogram.edge(IncomeHistogram.bin(4000) + 1));
    }

    @Test
    void medianInterpolatesInsideItsBin() {
        long[] c = new long[BINS];
        c[IncomeHistogram.bin(1000)] = 10;               // 10 persons at 1,000
        c[IncomeHistogram.bin(4000)] = 20;               // 20 persons in [4000, 4008)
        c[IncomeHistogram.bin(20000)] = 10;
        // 40 persons, half = 20: 10 below the bin, so the median is halfway into [4000, 4008)
        assertEquals(4004.0, IncomeHistogram.median(c), 1e-9);
        c[0] = 1000;                                      // most below 64: the median cannot be placed
        assertTrue(Double.isNaN(IncomeHistogram.median(c)));
        assertTrue(Double.isNaN(IncomeHistogram.median(new long[BINS])));
    }

    @Test
    void lineIsSnappedToTheNearestEdge() {
        int k = IncomeHistogram.bin(4000);               // [4000, 4008)
        assertEquals(k, IncomeHistogram.lineBin(4003.9));
        assertEquals(k + 1, IncomeHistogram.lineBin(4004.1));
        assertEquals(-1, IncomeHistogram.lineBin(Double.NaN));
        assertEquals(-1, IncomeHistogram.lineBin(10));
    }

    /**
     * Two counties, persons at known incomes: the belt median 5,000 (persons weighted, not households),
     * line 0.4 x 5,000 = 2,000 (an edge), the persons strictly below it by county. The same persons split over one
     * or two workers in any way give the same line and counts.
     */
    @Test
    void relativePoorByCountyAndTheSameWhateverTheWorkers() {
        int[][] persons = {{1500, 3}, {1999, 2}, {2004, 4}, {5000, 6}, {9000, 5}};   // county 0
        int[][] persons1 = {{500, 1}, {1990, 1}, {5000, 2}, {30000, 6}};              // county 1
        // 30 persons in all; sorted: 500, 1500 x3, 1990, 1999 x2, 2004 x4 (11 so far), 5000 x8, ...; half = 15
        int[] one = new int[2 * BINS];
        int[] a = new int[2 * BINS], b = new int[2 * BINS];
        int i = 0;
        for (int c = 0; c < 2; c++) {
            for (int[] p : c == 0 ? persons : persons1) {
                int at = c * BINS + IncomeHistogram.bin(p[0]);
                one[at] += p[1];
                (i++ % 2 == 0 ? a : b)[at] += p[1];
            }
        }
        double[][] sums1 = new double[2][Measure.count()], sums2 = new double[2][Measure.count()];
        double line1 = HouseholdTally.relativePoor(new int[][]{one}, 2, sums1, Double.NaN);
        double line2 = HouseholdTally.relativePoor(new int[][]{a, b}, 2, sums2, Double.NaN);
        // median: half = 15 falls in the bin of 5,000 ([4992, 5008), 16 yuan wide) after 11 persons:
        // 4992 + 4/8 x 16 = 5000; the line 0.4 x 5000 = 2000 is an edge (4 yuan bins below 2048)
        assertEquals(2000.0, line1);
        assertEquals(2000.0, IncomeHistogram.edge(IncomeHistogram.lineBin(0.4 * 5003)), "2001.2: nearer 2000");
        assertEquals(2004.0, IncomeHistogram.edge(IncomeHistogram.lineBin(0.4 * 5006)), "2002.4: nearer 2004");
        assertEquals(line1, line2);
        int r = Measure.RELATIVE_POOR_PERSONS.index;
        assertEquals(5, sums1[0][r]);                       // 1500 x3, 1999 x2; 2004 is not below
        assertEquals(2, sums1[1][r]);                       // 500, 1990
        assertArrayEquals(new double[]{sums1[0][r], sums1[1][r]}, new double[]{sums2[0][r], sums2[1][r]});
        // a reference median from outside (the national one): the line is 0.4 of it whatever the belt's median
        double[][] sums3 = new double[2][Measure.count()];
        assertEquals(4000.0, HouseholdTally.relativePoor(new int[][]{one}, 2, sums3, 10000));
        assertEquals(11, sums3[0][r] + sums3[1][r]);       // 500, 1500 x3, 1990, 1999 x2, 2004 x4
    }

    /** The national rural median: the published figures, then grown after 2023. */
    @Test
    void nationalRuralMedianIsThePublishedSeriesThenGrown() {
        assertEquals(10291, IncomeHistogram.nationalRuralMedian(2015, 0.05));
        assertEquals(15204, IncomeHistogram.nationalRuralMedian(2020, 0.05));
        assertEquals(18748, IncomeHistogram.nationalRuralMedian(2023, 0.05));
        assertEquals(18748 * 1.05 * 1.05, IncomeHistogram.nationalRuralMedian(2025, 0.05), 1e-9);
    }
}
