package org.sxbelt.experiment.sweep;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The time a sweep has left (issue 19 item 6), from a moving average of run times and the runs in
 * flight. Pure arithmetic on the times it is given: no clock.
 *
 * <p>The run time is the mean of the last {@value #WINDOW} finished runs. The first wave (runs started
 * before any run had finished) carries the start-up costs of the process (class loading, JIT
 * compilation), several times a later run at coarse scales, so it is left out as soon as a later run has
 * finished. With {@code a} that mean, {@code Q} runs not yet started and runs in flight for {@code e_i}
 * seconds, each in-flight run has {@code r_i = max(0, a − e_i)} left, and on {@code W} workers the
 * sweep ends in about {@code max(max r_i, (Σ r_i + Q a) / W)}: the work left shared by the workers, but
 * never before the longest run in flight. No estimate before the second finished run: one run says
 * too little.
 */
public final class EtaEstimator {

    /** How many of the latest run times the average takes. */
    public static final int WINDOW = 10;

    private final int workers;
    private final Deque<Double> firstWave = new ArrayDeque<>();
    private final Deque<Double> later = new ArrayDeque<>();
    private int finished;

    /** @param workers runs that go at the same time (the sweep's threads) */
    public EtaEstimator(int workers) {
        if (workers < 1) throw new IllegalArgumentException("workers " + workers);
        this.workers = workers;
    }

    /**
     * A run finished after {@code seconds}.
     *
     * @param startedInFirstWave whether it started before any run had finished
     */
    public void finished(double seconds, boolean startedInFirstWave) {
        Deque<Double> d = startedInFirstWave ? firstWave : later;
        d.addLast(seconds);
        if (d.size() > WINDOW) d.removeFirst();
        finished++;
    }

    /** The moving average of run times (NaN before any run finished). */
    public double runSeconds() {
        Deque<Double> d = later.isEmpty() ? firstWave : later;
        if (d.isEmpty()) return Double.NaN;
        double sum = 0;
        for (double s : d) sum += s;
        return sum / d.size();
    }

    /**
     * Seconds left, or NaN before the second finished run.
     *
     * @param notStarted      runs still to start
     * @param inFlightSeconds how long each run in flight has been going
     */
    public double secondsLeft(int notStarted, double[] inFlightSeconds) {
        if (finished < 2) return Double.NaN;
        double a = runSeconds();
        double longest = 0, sum = 0;
        for (double e : inFlightSeconds) {
            double r = Math.max(0, a - e);
            longest = Math.max(longest, r);
            sum += r;
        }
        return Math.max(longest, (sum + notStarted * a) / workers);
    }
}
