package org.sxbelt.model;

/** What a finished run reports about itself (for the manifest and benchmarks). */
public record RunStats(int months, long agentsAtStart, long agentsAtEnd, long personMonths, long wallNanos) {

    public double personMonthsPerSecond() {
        return wallNanos == 0 ? 0 : personMonths / (wallNanos / 1e9);
    }
}
