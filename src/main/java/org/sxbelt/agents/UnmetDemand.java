package org.sxbelt.agents;

import java.util.Arrays;

/**
 * The town's record of factory space that firms wanted and could not get: m2 by industry of the
 * firms that chose the town and were turned away because its park was full. Space built since
 * meets the record (open space every industry's, dedicated space its own industry's); applications
 * lapse at a steady rate, since a firm turned away does not wait for ever.
 */
public final class UnmetDemand implements java.io.Serializable {

    private final double[] m2 = new double[Industry.count()];

    /** A firm of industry {@code k} wanted {@code space} m2 and was turned away. */
    public void turnedAway(Industry k, double space) {
        if (!(space >= 0)) throw new IllegalArgumentException("space turned away must be >= 0: " + space);
        m2[k.ordinal()] += space;
    }

    public double of(Industry k) { return m2[k.ordinal()]; }

    public double total() {
        double s = 0;
        for (double v : m2) s += v;
        return s;
    }

    /**
     * {@code space} m2 were built, kept for industry {@code k} (or open to all when null): the
     * record falls by as much, open space taken from every industry's record in proportion.
     */
    void met(Industry k, double space) {
        if (k != null) {
            m2[k.ordinal()] = Math.max(0, m2[k.ordinal()] - space);
            return;
        }
        double total = total();
        if (total <= 0) return;
        double keep = Math.max(0, 1 - space / total);
        for (int i = 0; i < m2.length; i++) m2[i] *= keep;
    }

    /** A share of the applications on record lapses (their firms settled elsewhere or gave up). */
    public void lapse(double share) {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("lapse share must be in [0, 1]: " + share);
        for (int i = 0; i < m2.length; i++) m2[i] *= 1 - share;
    }

    @Override
    public String toString() { return "UnmetDemand" + Arrays.toString(m2); }
}
