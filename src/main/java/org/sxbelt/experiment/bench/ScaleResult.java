package org.sxbelt.experiment.bench;

import java.util.Map;

/**
 * One benchmarked model run at one scale (with {@code --repeat}, the run with the median wall time).
 *
 * @param scale               real persons per simulated person
 * @param persons             simulated persons alive after start (RunStats.agentsAtStart)
 * @param personsAtEnd        simulated persons alive at the end
 * @param months              months simulated
 * @param personMonths        sum over months of the persons alive at the month's start
 * @param repeats             runs made at this scale (the row is the median one by wall time)
 * @param setupNanos          wall time of start(): building the belt and its agents
 * @param wallNanos           wall time of the run, setup included (as RunStats / runToEnd), excluding the
 *                            measuring pause (full GC) after start
 * @param gcNanos             garbage-collection time during the run (setup and months)
 * @param cpuNanos            CPU time of the whole process during the run (all threads, collector and compiler
 *                            included; the measuring pause excluded), or -1 where the JVM cannot measure it
 * @param heapAfterStartBytes heap in use after start() and a full GC: the model's state
 * @param agentArrayBytes     bytes of the person and household arrays (slots x Persons.bytesPerSlot +
 *                            households x Households.bytesPerHousehold)
 * @param peakHeapBytes       peak heap in use during the run (garbage included)
 * @param phaseNanos          wall time per monthly phase, in BeltModel.PHASES order
 */
public record ScaleResult(int scale, long persons, long personsAtEnd, int months, long personMonths, int repeats,
                          long setupNanos, long wallNanos, long gcNanos, long cpuNanos, long heapAfterStartBytes,
                          long agentArrayBytes, long peakHeapBytes, Map<String, Long> phaseNanos) {

    public ScaleResult {
        phaseNanos = Map.copyOf(phaseNanos);
    }

    public double wallSeconds() { return wallNanos / 1e9; }

    public double setupSeconds() { return setupNanos / 1e9; }

    public double gcSeconds() { return gcNanos / 1e9; }

    /** CPU seconds of the process during the run (NaN if not measured). */
    public double cpuSeconds() { return cpuNanos < 0 ? Double.NaN : cpuNanos / 1e9; }

    /** Person-months per second of wall time, setup included (as RunStats.personMonthsPerSecond()). */
    public double personMonthsPerSecond() {
        return wallNanos == 0 ? 0 : personMonths / (wallNanos / 1e9);
    }

    /** Person-months per second of the monthly steps only (setup excluded). */
    public double stepPersonMonthsPerSecond() {
        long steps = wallNanos - setupNanos;
        return steps <= 0 ? 0 : personMonths / (steps / 1e9);
    }

    public double heapAfterStartPerPerson() { return persons == 0 ? 0 : heapAfterStartBytes / (double) persons; }

    public double agentBytesPerPerson() { return persons == 0 ? 0 : agentArrayBytes / (double) persons; }

    public double peakHeapPerPerson() { return persons == 0 ? 0 : peakHeapBytes / (double) persons; }

    /** Share of the phases' total time spent in the phase (0..1). */
    public double phaseShare(String phase) {
        long total = 0;
        for (long v : phaseNanos.values()) total += v;
        Long v = phaseNanos.get(phase);
        return total == 0 || v == null ? 0 : v / (double) total;
    }
}
