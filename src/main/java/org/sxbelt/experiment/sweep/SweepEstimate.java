package org.sxbelt.experiment.sweep;

import java.util.Locale;

/**
 * The warning before a large sweep (issue 16 item 6): above {@value #LARGE} runs to do, one line with
 * the run count and the time it will take. The time per run comes from the benchmark figures of
 * docs/PERFORMANCE.md (bench, one thread, 192 months of the baseline: about 0.7 s at 1:1000, 2.1 s at
 * 1:100, 130 to 230 s at 1:1), summed up as {@code months / 192 × (0.5 s + 200 s / scale)}: a fixed cost
 * (building the belt, the firms and the places, which scale does not shrink) and one in proportion to
 * the persons. It is a rough figure on a machine like that one: other machines and scenarios with more
 * programmes differ by a factor of about two either way; the sweep's progress line gives the measured ETA.
 */
public final class SweepEstimate {

    /** Sweeps with more runs to do than this get the warning. */
    public static final int LARGE = 10_000;

    private SweepEstimate() {}

    /** Seconds of one single-threaded run of {@code months} months at 1:{@code scale}. */
    public static double secondsPerRun(int months, int scale) {
        return months / 192.0 * (0.5 + 200.0 / Math.max(1, scale));
    }

    /**
     * The warning for {@code runs} runs to do taking {@code secondsPerRun} each on {@code threads}
     * threads, or null when there are not more than {@link #LARGE}.
     */
    public static String warning(long runs, double secondsPerRun, int threads) {
        if (runs <= LARGE) return null;
        int parallel = (int) Math.max(1, Math.min(threads, runs));
        double seconds = runs * secondsPerRun / parallel;
        return String.format(Locale.ROOT, "warning: %,d runs to do; at about %s s a run (estimated from the benchmark "
                        + "figures in docs/PERFORMANCE.md) on %d thread%s this takes about %s; an interrupted sweep "
                        + "resumes where it stopped", runs, String.format(Locale.ROOT, secondsPerRun < 1 ? "%.2f" : "%.1f", secondsPerRun), parallel, parallel == 1 ? "" : "s",
                duration(seconds));
    }

    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 3600) return Sweep.Progress.duration(seconds);
        if (s < 48 * 3600) return (s / 3600) + " h " + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + " min";
        double days = s / 86400.0;
        return days < 730 ? String.format(Locale.ROOT, "%.0f days", days) : String.format(Locale.ROOT, "%.0f years", days / 365.25);
    }
}
