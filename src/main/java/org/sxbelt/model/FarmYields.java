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
    private final Households households;
    private final float[] field;
    private final float[] tree;

    FarmYields(Households hh, double poorGap) {
        if (!(poorGap >= 0 && poorGap < 1)) throw new IllegalArgumentException("yield gap outside [0, 1): " + poorGap);
        int n = hh.size();
        households = hh;
        poorStart = (float) (1 - poorGap);
        field = new float[n];
        tree = new float[n];
        for (int h = 0; h < n; h++) {
            float y = start(h);
            field[h] = y;
            tree[h] = y;
        }
    }

    /** Household h's yield in 2015 (the 2015 register never changes). */
    private float start(int h) { return households.has(h, Households.REGISTERED_2015) ? poorStart : 1f; }

    public double fieldYield(int h) { return field[h]; }
    public double treeYield(int h) { return tree[h]; }

    /** Field-crop yield relative to this household's own in 2015 (1 at the start). */
    double fieldGain(int h) { return field[h] / start(h); }
    /** Tree-crop yield relative to this household's own in 2015. */
    double treeGain(int h) { return tree[h] / start(h); }

    /** Whether the household's yields lag the others' (a programme has something to close). */
    public boolean lagsTree(int h) { return tree[h] < 1; }
    public boolean lags(int h) { return tree[h] < 1 || field[h] < 1; }

    /** Orchard improvement: tree-crop yield up to the others'. */
    public void improveOrchard(int h) { tree[h] = Math.max(tree[h], 1f); }

    /** Technical training: both yields up by {@code step} of the others' level, capped at it. */
    public void train(int h, double step) {
        if (step < 0) throw new IllegalArgumentException("negative yield step: " + step);
        field[h] = (float) Math.max(field[h], Math.min(1, field[h] + step));
        tree[h] = (float) Math.max(tree[h], Math.min(1, tree[h] + step));
    }
}
