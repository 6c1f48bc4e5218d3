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
    private final List<UnitPoint> points;
    private final int[][] changed;

    private MorrisDesign(int trajectories, int k, int p, List<UnitPoint> points, int[][] changed) {
        this.trajectories = trajectories;
        this.k = k;
        this.p = p;
        this.delta = delta(p);
        this.points = List.copyOf(points);
        this.changed = changed;
    }

    /** Δ = p / (2(p − 1)). */
    public static double delta(int p) {
        return p / (2.0 * (p - 1));
    }

    /**
     * @param r    number of trajectories, at least 1
     * @param k    number of factors, at least 1
     * @param p    grid levels, even and at least 2 (so that x* + Δ lies on the grid)
     * @param seed seed of the random base points, orders and directions
     */
    public static MorrisDesign generate(int r, int k, int p, long seed) {
        if (r < 1) throw new IllegalArgumentException("trajectories must be at least 1, got " + r);
        if (k < 1) throw new IllegalArgumentException("a Morris design needs at least one factor");
        if (p < 2 || p % 2 != 0) throw new IllegalArgumentException("grid must be even and at least 2, got " + p);
        RandomGenerator rng = new MersenneTwister(seed);
        int baseLevels = p / 2;            // x* in {0, 1/(p-1), ..., (p/2 - 1)/(p-1)}: x* + Δ <= 1
        int jump = p / 2;                  // Δ in grid steps: Δ = (p/2) / (p-1)
        List<UnitPoint> pts = new ArrayList<>(r * (k + 1));
        int[][] changed = new int[r][k + 1];
        for (int t = 0; t < r; t++) {
            int[] level = new int[k];
            int[] dir = new int[k];
            for (int j = 0; j < k; j++) {
                int base = rng.nextInt(baseLevels);
                dir[j] = rng.nextBoolean() ? 1 : -1;
                level[j] = dir[j] > 0 ? base : base + jump;
            }
            int[] order = LatinHypercube.permutation(k, rng);
            String group = Integer.toString(t + 1);
            pts.add(new UnitPoint(grid(level, p), group, 0));
            changed[t][0] = -1;
            for (int s = 1; s <= k; s++) {
                int j = order[s - 1];
                level[j] += dir[j] * jump;
                pts.add(new UnitPoint(grid(level, p), group, s));
                changed[t][s] = j;
            }
        }
        return new MorrisDesign(r, k, p, pts, changed);
    }

    private static double[] grid(int[] level, int p) {
        double[] u = new double[level.length];
        for (int j = 0; j < level.length; j++) u[j] = level[j] / (double) (p - 1);
        return u;
    }

    public List<UnitPoint> points() { return points; }

    public int trajectories() { return trajectories; }

    public int factors() { return k; }

    public int grid() { return p; }

    public double delta() { return delta; }

    /** The factor that changed between step − 1 and step of a trajectory (0-based); −1 for step 0. */
    public int changedFactor(int trajectory, int step) {
        return changed[trajectory][step];
    }
}
