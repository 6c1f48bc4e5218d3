package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

/**
 * The expected margins relocating firms compute, remembered per industry and town: the margin is the
 * mean of 60 planned monthly statements ({@link FirmEconomics#expectedMargin}), and every candidate
 * firm asks it of every town. An entry is reused only for the same month, the same parameter values
 * ({@link ParamValues#version}) and the same local costs, so that the answer is exactly the one
 * computed afresh.
 */
final class MarginMemo implements java.io.Serializable {

    private int[] month = new int[0];
    private long[] version = new long[0];
    private LocalCosts[] local = new LocalCosts[0];
    private double[] margin = new double[0];
    /** The support levels of the month's openings, shared by all its margins. */
    private PlannedMargin.Levels levels;

    /** {@link FirmEconomics#expectedMargin(Industry, Town, ParamValues, Conditions, LocalCosts)}, remembered. */
    double expectedMargin(Industry k, Town t, ParamValues p, Conditions c, LocalCosts costs) {
        int i = t.index() * Industry.count() + k.ordinal();
        if (i >= margin.length) grow((t.index() + 1) * Industry.count());
        if (month[i] != c.month() || version[i] != p.version() || !costs.equals(local[i])) {
            if (levels == null || !levels.holdFor(p, c.month())) levels = PlannedMargin.Levels.of(p, c.month());
            margin[i] = FirmEconomics.expectedMargin(k, t, p, levels, costs);
            month[i] = c.month();
            version[i] = p.version();
            local[i] = costs;
        }
        return margin[i];
    }

    /** Room for {@code n} entries, the new ones not yet computed. */
    private void grow(int n) {
        int from = margin.length;
        month = java.util.Arrays.copyOf(month, n);
        java.util.Arrays.fill(month, from, n, Integer.MIN_VALUE);
        version = java.util.Arrays.copyOf(version, n);
        local = java.util.Arrays.copyOf(local, n);
        margin = java.util.Arrays.copyOf(margin, n);
    }
}
