package org.sxbelt.experiment.bench;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.experiment.sweep.Experiment;
import org.sxbelt.experiment.sweep.ExperimentFile;
import org.sxbelt.experiment.sweep.Shard;
import org.sxbelt.experiment.sweep.Sweep;
import org.sxbelt.experiment.sweep.SweepOutcome;
import org.sxbelt.experiment.sweep.SweepPlan;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.RunStats;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Checkpoint;
import org.sxbelt.output.CheckpointCodec;
import org.sxbelt.output.CheckpointException;
import org.sxbelt.output.Fingerprint;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The performance benchmark behind {@code sxbelt bench}: full-belt model runs at several scales, one at a
 * time in this JVM, coarsest first, each a fresh {@link BeltModel} with no indicator or firm-event sink
 * (it measures the model, not CSV writing); then the parallel scaling of a sweep of small runs, next to
 * two reference loops (pure arithmetic and a memory stream) that show what the hardware itself scales.
 *
 * <p>A model run is {@link BeltModel#runToEnd(Runnable)} with a measuring pause after
 * {@code start()}: two full collections give the heap the model's state occupies. That pause is not in
 * the wall time; everything else is (setup included).
 */
public final class Bench {

    /** Heap needed at scale 1 (about 10.9 million persons); 1/scale of it at other scales. */
    public static final long HEAP_NEEDED_AT_SCALE_1 = 2816L << 20; // 2.75 GiB: "about 3 GB"

    /**
     * What to measure; built with {@link #builder(Scenario)}, the values checked here.
     *
     * @param scenario     the scenario (its run.months and run.scale are overridden)
     * @param seed         model seed of every benchmark run
     * @param months       months per run
     * @param scales       scales to run (run coarsest first whatever the order given)
     * @param repeat       runs per scale; the median by wall time is reported
     * @param threads      worker threads inside each scale's run ({@link BeltModel#setThreads})
     * @param warmUp       run the coarsest scale once, untimed, first (JIT compilation)
     * @param sweepThreads thread counts of the scaling measurement (empty: none, and the sweep's
     *                     runs, scale, months and folder are not used)
     * @param sweepRuns    runs in the sweep
     * @param sweepScale   scale of the sweep's runs
     * @param sweepMonths  months of the sweep's runs
     * @param checkpointMonths months to simulate at each scale before measuring the checkpoint codecs
     *                     ({@link #checkpoints}); 0: no checkpoint measurement
     * @param tempRoot     folder for the sweep's and the checkpoints' temporary files (deleted afterwards)
     * @param progress     progress lines (null: silent)
     */
    public record Options(Scenario scenario, long seed, int months, List<Integer> scales, int repeat, int threads,
                          boolean warmUp,
                          List<Integer> sweepThreads, int sweepRuns, int sweepScale, int sweepMonths,
                          int checkpointMonths, Path tempRoot, Consumer<String> progress) {
        public Options {
            Objects.requireNonNull(scenario, "scenario");
            scales = scales.stream().distinct().sorted(Comparator.reverseOrder()).toList();
            sweepThreads = sweepThreads.stream().distinct().sorted().toList();
            atLeastOne("months", months);
            for (int s : scales) atLeastOne("scale", s);
            atLeastOne("repeat", repeat);
            atLeastOne("threads", threads);
            if (!sweepThreads.isEmpty()) {
                atLeastOne("sweep threads", sweepThreads.get(0));
                atLeastOne("sweep runs", sweepRuns);
                atLeastOne("sweep scale", sweepScale);
                atLeastOne("sweep months", sweepMonths);
                Objects.requireNonNull(tempRoot, "tempRoot (the sweep's folder)");
            }
            if (checkpointMonths < 0) throw new IllegalArgumentException("checkpoint months must be 0 or more");
            if (checkpointMonths > 0) Objects.requireNonNull(tempRoot, "tempRoot (the checkpoints' folder)");
        }

        private static void atLeastOne(String what, int value) {
            if (value < 1) throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }

        /** Options for this scenario: seed 0, one run per scale, one thread, warm-up, no scaling measurement. */
        public static Builder builder(Scenario scenario) {
            return new Builder(scenario);
        }

        /** Named settings for {@link Options}; {@link #build()} checks them. */
        public static final class Builder {
            private final Scenario scenario;
            private long seed;
            private int months;
            private List<Integer> scales = List.of();
            private int repeat = 1;
            private int threads = 1;
            private boolean warmUp = true;
            private List<Integer> sweepThreads = List.of();
            private int sweepRuns;
            private int sweepScale;
            private int sweepMonths;
            private int checkpointMonths;
            private Path tempRoot;
            private Consumer<String> progress;

            private Builder(Scenario scenario) {
                this.scenario = scenario;
            }

            public Builder seed(long v) { seed = v; return this; }

            public Builder months(int v) { months = v; return this; }

            public Builder scales(List<Integer> v) { scales = v; return this; }

            public Builder repeat(int v) { repeat = v; return this; }

            public Builder threads(int v) { threads = v; return this; }

            public Builder warmUp(boolean v) { warmUp = v; return this; }

            /** Thread counts of the scaling measurement; with any, set the sweep's runs, scale, months and folder. */
            public Builder sweepThreads(List<Integer> v) { sweepThreads = v; return this; }

            public Builder sweepRuns(int v) { sweepRuns = v; return this; }

            public Builder sweepScale(int v) { sweepScale = v; return this; }

            public Builder sweepMonths(int v) { sweepMonths = v; return this; }

            /** Months before the checkpoint measurement; 0 (the default): none. */
            public Builder checkpointMonths(int v) { checkpointMonths = v; return this; }

            public Builder tempRoot(Path v) { tempRoot = v; return this; }

            public Builder progress(Consumer<String> v) { progress = v; return this; }

            public Options build() {
                return new Options(scenario, seed, months, scales, repeat, threads, warmUp, sweepThreads, sweepRuns,
                        sweepScale, sweepMonths, checkpointMonths, tempRoot, progress);
            }
        }
    }

    /** Everything measured. */
    public record Report(Machine machine, Options options, List<ScaleResult> scales, List<SweepResult> scaling,
                         List<CheckpointResult> checkpoints) {}

    private final Options options;
    private final BeltGeography geography;

    public Bench(Options options, BeltGeography geography) {
        this.options = options;
        this.geography = geography;
    }

    /** Heap a run at this scale needs, bytes (a rough floor: state, plus room to build it and to work). */
    public static long heapNeeded(int scale) {
        return HEAP_NEEDED_AT_SCALE_1 / Math.max(1, scale);
    }

    /** Runs everything; {@code onScale} receives each scale's result as soon as it is known (may be null). */
    public Report run(Consumer<ScaleResult> onScale) throws IOException {
        Machine machine = Machine.current();
        List<ScaleResult> results = new ArrayList<>();
        if (!options.scales().isEmpty() && options.warmUp()) {
            int coarsest = options.scales().get(0);
            say(String.format(Locale.ROOT, "warm-up: scale %d, %d months (untimed) ...", coarsest, options.months()));
            runModel(coarsest);
        }
        for (int scale : options.scales()) {
            List<ScaleResult> runs = new ArrayList<>();
            for (int i = 0; i < options.repeat(); i++) {
                say(String.format(Locale.ROOT, "scale %d, %d months%s ...", scale, options.months(),
                        options.repeat() > 1 ? " (run " + (i + 1) + " of " + options.repeat() + ")" : ""));
                runs.add(runModel(scale));
            }
            ScaleResult r = median(runs);
            results.add(r);
            if (onScale != null) onScale.accept(r);
        }
        List<SweepResult> scaling = new ArrayList<>();
        if (!options.sweepThreads().isEmpty()) {
            scaling.addAll(relative(measure("model sweep", t -> sweep(t))));
            scaling.addAll(relative(measure("cpu loop", t -> Loops.cpu(t))));
            Loops.prepareStream();
            try {
                scaling.addAll(relative(measure("memory stream", t -> Loops.stream(t))));
            } finally {
                Loops.releaseStream();
            }
        }
        List<CheckpointResult> checkpoints = new ArrayList<>();
        if (options.checkpointMonths() > 0) {
            for (int scale : options.scales()) checkpoints.addAll(checkpoints(scale));
        }
        return new Report(machine, options, results, scaling, checkpoints);
    }

    // ---- checkpoints ---------------------------------------------------------------------------

    /**
     * Simulates {@link Options#checkpointMonths()} months at {@code scale}, then writes that state to a
     * checkpoint file and reads it back with every {@link CheckpointCodec}, in {@link Options#repeat()} rounds
     * over all codecs (after an untimed one unless no warm-up; the median is reported), in a temporary folder that is deleted afterwards. The chosen codec's
     * state read back is the reference: every other codec's must serialise to the same bytes.
     */
    List<CheckpointResult> checkpoints(int scale) throws IOException {
        say(String.format(Locale.ROOT, "checkpoint: scale %d, %d months, then every codec ...", scale,
                options.checkpointMonths()));
        Scenario sc = scenario(scale, Math.max(options.months(), options.checkpointMonths() + 1));
        BeltModel model = new BeltModel(options.seed(), sc, geography, new Government());
        model.setThreads(options.threads());
        model.start();
        Files.createDirectories(options.tempRoot());
        Path dir = Files.createTempDirectory(options.tempRoot(), ".bench-checkpoint-");
        List<CheckpointResult> out = new ArrayList<>();
        try {
            while (model.monthsDone() < options.checkpointMonths()) model.schedule.step(model);
            int persons = model.belt().persons().aliveCount();
            Fingerprint fp = Fingerprint.ofRun(sc, List.of(), List.of());
            List<CheckpointCodec> codecs = new ArrayList<>(List.of(CheckpointCodec.values()));
            codecs.remove(CheckpointCodec.CHOSEN);
            codecs.add(0, CheckpointCodec.CHOSEN); // the reference first
            int n = codecs.size();
            long[][] writes = new long[n][options.repeat()];
            long[][] reads = new long[n][options.repeat()];
            long[] bytes = new long[n];
            boolean[] same = new boolean[n];
            byte[] reference = null;
            // Rounds over all codecs (an untimed one first unless no warm-up), so that JIT compilation and the
            // machine's other load fall on every codec alike.
            for (int round = options.warmUp() ? -1 : 0; round < options.repeat(); round++) {
                for (int c = 0; c < n; c++) {
                    CheckpointCodec codec = codecs.get(c);
                    Path file = dir.resolve(codec.label() + Checkpoint.EXTENSION);
                    HeapMeter.usedAfterGc();
                    long t0 = System.nanoTime();
                    Checkpoint.write(model, fp, file, codec);
                    long w = System.nanoTime() - t0;
                    HeapMeter.usedAfterGc();
                    t0 = System.nanoTime();
                    BeltModel back = Checkpoint.read(file, codec);
                    long r = System.nanoTime() - t0;
                    bytes[c] = Files.size(file);
                    Files.delete(file);
                    if (round < 0) continue;
                    writes[c][round] = w;
                    reads[c][round] = r;
                    if (round == 0) {
                        byte[] state = CheckpointCodec.SERIALISED_RAW.encode(back);
                        if (reference == null) reference = state;
                        same[c] = java.util.Arrays.equals(reference, state);
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                CheckpointCodec codec = codecs.get(c);
                out.add(new CheckpointResult(codec.label(), codec == CheckpointCodec.CHOSEN, scale,
                        options.checkpointMonths(), persons, bytes[c], medianOf(writes[c]), medianOf(reads[c]),
                        options.repeat(), same[c]));
                say(String.format(Locale.ROOT, "checkpoint: scale %d, %s: %,d bytes, write %.2f s, read %.2f s%s", scale,
                        codec.label(), bytes[c], medianOf(writes[c]) / 1e9, medianOf(reads[c]) / 1e9,
                        same[c] ? "" : ", NOT THE SAME STATE"));
            }
        } catch (CheckpointException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            model.finish();
            AtomicFiles.deleteRecursivelyQuietly(dir);
        }
        return out;
    }

    private static long medianOf(long[] v) {
        long[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    /** The run with the median wall time, with the number of runs made. */
    static ScaleResult median(List<ScaleResult> runs) {
        List<ScaleResult> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(ScaleResult::wallNanos));
        ScaleResult m = sorted.get((sorted.size() - 1) / 2);
        return new ScaleResult(m.scale(), m.persons(), m.personsAtEnd(), m.months(), m.personMonths(), runs.size(),
                m.setupNanos(), m.wallNanos(), m.gcNanos(), m.cpuNanos(), m.heapAfterStartBytes(), m.agentArrayBytes(),
                m.peakHeapBytes(), m.phaseNanos());
    }

    /** The scenario at this scale and length. */
    private Scenario scenario(int scale, int months) {
        ParamValues p = options.scenario().params().copy();
        p.set(ParamSchema.MONTHS, months);
        p.set(ParamSchema.SCALE, scale);
        p.set(ParamSchema.SEED, options.seed());
        return options.scenario().withParams(p);
    }

    /** One measured run: {@link BeltModel#runToEnd(Runnable)}, with the heap measured after start. */
    ScaleResult runModel(int scale) {
        BeltModel model = new BeltModel(options.seed(), scenario(scale, options.months()), geography, new Government());
        model.setThreads(options.threads());
        HeapMeter.usedAfterGc(); // the previous run's garbage is not this run's
        HeapMeter meter = new HeapMeter().start();
        long gc0 = HeapMeter.gcMillis();
        long cpu0 = ProcessCpu.nanos();
        long t0 = System.nanoTime();
        // setup nanos, heap after start, agent array bytes, GC millis and CPU nanos spent in the measuring pause
        long[] atStart = new long[5];
        RunStats stats = model.runToEnd(() -> {
            atStart[0] = System.nanoTime() - t0;
            long gcPause = HeapMeter.gcMillis();
            long cpuPause = ProcessCpu.nanos();
            Persons persons = model.belt().persons();
            Households households = model.belt().households();
            atStart[2] = (long) persons.size() * Persons.bytesPerSlot()
                    + (long) households.size() * Households.bytesPerHousehold();
            atStart[1] = HeapMeter.usedAfterGc();
            atStart[3] = HeapMeter.gcMillis() - gcPause;
            atStart[4] = ProcessCpu.between(cpuPause, ProcessCpu.nanos());
        });
        long gcMillis = HeapMeter.gcMillis() - gc0 - atStart[3];
        long cpu = ProcessCpu.between(cpu0, ProcessCpu.nanos());
        if (cpu >= 0) cpu = atStart[4] < 0 ? -1 : cpu - atStart[4];
        long peak = meter.stop();
        return new ScaleResult(scale, stats.agentsAtStart(), stats.agentsAtEnd(), stats.months(), stats.personMonths(),
                1, atStart[0], stats.wallNanos(), gcMillis * 1_000_000L, cpu, atStart[1], atStart[2], peak,
                model.phaseNanos());
    }

    // ---- parallel scaling ------------------------------------------------------------------------

    private interface Work {
        /** Does the fixed amount of work with this many threads; returns the units done. */
        int run(int threads) throws Exception;
    }

    private List<SweepResult> measure(String kind, Work work) throws IOException {
        List<SweepResult> out = new ArrayList<>();
        for (int t : options.sweepThreads()) {
            List<long[]> reps = new ArrayList<>();
            for (int i = 0; i < options.repeat(); i++) {
                say(String.format(Locale.ROOT, "%s, %d thread%s%s ...", kind, t, t == 1 ? "" : "s",
                        options.repeat() > 1 ? " (run " + (i + 1) + " of " + options.repeat() + ")" : ""));
                HeapMeter.usedAfterGc();
                long t0 = System.nanoTime();
                int units;
                try {
                    units = work.run(t);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                reps.add(new long[]{System.nanoTime() - t0, units});
            }
            reps.sort(Comparator.comparingLong(a -> a[0]));
            long[] m = reps.get((reps.size() - 1) / 2);
            out.add(new SweepResult(kind, t, (int) m[1], unitLabel(kind), m[0], 1.0));
        }
        return out;
    }

    private String unitLabel(String kind) {
        return switch (kind) {
            case "model sweep" -> String.format(Locale.ROOT, "runs (%s, scale %d, %d months, through the sweep runner)",
                    options.scenario().name(), options.sweepScale(), options.sweepMonths());
            case "cpu loop" -> "chunks of " + Loops.CPU_ITERATIONS / 1_000_000 + "M xorshift steps (no memory traffic)";
            default -> "chunks of " + Loops.STREAM_PASSES + " passes over a " + Loops.STREAM_MB + " MB array";
        };
    }

    /** Speed-ups relative to the first (fewest threads) entry. */
    static List<SweepResult> relative(List<SweepResult> rs) {
        if (rs.isEmpty()) return rs;
        double base = rs.get(0).unitsPerMinute();
        List<SweepResult> out = new ArrayList<>();
        for (SweepResult r : rs) out.add(r.withSpeedup(base == 0 ? 0 : r.unitsPerMinute() / base));
        return out;
    }

    /** The small sweep, through {@link Sweep} into a temporary folder that is deleted afterwards. */
    private int sweep(int threads) throws IOException {
        String key = "bench";
        String text = "name = \"bench-sweep\"\n"
                + "scenarios = [\"" + key + "\"]\n"
                + "replications = " + options.sweepRuns() + "\n"
                + "months = " + options.sweepMonths() + "\n"
                + "scale = " + options.sweepScale() + "\n"
                + "seed = " + options.seed() + "\n"
                + "indicators = [\"poverty_rate\", \"jobs_park\"]\n"
                + "levels = [\"belt\"]\n";
        Experiment e = ExperimentFile.parse(text, "bench sweep", null);
        Files.createDirectories(options.tempRoot());
        Path dir = Files.createTempDirectory(options.tempRoot(), ".bench-sweep-");
        try {
            SweepOutcome s = new Sweep(SweepPlan.of(e), Map.of(key, options.scenario()), geography,
                    new Sweep.Options(dir, threads, Shard.ALL, null)).run();
            if (s.failed() > 0) {
                throw new IllegalStateException("bench sweep: " + s.failed() + " runs failed: " + s.failures());
            }
            return s.done();
        } finally {
            AtomicFiles.deleteRecursivelyQuietly(dir);
        }
    }

    private void say(String line) {
        if (options.progress() != null) options.progress().accept(line);
    }

    /** Reference loops for the scaling table: what the hardware scales without the model. */
    static final class Loops {
        static final long CPU_ITERATIONS = 150_000_000L;
        static final int CHUNKS = 8;
        static final int STREAM_MB = 256;
        static final int STREAM_PASSES = 16;
        private static long[] array;
        static volatile long sink;

        private Loops() {}

        static int cpu(int threads) throws Exception {
            return parallel(threads, () -> {
                long x = 88172645463325252L, acc = 0;
                for (long i = 0; i < CPU_ITERATIONS; i++) {
                    x ^= x << 13;
                    x ^= x >>> 7;
                    x ^= x << 17;
                    acc += x;
                }
                return acc;
            });
        }

        static synchronized void prepareStream() {
            array = new long[STREAM_MB * (1 << 20) / 8];
            for (int i = 0; i < array.length; i++) array[i] = i * 31L;
        }

        static synchronized void releaseStream() {
            array = null;
        }

        static int stream(int threads) throws Exception {
            long[] a;
            synchronized (Loops.class) {
                a = array;
            }
            return parallel(threads, () -> {
                long acc = 0;
                for (int p = 0; p < STREAM_PASSES; p++) {
                    for (long v : a) acc += v;
                }
                return acc;
            });
        }

        /** Runs {@link #CHUNKS} copies of the task on a pool of this many threads. */
        private static int parallel(int threads, java.util.concurrent.Callable<Long> task) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "bench-loop");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Long>> fs = new ArrayList<>();
                for (int i = 0; i < CHUNKS; i++) fs.add(pool.submit(task));
                long s = 0;
                for (Future<Long> f : fs) s += f.get();
                sink = s;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            return CHUNKS;
        }
    }
}
