package org.sxbelt.model;

import org.sxbelt.agents.Households;

/**
 * Each rural household's crop yields relative to the yields of households not registered poor (= 1),
 * field crops and tree crops apart. Households registered poor in 2015 start {@code farm.poorYieldGap}
 * below (003 ~1560); orchard improvement lifts their tree-crop yield to the others', technical training
 * raises both by a step, never above the others'. Farm income scales with yield relative to the start,
 * so January 2015 incomes are those of the initialisation (§5.5), where the gap is already part of the
 * poor households' lower farm income.
 */
public final class FarmYields implements java.io.Serializable {

    /** A 2015-registered household's starting yield, 1 - poorGap (the others start at 1): read, not stored per household. */
    private final float poorStart;
    /**
     * The 2015 register as one bit per household, and the registered households before each 64-household
     * word: a registered household's row among them is a rank, so the yields are kept for those alone
     * (the others' stay at 1 whatever the programmes do: every rule below caps a yield at the others').
     */
    private final long[] registered;
    private final int[] rankBefore;
    private final float[] field;
    private final float[] tree;

    FarmYields(Households hh, double poorGap) {
        if (!(poorGap >= 0 && poorGap < 1)) throw new IllegalArgumentException("yield gap outside [0, 1): " + poorGap);
        int n = hh.size();
        poorStart = (float) (1 - poorGap);
        registered = new long[(n + 63) >>> 6];
        rankBefore = new int[registered.length];
        int rows = 0;
        for (int h = 0; h < n; h++) {
            if ((h & 63) == 0) rankBefore[h >>> 6] = rows;
            if (hh.has(h, Households.REGISTERED_2015)) {
                registered[h >>> 6] |= 1L << h;
                rows++;
            }
        }
        field = new float[rows];
        tree = new float[rows];
        java.util.Arrays.fill(field, poorStart);
        java.util.Arrays.fill(tree, poorStart);
    }

    /** Household h's row among the 2015-registered households, or -1 if it was not registered. */
    private int row(int h) {
        long word = registered[h >>> 6];
        long bit = 1L << h;
        if ((word & bit) == 0) return -1;
        return rankBefore[h >>> 6] + Long.bitCount(word & (bit - 1));
    }

    public double fieldYield(int h) { int r = row(h); return r < 0 ? 1 : field[r]; }
    public double treeYield(int h) { int r = row(h); return r < 0 ? 1 : tree[r]; }

    /** Field-crop yield relative to this household's own in 2015 (1 at the start). */
    double fieldGain(int h) { int r = row(h); return r < 0 ? 1 : field[r] / poorStart; }
    /** Tree-crop yield relative to this household's own in 2015. */
    double treeGain(int h) { int r = row(h); return r < 0 ? 1 : tree[r] / poorStart; }

    /** Whether the household's yields lag the others' (a programme has something to close). */
    public boolean lagsTree(int h) { int r = row(h); return r >= 0 && tree[r] < 1; }
    public boolean lags(int h) { int r = row(h); return r >= 0 && (tree[r] < 1 || field[r] < 1); }

    /** Orchard improvement: tree-crop yield up to the others'. */
    public void improveOrchard(int h) {
        int r = row(h);
        if (r >= 0) tree[r] = Math.max(tree[r], 1f);
    }

    /** Technical training: both yields up by {@code step} of the others' level, capped at it. */
    public void train(int h, double step) {
        if (step < 0) throw new IllegalArgumentException("negative yield step: " + step);
        int r = row(h);
        if (r < 0) return; // at the others' level already
        field[r] = (float) Math.max(field[r], Math.min(1, field[r] + step));
        tree[r] = (float) Math.max(tree[r], Math.min(1, tree[r] + step));
    }
}
