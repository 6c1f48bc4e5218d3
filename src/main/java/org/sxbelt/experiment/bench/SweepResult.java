package org.sxbelt.experiment.bench;

/**
 * One parallel-scaling measurement: the same fixed amount of work done with a number of threads.
 *
 * @param kind        "model sweep" (a sweep of small model runs through the sweep runner), or a
 *                    reference loop: "cpu loop" (arithmetic in registers, no memory traffic) or
 *                    "memory stream" (sums over a large array, bandwidth-bound)
 * @param threads     worker threads
 * @param units       work units done (runs for the sweep, fixed-size chunks for the loops)
 * @param unitLabel   what a unit is, e.g. "runs of baseline, scale 300, 108 months"
 * @param wallNanos   wall time
 * @param speedup     units per second relative to the same kind with the fewest threads measured
 */
public record SweepResult(String kind, int threads, int units, String unitLabel, long wallNanos, double speedup) {

    public double wallSeconds() { return wallNanos / 1e9; }

    /** Units per minute. */
    public double unitsPerMinute() { return wallNanos == 0 ? 0 : units / (wallNanos / 60e9); }

    public SweepResult withSpeedup(double s) {
        return new SweepResult(kind, threads, units, unitLabel, wallNanos, s);
    }
}
