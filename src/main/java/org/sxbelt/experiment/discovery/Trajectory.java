package org.sxbelt.experiment.discovery;

import java.util.List;

/**
 * PRIM's peeling and pasting trajectory: the box around all cases (step 0), the boxes after each peel,
 * then after each paste; the last one is the box PRIM ends with.
 */
public record Trajectory(Cases cases, Prim.Settings settings, Box initial, List<Step> steps) {

    public Trajectory {
        steps = List.copyOf(steps);
    }

    public Step step(int i) { return steps.get(i); }

    public int size() { return steps.size(); }

    public Step last() { return steps.get(steps.size() - 1); }

    /**
     * The default choice of box: the last step whose density is at least {@code minDensity}, or -1 when
     * none is.
     */
    public int lastWithDensity(double minDensity) {
        for (int i = steps.size() - 1; i >= 0; i--) if (steps.get(i).density() >= minDensity) return i;
        return -1;
    }

    /** The step of highest density (the later one of equals). */
    public int densest() {
        int best = 0;
        for (int i = 1; i < steps.size(); i++) if (!(steps.get(i).density() < steps.get(best).density())) best = i;
        return best;
    }

    /**
     * The step whose coverage is closest to {@code coverage}; among equally close ones, the one whose
     * density is closest to {@code density}, then the earlier.
     */
    public int closestCoverage(double coverage, double density) {
        return closest(coverage, density, true);
    }

    /** The step whose density is closest to {@code density}; ties as in {@link #closestCoverage}, with coverage. */
    public int closestDensity(double coverage, double density) {
        return closest(coverage, density, false);
    }

    private int closest(double coverage, double density, boolean byCoverage) {
        int best = -1;
        double bestFirst = Double.POSITIVE_INFINITY, bestSecond = Double.POSITIVE_INFINITY;
        for (int i = 0; i < steps.size(); i++) {
            double dc = Math.abs(steps.get(i).coverage() - coverage), dd = Math.abs(steps.get(i).density() - density);
            double first = byCoverage ? dc : dd, second = byCoverage ? dd : dc;
            if (best < 0 || first < bestFirst || first == bestFirst && second < bestSecond) {
                best = i;
                bestFirst = first;
                bestSecond = second;
            }
        }
        return best;
    }
}
