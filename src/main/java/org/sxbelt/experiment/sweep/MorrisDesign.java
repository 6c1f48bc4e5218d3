package org.sxbelt.experiment.sweep;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris (1991) elementary-effects design: {@code r} one-at-a-time trajectories on a {@code p}-level
 * grid {0, 1/(p−1), ..., 1} with step Δ = p / (2(p − 1)). A trajectory has k + 1 points; from one to
 * the next exactly one factor moves by +Δ or −Δ, and every factor moves once, in a random order.
 * This is the randomised orientation B* = (J x* + (Δ/2)((2B − J) D* + J)) P* of Morris: for each
 * factor a base value x* on the grid with x* + Δ ≤ 1 and a random direction; the factor starts at x*
 * (moving up) or x* + Δ (moving down).
 *
 * <p>Points are returned trajectory by trajectory; {@link UnitPoint#group()} is the trajectory
 * number (1-based, as text) and {@link UnitPoint#step()} the step 0..k. {@link #changedFactor} says
 * which factor changed between step s−1 and s. The elementary effect of that factor is
 * (y(step s) − y(step s−1)) / (±Δ in the factor's unit range).
 */
public final class MorrisDesign {

    private final int trajectories;
    private final int k;
    private final int p;
    private final double delta;
    /** Per trajectory t and factor j, at t * k + j: the factor's grid level at step 0. */
    private final short[] start;
    /** Per trajectory t and step s = 1..k, at t * k + s − 1: the factor that moves at that step. */
    private final short[] order;

    private MorrisDesign(int trajectories, int k, int p, short[] start, short[] order) {
        this.trajectories = trajectories;
        this.k = k;
        this.p = p;
        this.delta = delta(p);
        this.start = start;
        this.order = order;
    }

    /** Δ = p / (2(p − 1)). */
    public static double delta(int p) {
        return p / (2.0 * (p - 1));
    }

    /**
     * The design; it holds the start levels and the order of moves (2 × 2 bytes per trajectory and
     * factor) and makes each point from them ({@link #point}), so the points are never held.
     *
     * @param r    number of trajectories, at least 1
     * @param k    number of factors, at least 1 and below 32,768
     * @param p    grid levels, even, at least 2 and below 32,768 (so that x* + Δ lies on the grid)
     * @param seed seed of the random base points, orders and directions
     */
    public static MorrisDesign generate(int r, int k, int p, long seed) {
        if (r < 1) throw new IllegalArgumentException("trajectories must be at least 1, got " + r);
        if (k < 1 || k > Short.MAX_VALUE) throw new IllegalArgumentException("a Morris design needs 1 to 32767 factors");
        if (p < 2 || p % 2 != 0 || p > Short.MAX_VALUE) {
            throw new IllegalArgumentException("grid must be even and in [2, 32766], got " + p);
        }
        RandomGenerator rng = new MersenneTwister(seed);
        int baseLevels = p / 2;            // x* in {0, 1/(p-1), ..., (p/2 - 1)/(p-1)}: x* + Δ <= 1
        int jump = p / 2;                  // Δ in grid steps: Δ = (p/2) / (p-1)
        int cells = Math.multiplyExact(r, k);
        short[] start = new short[cells];
        short[] order = new short[cells];
        for (int t = 0; t < r; t++) {
            for (int j = 0; j < k; j++) {
                int base = rng.nextInt(baseLevels);
                int dir = rng.nextBoolean() ? 1 : -1;
                start[t * k + j] = (short) (dir > 0 ? base : base + jump);
            }
            int[] perm = LatinHypercube.permutation(k, rng);
            for (int s = 0; s < k; s++) order[t * k + s] = (short) perm[s];
        }
        return new MorrisDesign(r, k, p, start, order);
    }

    /**
     * Point {@code index} = trajectory index / (k + 1), step index % (k + 1): the start levels with the
     * factors moved at steps 1..step moved by Δ (up from a start below Δ, down from one at or above it).
     */
    public UnitPoint point(int index) {
        int t = index / (k + 1);
        int step = index % (k + 1);
        int jump = p / 2;
        int[] level = new int[k];
        for (int j = 0; j < k; j++) level[j] = start[t * k + j];
        for (int s = 1; s <= step; s++) {
            int j = order[t * k + s - 1];
            level[j] += level[j] < jump ? jump : -jump;
        }
        return new UnitPoint(grid(level, p), Integer.toString(t + 1), step);
    }

    private static double[] grid(int[] level, int p) {
        double[] u = new double[level.length];
        for (int j = 0; j < level.length; j++) u[j] = level[j] / (double) (p - 1);
        return u;
    }

    /** Number of points: r (k + 1). */
    public long size() { return (long) trajectories * (k + 1); }

    /** The points as a list (for small designs and tests). */
    public List<UnitPoint> points() {
        List<UnitPoint> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) out.add(point(i));
        return out;
    }

    public int trajectories() { return trajectories; }

    public int factors() { return k; }

    public int grid() { return p; }

    public double delta() { return delta; }

    /** The factor that changed between step − 1 and step of a trajectory (0-based); −1 for step 0. */
    public int changedFactor(int trajectory, int step) {
        return step == 0 ? -1 : order[trajectory * k + step - 1];
    }
}
