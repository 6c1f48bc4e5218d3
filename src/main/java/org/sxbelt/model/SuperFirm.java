package org.sxbelt.model;

import ec.util.MersenneTwisterFast;

/**
 * The super-firm convention: at a coarse scale one agent firm stands for several real firms of the
 * same industry, size and place, so that it still employs a few agents. A firm of {@code w} real
 * workers at 1:{@code scale} would be {@code w / scale} agents, below one for a workshop of 70 at
 * 1:100; it would then hold space with no worker at all. Instead, of the real firms drawn, one in
 * {@code m} becomes an agent firm standing for {@code m}, with {@code m} the smallest number that gives
 * it at least {@link #MIN_AGENT_WORKERS} agent places, or fewer where the park or village has room for
 * fewer. Where those few would still make only a fraction {@code x} of one agent place, the agent firm
 * opens with chance {@code x} and one place: stochastic rounding of the entry rather than of the
 * capacity, so that no agent firm is created without a place. Expected real firms, jobs and space are
 * those of the draw. A park firm admitted where the park has room for fewer than {@code m} takes its
 * own space and joins an agent firm of its industry in town or waits for its group ({@link EntryGroups});
 * the shortened groups of {@link #fitting} remain for village workshops and satellites. At 1:1, and for
 * firms large enough, {@code m} is 1 and nothing changes.
 */
public final class SuperFirm {

    /** Agent places an agent firm is to have at least (a few, so that it can be staffed at all). */
    static final int MIN_AGENT_WORKERS = 4;

    private SuperFirm() {}

    /** Real firms of {@code realWorkers} each that one agent firm stands for at 1:{@code scale}. */
    public static int plants(double realWorkers, int scale) {
        if (!(realWorkers > 0)) throw new IllegalArgumentException("a firm has workers: " + realWorkers);
        return Math.max(1, (int) Math.ceil(MIN_AGENT_WORKERS * (double) scale / realWorkers - 1e-9));
    }

    /**
     * Real firms an agent firm stands for where only {@code room} more fit (park space or village
     * slots, in firms of {@code realWorkers}): {@link #plants}, or fewer if the room is short; 0 if none fit.
     */
    public static int fitting(double realWorkers, int scale, int room) {
        return Math.max(0, Math.min(plants(realWorkers, scale), room));
    }

    /**
     * Whether a real firm drawn becomes the agent firm of its group of {@code firms}: with chance
     * 1/firms, times the fraction of an agent place the group makes if it is less than one. No draw
     * when the chance is 1.
     */
    public static boolean kept(MersenneTwisterFast rng, int firms, double realWorkers, int scale) {
        if (firms < 1) throw new IllegalArgumentException("an agent firm stands for at least one firm: " + firms);
        double chance = Math.min(1, firms * realWorkers / scale) / firms;
        return chance >= 1 || rng.nextDouble() < chance;
    }
}
