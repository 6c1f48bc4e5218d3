package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.concurrent.Workers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.PrimitiveIterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The embedded engine: a fixed pool of {@code threads} threads on this machine, at most 2 x threads runs
 * in flight (issue 16 item 6: no structure per run of the design), each run single-threaded.
 */
final class LocalEngine implements SweepEngine {

    private final int threads;

    LocalEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    @Override
    public void run(SweepJob job, Path folder, int count, PrimitiveIterator.OfInt runs, Listener listener)
            throws IOException {
        if (count == 0) return;
        int n = workers(count);
        ExecutorService pool = Executors.newFixedThreadPool(n, Workers.daemons("sweep"));
        try {
            InFlight<Integer, String> inFlight = new InFlight<>(pool, 2 * n, (i, err) -> { });
            int lastPoint = -1;
            org.sxbelt.params.Scenario point = null;
            while (runs.hasNext()) {
                int i = runs.nextInt();
                SweepPlan.Run r = job.run(i);
                if (r.point() != lastPoint) { // a design's runs come point by point
                    point = job.pointScenario(job.design().point(r.point()));
                    lastPoint = r.point();
                }
                var sc = SweepJob.runScenario(r, point);
                var fp = job.fingerprint(sc);
                inFlight.submit(i, () -> {
                    long token = listener.started(i);
                    String err = job.runOne(folder, r, sc, fp);
                    listener.finished(token, i, err);
                    return err;
                });
            }
            inFlight.finish();
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public int workers(int runs) {
        return Math.min(threads, Math.max(1, runs));
    }

    @Override
    public String describe(int runs) {
        int n = workers(runs);
        return String.format(Locale.ROOT, "on %d thread%s", n, n == 1 ? "" : "s");
    }
}
