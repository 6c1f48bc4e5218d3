package org.sxbelt.experiment.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this JVM process: every thread's, the collector's and the compiler's included. On a shared or
 * virtual machine a run's wall time moves with the neighbours' load, its CPU time much less, so a speed
 * guard is best read on both.
 */
final class ProcessCpu {

    private ProcessCpu() {}

    /** CPU time of the process so far, in nanoseconds, or -1 where the JVM cannot say. */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** {@code to - from}, or -1 if either reading is missing. */
    static long between(long from, long to) { return from < 0 || to < 0 ? -1 : to - from; }
}
