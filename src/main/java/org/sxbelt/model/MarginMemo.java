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
final class MarginMemo {

    private int towns = -1;
    private int[] month = new int[0];
    private long[] version = new long[0];
    private LocalCosts[] local = new LocalCosts[0];
    private double[] margin = new double[0];

    /** {@link FirmEconomics#expectedMargin(Industry, Town, ParamValues, Conditions, LocalCosts)}, remembered. */
    double expectedMargin(Industry k, Town t, ParamValues p, Conditions c, LocalCosts costs, int townCount) {
        if (townCount != towns) resize(townCount);
        int i = t.index() * Industry.count() + k.ordinal();
        if (month[i] != c.month() || version[i] != p.version() || !costs.equals(local[i])) {
            margin[i] = FirmEconomics.expectedMargin(k, t, p, c, costs);
            month[i] = c.month();
            version[i] = p.version();
            local[i] = costs;
        }
        return margin[i];
    }

    private void resize(int townCount) {
        towns = townCount;
        int n = townCount * Industry.count();
        month = new int[n];
        java.util.Arrays.fill(month, Integer.MIN_VALUE);
        version = new long[n];
        local = new LocalCosts[n];
        margin = new double[n];
    }
}
