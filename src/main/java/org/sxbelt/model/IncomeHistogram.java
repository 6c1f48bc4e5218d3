package org.sxbelt.model;

/**
 * A fine histogram of incomes per person for the relative poverty line (of the belt's own median, or of
 * the national rural median, {@link #nationalRuralMedian}). Bins follow the
 * bits of a {@code float}: {@value #SUB_BITS} mantissa bits, so 256 bins an octave from 64 to 2^20
 * yuan (each at most 1/256 = 0.39% wide), one bin below 64 (zero and negative incomes included) and
 * one at or above 2^20. Counts are whole persons, so summing them in any order gives the same
 * result: the line and the counts below it are the same whatever the thread count.
 *
 * <p>The median is read off the counts by linear interpolation in the bin where half the persons are
 * reached (within one bin of the exact median); the line, {@link #RELATIVE_SHARE} of it, is snapped
 * to the nearest bin edge, so that the persons below it are exactly the persons of the bins under it.
 */
final class IncomeHistogram {

    /** The relative line as a share of the median income per person (issue 14: 40%). */
    static final double RELATIVE_SHARE = 0.4;
    static final int SUB_BITS = 8;
    static final int OCTAVES = 14;
    static final float LO = 64f;
    static final float HI = LO * (1 << OCTAVES);
    /** Underflow bin, 256 x 14 ordinary bins, overflow bin. */
    static final int BINS = (OCTAVES << SUB_BITS) + 2;
    private static final int SHIFT = 23 - SUB_BITS;
    private static final int LO_BITS = Float.floatToRawIntBits(LO);

    /**
     * Median per-capita disposable income of China's rural residents, yuan of the year, 2015-2023 (NBS,
     * statistical communiqués on the national economic and social development of each year).
     */
    private static final double[] NATIONAL_RURAL_MEDIAN = {10291, 11149, 11969, 13066, 14389, 15204, 16902, 17734, 18748};
    private static final int FIRST_YEAR = 2015;

    private IncomeHistogram() { }

    /**
     * The national rural median of calendar {@code year}: the published figure for 2015-2023, grown at
     * {@code growth} a year after 2023 (and the 2015 figure before 2015).
     */
    static double nationalRuralMedian(int year, double growth) {
        int i = Math.max(0, year - FIRST_YEAR);
        int last = NATIONAL_RURAL_MEDIAN.length - 1;
        if (i <= last) return NATIONAL_RURAL_MEDIAN[i];
        return NATIONAL_RURAL_MEDIAN[last] * Math.pow(1 + growth, i - last);
    }

    /** The bin of an income per person. */
    static int bin(double y) {
        float f = (float) y;
        if (!(f >= LO)) return 0;
        if (f >= HI) return BINS - 1;
        return ((Float.floatToRawIntBits(f) - LO_BITS) >>> SHIFT) + 1;
    }

    /** Lower edge of bin k, for 1 <= k <= BINS - 1 (the edge of the overflow bin is {@link #HI}). */
    static double edge(int k) {
        if (k < 1 || k > BINS - 1) throw new IllegalArgumentException("no edge for bin " + k);
        return Float.intBitsToFloat(LO_BITS + ((k - 1) << SHIFT));
    }

    /**
     * The median of the counted persons, interpolated linearly inside its bin; NaN if nobody is counted
     * or the median falls in the underflow or overflow bin.
     */
    static double median(long[] counts) {
        long total = 0;
        for (long c : counts) total += c;
        if (total == 0) return Double.NaN;
        double half = total / 2.0;
        long below = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0 && below + counts[k] >= half) {
                if (k == 0 || k == BINS - 1) return Double.NaN;
                return edge(k) + (half - below) / counts[k] * (edge(k + 1) - edge(k));
            }
            below += counts[k];
        }
        return Double.NaN;
    }

    /**
     * The bin edge nearest to {@code target}, as the index of the bin it opens (persons below it are
     * those of bins 0 to index - 1); -1 if the target is NaN or outside [LO, HI].
     */
    static int lineBin(double target) {
        if (!(target >= LO && target <= HI)) return -1;
        int k = bin(target);
        if (k == BINS - 1) return k;
        return target - edge(k) <= edge(k + 1) - target ? k : k + 1;
    }
}
