package org.sxbelt.experiment.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap measurements for the benchmark: the live heap after a full collection (what the model's state
 * occupies) and the peak heap during a run. The peak is the largest used heap seen by a sampler thread
 * polling {@link MemoryMXBean} every few milliseconds, and at least the largest single-pool peak
 * ({@link MemoryPoolMXBean#getPeakUsage()}, reset by {@link #start()}); it includes garbage not yet
 * collected, so it grows with the heap the JVM is allowed (-Xmx) as well as with the model.
 */
public final class HeapMeter implements AutoCloseable {

    private static final long POLL_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running;
    private volatile long peak;
    private Thread sampler;

    /** Resets the pool peaks and starts sampling. */
    public HeapMeter start() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) p.resetPeakUsage();
        }
        peak = memory.getHeapMemoryUsage().getUsed();
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                long u = memory.getHeapMemoryUsage().getUsed();
                if (u > peak) peak = u;
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return this;
    }

    /** Stops sampling and returns the peak heap in bytes since {@link #start()}. */
    public long stop() {
        running = false;
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sampler = null;
        }
        long p = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) p = Math.max(p, pool.getPeakUsage().getUsed());
        }
        return p;
    }

    @Override
    public void close() {
        stop();
    }

    /** Heap in use after two full collections with a short pause between (the live data). */
    public static long usedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Accumulated garbage-collection time of this JVM, milliseconds (all collectors, as the JVM reports it). */
    public static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) t += Math.max(0, b.getCollectionTime());
        return t;
    }
}
