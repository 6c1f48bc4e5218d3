package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.IntList;

/**
 * One block's share of a month's labour market (see {@link PersonBlocks}): its random stream, who in it
 * searches or leaves, and what each seeker applied for. Kept between months to avoid garbage.
 */
final class SeekerBlock implements java.io.Serializable {

    /** What a seeker's application goes to: a firm id (0 and up), a distant market, or nothing. */
    static final int NO_APPLICATION = -1;
    /** A seeker waiting in a town who decided to go home (below every market code). */
    static final int GO_HOME = Integer.MIN_VALUE;

    final MersenneTwisterFast rng = new MersenneTwisterFast(0);
    final IntList seekers = new IntList(256);
    final IntList leavers = new IntList(64);
    /** Households of this block's farmers that another block owns (counted afterwards). */
    final IntList farmersElsewhere = new IntList(16);
    /** Per seeker, in seekers' order: a firm id, {@link #marketCode} of a market, or NO_APPLICATION. */
    final IntList applications = new IntList(256);
    /** Per seeker, in seekers' order: the hire chance believed in for the option applied to. */
    float[] believed = new float[256];
    final JobOption[] options = new JobOption[16];

    SeekerBlock() {
        for (int i = 0; i < options.length; i++) options[i] = new JobOption();
    }

    /** Records seeker k's application and the hire chance they believed in. */
    void apply(int k, int target, double believedChance) {
        applications.add(target);
        if (k >= believed.length) believed = java.util.Arrays.copyOf(believed, Math.max(k + 1, believed.length * 2));
        believed[k] = (float) believedChance;
    }

    /** The application code of a distant market (below NO_APPLICATION). */
    static int marketCode(int market) { return -2 - market; }

    /** The market of an application code below NO_APPLICATION. */
    static int marketOf(int code) { return -2 - code; }
}
