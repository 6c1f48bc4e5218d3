package org.sxbelt.experiment.sweep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.sxbelt.experiment.concurrent.Workers;
import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Fingerprint;
import org.sxbelt.output.Manifest;
import org.sxbelt.output.ModelVersion;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioException;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs an experiment's design into {@code <out>/<name>/}: design.csv first, then one
 * {@code runs/<run id>.csv} per finished run (atomically, as each run ends) with its
 * {@code runs/<run id>.check} ({@link RunCheck}: rows, bytes, SHA-256, fingerprint), or
 * {@code runs/<run id>.error.txt} for a run that threw, manifest.json (with the folder's fingerprint),
 * and results.csv (or results.csv.gz, or results.parquet through an engine that writes it,
 * {@link Options#format()}) once every run of the design is present and verified, with its {@link ResultsCheck}; the run files are then removed unless {@link Options#keepRuns()}
 * (their check files stay, and the runs count as finished while the results file matches its check; a
 * sweep that must write it again restores them from it first). Runs already in {@code runs/}
 * are skipped when their files match their checks and their fingerprint is this experiment's; damaged
 * ones are redone, failed ones retried, and ones made with another fingerprint refused (or redone with
 * {@code force}). One sweep at a time per folder ({@link FolderLock}).
 *
 * <p>Each run is one single-threaded model with seed {@code seed + replicate}; runs go to the
 * {@link SweepEngine} (the local thread pool, or Spark) through {@link SweepJob#runOne} and write only their
 * own files, so every file — and results.csv, assembled in run order
 * afterwards — is the same whatever the number of threads, the order of completion or the sharding.
 */
public final class Sweep {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .serializeSpecialFloatingPointValues().create();

    /** Called before each run's model is built (tests inject failures through it). */
    interface RunHook {
        void beforeRun(SweepPlan.Run run) throws Exception;
    }

    /**
     * How to run.
     *
     * @param outRoot  folder that receives {@code <name>/}
     * @param threads  worker threads, at least 1
     * @param shard    the part of the runs to do
     * @param progress receives progress and information lines (null: silent)
     * @param force    redo runs made with another fingerprint instead of refusing
     * @param format   the results file's format (null: csv); the CSV formats are written by the driver
     *                 whatever the engine, another (parquet) only by an engine with a
     *                 {@link SweepEngine#converter} for it, from the CSV results the driver assembles
     * @param keepRuns keep the run files once the results file holds their rows (by default they are
     *                 removed, their check files staying: one copy of the data)
     * @param engine   computes the runs (the caller closes it); null: the local engine with {@code threads}
     */
    public record Options(Path outRoot, int threads, Shard shard, Consumer<String> progress, boolean force,
                          ResultsFormat format, boolean keepRuns, SweepEngine engine) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            if (shard == null) shard = Shard.ALL;
            if (format == null) format = ResultsFormat.CSV;
            if (!format.isCsv() && (engine == null || engine.converter(format) == null)) {
                throw new IllegalArgumentException("the sweep writes csv or csv.gz, not " + format.label()
                        + ", unless its engine does (--engine spark)");
            }
        }

        public Options(Path outRoot, int threads, Shard shard, Consumer<String> progress, boolean force, SweepEngine engine) {
            this(outRoot, threads, shard, progress, force, ResultsFormat.CSV, false, engine);
        }

        public Options(Path outRoot, int threads, Shard shard, Consumer<String> progress, boolean force) {
            this(outRoot, threads, shard, progress, force, null);
        }

        public Options(Path outRoot, int threads, Shard shard, Consumer<String> progress) {
            this(outRoot, threads, shard, progress, false);
        }

        /** These options with another results format and run-file keeping. */
        public Options with(ResultsFormat format, boolean keepRuns) {
            return new Options(outRoot, threads, shard, progress, force, format, keepRuns, engine);
        }
    }

    private final SweepPlan design;
    private final Map<String, Scenario> scenarios;
    private final Options options;
    /** What the runs share, and the single-run code every engine calls. */
    private final SweepJob job;
    /** The shared past of a branching sweep, or null when every run is simulated in full. */
    private final Histories histories;

    public Sweep(SweepPlan design, Map<String, Scenario> scenarios, BeltGeography geography, Options options) {
        this.design = design;
        this.scenarios = Map.copyOf(scenarios);
        this.options = options;
        for (String l : design.experiment().levels()) ExperimentFile.levelOf(l);
        for (String s : design.experiment().scenarios()) {
            if (!scenarios.containsKey(s)) throw new IllegalArgumentException("scenario " + s + " not loaded");
        }
        this.job = new SweepJob(design, scenarios, geography, options.outRoot());
        this.histories = job.histories();
    }

    /** For tests: a hook called before every run. */
    Sweep hook(RunHook h) {
        job.hook(h);
        return this;
    }

    /** Loads the experiment's scenarios (names or paths), keyed as written; problems name the file. */
    public static Map<String, Scenario> loadScenarios(Experiment e) {
        Map<String, Scenario> m = new LinkedHashMap<>();
        for (String s : e.scenarios()) {
            try {
                m.put(s, ScenarioLoader.resolve(s));
            } catch (ScenarioException ex) {
                throw new ExperimentException(e.source() + ": scenarios: " + ex.getMessage(), ex);
            }
        }
        return m;
    }

    /** The experiment's output folder under {@code outRoot}. */
    public static Path folder(Path outRoot, Experiment e) {
        return outRoot.resolve(e.name());
    }

    /**
     * Runs what is missing and returns the summary. Holds the folder's {@link FolderLock} throughout and
     * first removes what killed sweeps left there. A run already there counts only when its file matches
     * its check (rows, bytes, SHA-256) and its fingerprint is the one this experiment asks for: a damaged
     * run is redone; a run made with another fingerprint stops the sweep with one line naming the first
     * difference, unless {@link Options#force()}, which redoes it.
     */
    public SweepOutcome run() throws IOException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Experiment e = design.experiment();
        Path folder = folder(options.outRoot(), e);
        Files.createDirectories(folder.resolve(RunFiles.RUNS));
        try (FolderLock lock = FolderLock.acquire(folder, options.progress())) {
            int removed = lock.removeLeftovers(folder);
            if (removed > 0) {
                say("Removed " + removed + " leftover" + (removed == 1 ? "" : "s") + " of a killed sweep (hidden .tmp files, "
                        + ".partial- folders) in " + folder);
            }
            return runLocked(folder, lock, started, t0);
        }
    }

    /**
     * Streams over the design twice, holding no per-run or per-point structure (issue 16 item 6): a status
     * pass that keeps counts, the first change and the first few damaged runs, then a pass that submits
     * the runs to do, at most 2 x threads in flight. What grows with the folder, not the design: the ids of
     * the run files present, of the failed runs, and of the present runs to redo.
     */
    /** Failures of shared histories are kept before those of runs, under this plus the replicate. */
    private static final int HISTORY_KEY = Integer.MIN_VALUE;

    private SweepOutcome runLocked(Path folder, FolderLock lock, Instant started, long t0) throws IOException {
        Experiment e = design.experiment();
        checkDesign(folder);
        if (histories != null) {
            PointScenarios each = new PointScenarios();
            for (int p = 0; p < design.pointCount(); p++) histories.check(p, each.of(p), e.source());
        }

        // Status pass. A run without a run file is to do; only present files are read and fingerprinted.
        Set<String> present = RunFiles.present(folder);
        Set<String> failedBefore = RunFiles.failed(folder);
        // Runs whose run files were removed once the results file held them count while it is intact.
        ResultsCheck resultsBefore = ResultsCheck.intact(folder);
        Set<String> checked = resultsBefore == null ? Set.of() : RunFiles.checked(folder);
        Set<String> packed = new HashSet<>(); // finished runs of the shard whose rows are only in the results file
        Set<String> redo = new HashSet<>(); // present runs that are damaged or made with another fingerprint
        RunFiles.Few damaged = new RunFiles.Few();
        int changed = 0;
        String firstChange = null;
        int mine = 0, todo = 0, retried = 0;
        java.util.BitSet replicatesToDo = new java.util.BitSet();
        PointScenarios points = new PointScenarios();
        for (int i = 0; i < design.runCount(); i++) {
            SweepPlan.Run r = design.run(i);
            if (!options.shard().contains(r)) continue;
            mine++;
            boolean toDo = true;
            if (present.contains(r.id())) {
                RunCheck.Status st = RunCheck.status(folder, r.id(), fingerprint(r, points));
                switch (st.kind()) {
                    case GOOD -> toDo = false;
                    case MISSING -> redo.add(r.id()); // gone since the listing
                    case DAMAGED -> {
                        damaged.add(RunFiles.RUNS + "/" + r.id() + ".csv " + st.reason().replace(", ", "; "));
                        redo.add(r.id());
                    }
                    case DIFFERENT -> {
                        if (firstChange == null) firstChange = RunFiles.runFile(folder, r.id()) + " was made with " + st.reason();
                        changed++;
                        redo.add(r.id());
                    }
                }
            } else if (checked.contains(r.id())) {
                RunCheck.Status st = RunCheck.packed(folder, r.id(), fingerprint(r, points));
                switch (st.kind()) {
                    case GOOD -> {
                        toDo = false;
                        packed.add(r.id());
                    }
                    case MISSING -> { } // gone since the listing
                    case DAMAGED -> {
                        damaged.add(RunFiles.RUNS + "/" + r.id() + RunCheck.SUFFIX + " " + st.reason().replace(", ", "; "));
                        redo.add(r.id());
                    }
                    case DIFFERENT -> {
                        if (firstChange == null) {
                            firstChange = RunFiles.checkFile(folder, r.id()) + " (its rows in " + resultsBefore.file()
                                    + ") was made with " + st.reason();
                        }
                        changed++;
                        redo.add(r.id());
                    }
                }
            }
            if (toDo) {
                todo++;
                if (failedBefore.contains(r.id())) retried++;
                replicatesToDo.set(r.replicate());
            }
        }
        if (changed > 0 && !options.force()) {
            throw new ExperimentException(firstChange + (changed > 1 ? " (and " + (changed - 1) + " more run"
                    + (changed == 2 ? "" : "s") + ")" : "") + ": use --force to redo such runs, or another --out");
        }
        if (resultsBefore != null && !resultsBefore.format().isCsv() && !packed.isEmpty()
                && (options.format() != resultsBefore.format() || todo > 0)) {
            // writing the results again needs the removed run files, which only CSV results give back: stop
            // before anything changes (writeResults checks the same, for what this misses)
            throw new ExperimentException(cannotRestore(folder, resultsBefore, packed.size()));
        }
        for (String id : redo) { // a damaged or outdated run must not stay if its redo fails
            if (Files.exists(RunFiles.runFile(folder, id), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(RunFiles.runFile(folder, id));
            }
            AtomicFiles.deleteQuietly(RunFiles.checkFile(folder, id));
        }
        int skipped = mine - todo;
        int shardRuns = mine;
        SweepEngine engine = options.engine() != null ? options.engine() : new LocalEngine(options.threads());
        say(String.format(Locale.ROOT, "Experiment %s: %d design points x %d replications = %d runs%s; %d already "
                        + "finished, %d to run%s %s; output %s",
                e.name(), design.pointCount(), e.replications(), design.runCount(),
                options.shard().isAll() ? "" : " (shard " + options.shard() + ": " + mine + " runs)",
                skipped, todo, retried > 0 ? " (" + retried + " failed before, retried)" : "",
                engine.describe(todo), folder));
        if (!damaged.isEmpty()) {
            say(damaged.count() + " damaged run file" + (damaged.count() == 1 ? " is" : "s are") + " redone: "
                    + damaged.preview("; "));
        }
        if (changed > 0) {
            say(changed + " run" + (changed == 1 ? "" : "s") + " made with another fingerprint redone (--force): "
                    + firstChange);
        }
        String warning = SweepEstimate.warning(todo, secondsPerRun(), engine.workers(todo));
        if (warning != null) say(warning);
        writeDesign(folder); // after the warning: the design.csv of a large design takes a while to write
        writeManifest(folder, started, null, shardRuns, skipped, 0, Map.of(), null, damaged.count(), changed, null);

        Progress progress = new Progress(shardRuns, skipped, engine.workers(todo), options.progress());
        Thread onInterrupt = new Thread(() -> {
            Consumer<String> out = options.progress() != null ? options.progress() : System.err::println;
            out.accept(String.format(Locale.ROOT, "Interrupted: %d of %d runs%s finished and kept; to resume, run again: %s",
                    progress.finishedOk(), shardRuns, options.shard().isAll() ? "" : " of shard " + options.shard(),
                    resumeCommand()));
            lock.close();
        }, "sxbelt-sweep-interrupted");
        try {
            Runtime.getRuntime().addShutdownHook(onInterrupt);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        // bounded by the runs that fail; by run index, so in design order whatever the order of completion
        java.util.TreeMap<Integer, String> failedRuns = new java.util.TreeMap<>();
        int[] finished = {0};
        java.util.concurrent.atomic.AtomicLong monthsDone = new java.util.concurrent.atomic.AtomicLong();
        HistoryStats historyStats = HistoryStats.NONE;
        try {
            if (todo > 0) {
                if (histories != null) {
                    int threads = Math.min(options.threads(), todo);
                    ExecutorService pool = Executors.newFixedThreadPool(threads, Workers.daemons("sweep"));
                    try {
                        historyStats = simulateHistories(pool, threads, replicatesToDo, failedRuns);
                    } finally {
                        pool.shutdownNow();
                    }
                }
                // Second pass: the runs to do are those of the shard without a run file now (the damaged
                // and outdated ones were deleted above), handed to the engine in design order.
                int toRun = todo;
                java.util.PrimitiveIterator.OfInt pending = java.util.stream.IntStream.range(0, design.runCount())
                        .filter(i -> {
                            SweepPlan.Run r = design.run(i);
                            return options.shard().contains(r) && !(present.contains(r.id()) && !redo.contains(r.id()))
                                    && !packed.contains(r.id());
                        }).iterator();
                engine.run(job, folder, toRun, pending, new SweepEngine.Listener() {
                    @Override
                    public long started(int index) {
                        return progress.started();
                    }

                    @Override
                    public void finished(long token, int index, String error) {
                        synchronized (failedRuns) {
                            if (error == null) finished[0]++;
                            else failedRuns.put(index, error);
                        }
                        if (error == null && histories != null) monthsDone.addAndGet(job.months(index));
                        progress.finished(token, error == null);
                    }
                });
                progress.last();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException ignored) {
                // shutting down: the hook reports
            }
        }

        Map<String, String> failures = new LinkedHashMap<>();
        failedRuns.forEach((i, err) -> failures.put(i < 0 ? "history-seed" + e.seedOf(i - HISTORY_KEY)
                : design.run(i).id(), err));
        Path results = failures.isEmpty() ? writeResults(folder, packed, resultsBefore) : null;
        double wall = (System.nanoTime() - t0) / 1e9;
        JsonObject saving = histories == null ? null : branching(historyStats, finished[0], monthsDone.get(), wall);
        writeManifest(folder, started, Instant.now(), shardRuns, skipped, finished[0], failures, results, damaged.count(),
                changed, saving);
        return new SweepOutcome(folder, design.runCount(), shardRuns, skipped, finished[0], failures.size(),
                Map.copyOf(failures), results, wall, damaged.count(), changed,
                saving == null ? -1 : saving.get("months_saved").getAsLong());
    }

    /**
     * Writes the results file once every run of the design is finished, then (unless
     * {@link Options#keepRuns()}) removes the run files, whose rows it holds; returns it, or null while runs
     * are missing or runs of other shards cannot be used. The runs of this shard were verified by the
     * status pass or written now, their checks give the rows; a run of another shard is verified here. A
     * results file that already holds exactly these runs (same run ids and run-file SHA-256s, in order) in
     * the format asked for is kept as it is; otherwise the runs whose run files were removed are first
     * restored from it (each checked against its check), and the file is written again.
     *
     * @param packed        the shard's finished runs that have only their check file
     * @param resultsBefore the folder's results check when its results file was intact at the start, or null
     */
    private Path writeResults(Path folder, Set<String> packed, ResultsCheck resultsBefore) throws IOException {
        ResultsFormat format = options.format();
        RunFiles.Few bad = new RunFiles.Few();
        Set<String> restore = new HashSet<>();
        ResultsCheck.RunsDigest digest = new ResultsCheck.RunsDigest();
        long rows = 0;
        PointScenarios resultPoints = new PointScenarios();
        for (int i = 0; i < design.runCount(); i++) {
            SweepPlan.Run r = design.run(i);
            boolean file = Files.exists(RunFiles.runFile(folder, r.id()), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (options.shard().contains(r)) {
                if (!file && !packed.contains(r.id())) return null; // not finished (it failed or was never run)
                RunCheck check = null;
                try {
                    check = RunCheck.read(RunFiles.checkFile(folder, r.id()));
                } catch (IllegalArgumentException ex) {
                    // changed since: reported below
                }
                if (check != null) {
                    rows += check.rows();
                    digest.add(r.id(), check.sha256());
                    if (!file) restore.add(r.id());
                } else {
                    bad.add(RunFiles.RUNS + "/" + r.id() + RunCheck.SUFFIX + " is gone or damaged");
                }
                continue;
            }
            RunCheck.Status st;
            if (file) st = RunCheck.status(folder, r.id(), fingerprint(r, resultPoints));
            else if (resultsBefore != null) st = RunCheck.packed(folder, r.id(), fingerprint(r, resultPoints));
            else return null; // another shard's run not there yet
            if (st.kind() == RunCheck.Status.Kind.MISSING) return null;
            if (st.good()) {
                rows += st.check().rows();
                digest.add(r.id(), st.check().sha256());
                if (!file) restore.add(r.id());
            } else {
                bad.add((file ? RunFiles.RUNS + "/" + r.id() + ".csv " : RunFiles.RUNS + "/" + r.id() + RunCheck.SUFFIX + " ")
                        + (st.kind() == RunCheck.Status.Kind.DIFFERENT ? "was made with " : "") + st.reason().replace(", ", "; "));
            }
        }
        if (!bad.isEmpty()) {
            say("No " + format.fileName() + ": " + bad.count() + " run file" + (bad.count() == 1 ? "" : "s")
                    + " of other shards cannot be used (" + bad.preview("; ") + "); sweep those shards again");
            return null;
        }
        String runsSha = digest.hex();
        Path results;
        if (resultsBefore != null && resultsBefore.format() == format && resultsBefore.runs() == digest.runs()
                && resultsBefore.rows() == rows && resultsBefore.runsSha256().equals(runsSha)) {
            results = resultsBefore.path(folder); // holds exactly these runs already
        } else {
            if (!restore.isEmpty()) {
                // restore is only ever non-empty with an intact results file: packed runs need one
                if (!resultsBefore.format().isCsv()) {
                    throw new ExperimentException(cannotRestore(folder, resultsBefore, restore.size()));
                }
                RunFiles.restore(resultsBefore.path(folder), restore, id -> RunCheck.readOrNull(RunFiles.checkFile(folder, id)),
                        id -> RunFiles.runFile(folder, id));
                say("Restored " + restore.size() + " run file" + (restore.size() == 1 ? "" : "s") + " from "
                        + resultsBefore.file() + " to write " + format.fileName());
            }
            AtomicFiles.deleteQuietly(folder.resolve(ResultsCheck.FILE)); // it describes the file about to be replaced
            if (format.isCsv()) {
                results = RunFiles.writeResults(folder, design, r -> RunFiles.runFile(folder, r.id()), rows, format);
            } else {
                results = convertResults(folder, rows, format);
            }
            ResultsCheck.write(folder, results, format, rows, digest.runs(), runsSha);
        }
        for (Path other : ResultsFormat.present(folder)) { // one results file: another format's is out of date
            if (!other.equals(results)) AtomicFiles.deleteRecursively(other);
        }
        if (!options.keepRuns()) {
            int removed = RunFiles.removeRunFiles(folder, design);
            if (removed > 0) {
                say("Removed " + removed + " run file" + (removed == 1 ? "" : "s") + " from " + RunFiles.RUNS + "/: their rows are in "
                        + results.getFileName() + " (the check files stay; --keep-runs keeps the run files)");
            }
        }
        return results;
    }

    /** Why the results cannot be written again: the run files removed are only in a results file that is not CSV. */
    private String cannotRestore(Path folder, ResultsCheck before, int runs) {
        return before.path(folder) + " cannot give back the " + runs + " run file" + (runs == 1 ? "" : "s")
                + " removed from " + RunFiles.RUNS + "/ to write " + options.format().fileName()
                + (options.format() == before.format() ? " again" : "") + " (only CSV results can): sweep with "
                + "--keep-runs alongside --format " + before.format().label() + " to change the results later, or delete "
                + "the folder and sweep again";
    }

    /**
     * The results file in a format the engine writes ({@link SweepEngine#converter}): results.csv assembled
     * as for the CSV formats into a hidden staging folder ({@code .results.partial-*}, removed afterwards,
     * or as a leftover of a killed sweep), converted by the engine into {@code format.fileName()}, and deleted:
     * one copy of the data stays.
     */
    private Path convertResults(Path folder, long rows, ResultsFormat format) throws IOException {
        Path staging = AtomicFiles.createUniqueDirectory(folder, ".results.partial-");
        try {
            Path csv = RunFiles.writeResults(staging, design, r -> RunFiles.runFile(folder, r.id()), rows, ResultsFormat.CSV);
            Path target = folder.resolve(format.fileName());
            options.engine().converter(format).convert(csv, target, rows);
            return target;
        } finally {
            AtomicFiles.deleteRecursivelyQuietly(staging);
        }
    }

    /**
     * Simulates, on the sweep's threads, the shared past of each replicate that has runs to do and no
     * history in the folder yet; a history that fails is reported against every run of its replicate.
     */
    private HistoryStats simulateHistories(ExecutorService pool, int threads, java.util.BitSet replicates,
                                           Map<Integer, String> failures) throws IOException {
        Experiment e = design.experiment();
        long t0 = System.nanoTime();
        int made = 0, reused = 0;
        InFlight<Integer, String> inFlight = new InFlight<>(pool, 2 * threads, (replicate, err) -> {
            if (err != null) failures.put(HISTORY_KEY + replicate, err);
        });
        for (int r = replicates.nextSetBit(0); r >= 0; r = replicates.nextSetBit(r + 1)) {
            long seed = e.seedOf(r);
            if (histories.ready(seed)) {
                reused++;
                continue;
            }
            made++;
            inFlight.submit(r, () -> {
                try {
                    histories.simulate(seed);
                    return null;
                } catch (Exception | StackOverflowError ex) {
                    return "history of seed " + seed + " failed: " + String.valueOf(ex).replaceAll("\\s*\\R\\s*", "; ");
                }
            });
        }
        inFlight.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        say(String.format(Locale.ROOT, "Branching from %s: %d shared histor%s simulated in %.1f s, %d reused from %s/",
                org.sxbelt.params.SimMonthFormat.format(e.branchFrom()), made, made == 1 ? "y" : "ies",
                seconds, reused, Histories.FOLDER));
        return new HistoryStats(made, reused, seconds);
    }

    /** What the shared pasts of a branching sweep cost: histories simulated now, reused, seconds. */
    private record HistoryStats(int made, int reused, double seconds) {
        static final HistoryStats NONE = new HistoryStats(0, 0, 0);
    }

    /**
     * The saving of a branching sweep, for manifest.json ({@code "branching"}): the months this sweep
     * simulated (the shared histories it simulated, plus each run done now from the month after the branch)
     * against the months the same runs take in full, the histories simulated and reused, the wall time and
     * runs per minute; the runs per minute without branching are estimated from the months (a run's time
     * taken as proportional to its months).
     *
     * @param runMonths months of the runs done now, summed (each from 2015-01 to its end)
     */
    private JsonObject branching(HistoryStats h, int runsDone, long runMonths, double wallSeconds) {
        Experiment e = design.experiment();
        int shared = e.branchFrom() + 1;
        long withBranching = (long) h.made() * shared + runMonths - (long) runsDone * shared;
        JsonObject b = new JsonObject();
        b.addProperty("branch_from", org.sxbelt.params.SimMonthFormat.format(e.branchFrom()));
        b.addProperty("shared_months", shared);
        b.addProperty("histories_simulated", h.made());
        b.addProperty("histories_reused", h.reused());
        b.addProperty("history_seconds", round(h.seconds(), 1000));
        b.addProperty("runs_branched", runsDone);
        b.addProperty("months_simulated", withBranching);
        b.addProperty("months_without_branching", runMonths);
        b.addProperty("months_saved", runMonths - withBranching);
        b.addProperty("wall_seconds", round(wallSeconds, 1000));
        double perMinute = wallSeconds > 0 ? runsDone * 60 / wallSeconds : 0;
        b.addProperty("runs_per_minute", round(perMinute, 100));
        b.addProperty("runs_per_minute_without_branching_estimated",
                runMonths > 0 ? round(perMinute * withBranching / runMonths, 100) : 0);
        return b;
    }

    private static double round(double x, double per) {
        return Math.round(x * per) / per;
    }

    /** The scenario of a point, the last one kept: a design's runs come point by point. */
    private final class PointScenarios {
        private int point = -1;
        private Scenario scenario;

        Scenario of(int p) {
            if (p != point) {
                scenario = pointScenario(design.point(p));
                point = p;
            }
            return scenario;
        }
    }

    /** The fingerprint run {@code r} must carry. */
    private Fingerprint fingerprint(SweepPlan.Run r, PointScenarios points) {
        return fingerprint(runScenario(r, points.of(r.point())));
    }

    /** How to resume this sweep from a shell. */
    String resumeCommand() {
        return Manifest.TOOL + " sweep " + design.experiment().source() + " --out " + options.outRoot()
                + (options.shard().isAll() ? "" : " --shard " + options.shard());
    }

    /** The fingerprint a run of this experiment with scenario {@code sc} (seed set) must carry. */
    Fingerprint fingerprint(Scenario sc) {
        return job.fingerprint(sc);
    }

    /** The run's scenario: its point's, with the run's seed. */
    private static Scenario runScenario(SweepPlan.Run r, Scenario point) {
        return SweepJob.runScenario(r, point);
    }

    /**
     * The parts of a run's fingerprint that every run of the same scenario shares: all but the seed and
     * the factors' parameters. Its hash is the {@code scenario.<n>} part of the folder's fingerprint, which
     * lets merge check each run against the folder's manifest and the design.
     */
    static Fingerprint shared(Fingerprint run, Experiment e) {
        List<String> drop = new ArrayList<>();
        drop.add(Fingerprint.SEED);
        for (Factor f : e.factors()) drop.add(Fingerprint.PARAM + f.key());
        return run.without(drop);
    }

    /**
     * The folder's fingerprint, stored in manifest.json: the experiment's seed, months, scale, indicators,
     * levels, for each scenario the hash of its runs' {@link #shared} parts, and the model version. Merge
     * refuses folders whose fingerprints differ.
     */
    Fingerprint folderFingerprint() {
        Experiment e = design.experiment();
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Fingerprint.SEED, Long.toString(e.seed()));
        m.put(Fingerprint.MONTHS, e.months() == null ? "each scenario's run.months" : e.months().toString());
        m.put(Fingerprint.SCALE, e.scale() == null ? "each scenario's run.scale" : e.scale().toString());
        m.put(Fingerprint.INDICATORS, String.join(",", new java.util.TreeSet<>(e.indicators())));
        m.put(Fingerprint.LEVELS, String.join(",", new java.util.TreeSet<>(e.levels())));
        for (int i = 0; i < e.scenarios().size(); i++) {
            String s = e.scenarios().get(i);
            Scenario base = scenarios.get(s);
            ParamValues params = base.params().copy();
            if (e.months() != null) params.set(ParamSchema.MONTHS, e.months());
            if (e.scale() != null) params.set(ParamSchema.SCALE, e.scale());
            m.put("scenario." + i, s + " " + shared(fingerprint(base.withParams(params)), e).hash());
        }
        m.put(Fingerprint.MODEL, ModelVersion.current().digest());
        return new Fingerprint(m);
    }

    /** A design.csv already in the folder must be this experiment's: its runs cannot be reused otherwise. */
    private void checkDesign(Path folder) throws IOException {
        Path file = folder.resolve(RunFiles.DESIGN);
        if (Files.exists(file) && !design.designMatches(file)) {
            throw new ExperimentException(folder + " holds another design (" + RunFiles.DESIGN + " differs from "
                    + design.experiment().source() + "): its runs cannot be reused; delete the folder or use another --out");
        }
    }

    /** design.csv, unless the folder already holds it ({@link #checkDesign}); streamed row by row. */
    private void writeDesign(Path folder) throws IOException {
        Path file = folder.resolve(RunFiles.DESIGN);
        if (!Files.exists(file)) design.writeDesign(file);
    }

    /**
     * Single-threaded seconds per run, from {@link SweepEstimate}: the mean over the experiment's
     * scenarios (each has as many runs) of their months and scale.
     */
    private double secondsPerRun() {
        Experiment e = design.experiment();
        double sum = 0;
        for (String sc : e.scenarios()) {
            Scenario x = scenarios.get(sc);
            int months = e.months() != null ? e.months() : x.params().getInt(ParamSchema.MONTHS);
            int scale = e.scale() != null ? e.scale() : x.params().getInt(ParamSchema.SCALE);
            sum += SweepEstimate.secondsPerRun(months, scale);
        }
        return sum / e.scenarios().size();
    }

    /** The point's scenario with its factor values, months and scale set (the seed is set per run). */
    Scenario pointScenario(SweepPlan.Point p) {
        return job.pointScenario(p);
    }

    private void say(String line) {
        if (options.progress() != null) options.progress().accept(line);
    }

    // ---- manifest ----------------------------------------------------------------------------

    private void writeManifest(Path folder, Instant started, Instant ended, int shardRuns, int skipped, int done,
                               Map<String, String> failures, Path results, int damaged, int changed,
                               JsonObject branching) throws IOException {
        Experiment e = design.experiment();
        JsonObject root = new JsonObject();
        root.addProperty("tool", Manifest.TOOL);
        root.addProperty("version", Manifest.version());
        root.addProperty("git_commit", Manifest.gitCommit());
        JsonObject exp = new JsonObject();
        exp.addProperty("name", e.name());
        exp.addProperty("file", e.source());
        exp.addProperty("description", e.description());
        exp.addProperty("text", e.text());
        root.add("experiment", exp);
        root.add("settings", settings(e));
        JsonArray sc = new JsonArray();
        for (String s : e.scenarios()) {
            Scenario x = scenarios.get(s);
            JsonObject o = new JsonObject();
            o.addProperty("as_written", s);
            o.addProperty("name", x.name());
            o.addProperty("origin", x.origin());
            o.addProperty("months", e.months() != null ? e.months() : x.params().getInt(ParamSchema.MONTHS));
            o.addProperty("scale", e.scale() != null ? e.scale() : x.params().getInt(ParamSchema.SCALE));
            sc.add(o);
        }
        root.add("scenarios", sc);
        JsonObject d = new JsonObject();
        d.addProperty("type", e.type().label());
        d.addProperty("points", design.pointCount());
        d.addProperty("replications", e.replications());
        d.addProperty("runs", design.runCount());
        d.addProperty("seeds", "seed + replicate: " + e.seedOf(0) + " .. " + e.seedOf(e.replications() - 1)
                + " at every design point (common random numbers)");
        root.add("design", d);
        root.add("fingerprint", fingerprintJson(folderFingerprint()));
        root.addProperty("shard", options.shard().toString());
        root.addProperty("threads", options.threads());
        root.addProperty("started_at", time(started));
        root.addProperty("ended_at", ended == null ? null : time(ended));
        root.addProperty("runs_in_shard", shardRuns);
        root.addProperty("runs_skipped", skipped);
        root.addProperty("runs_done", done);
        root.addProperty("runs_failed", failures.size());
        root.addProperty("runs_redone_damaged", damaged);
        root.addProperty("runs_redone_changed", changed);
        JsonObject f = new JsonObject();
        failures.forEach(f::addProperty);
        root.add("failures", f);
        root.addProperty("runs_finished_in_folder", RunFiles.checked(folder).size());
        root.addProperty("results", results == null ? null : results.getFileName().toString());
        root.addProperty("results_format", options.format().label());
        root.addProperty("run_files", options.keepRuns() ? "kept (--keep-runs)"
                : "removed once the results file holds their rows; runs/<id>.check stay");
        if (design.experiment().branchFrom() != null) root.add("branching", branching); // null until the sweep ends
        AtomicFiles.writeString(folder.resolve(RunFiles.MANIFEST), GSON.toJson(root) + "\n");
    }

    /** {@code {"sha256": ..., "parts": {key: value, ...}}}. */
    static JsonObject fingerprintJson(Fingerprint fp) {
        JsonObject o = new JsonObject();
        o.addProperty("sha256", fp.hash());
        JsonObject parts = new JsonObject();
        fp.parts().forEach(parts::addProperty);
        o.add("parts", parts);
        return o;
    }

    static JsonObject settings(Experiment e) {
        JsonObject s = new JsonObject();
        s.add("scenarios", GSON.toJsonTree(e.scenarios()));
        s.addProperty("replications", e.replications());
        s.addProperty("months", e.months());
        s.addProperty("scale", e.scale());
        s.addProperty("seed", e.seed());
        s.add("indicators", GSON.toJsonTree(e.indicators()));
        s.add("levels", GSON.toJsonTree(e.levels()));
        JsonObject d = new JsonObject();
        d.addProperty("type", e.type().label());
        if (e.type() == DesignType.LHS) d.addProperty("points", e.points());
        if (e.type() == DesignType.MORRIS) {
            d.addProperty("trajectories", e.trajectories());
            d.addProperty("grid", e.grid());
            d.addProperty("delta", MorrisDesign.delta(e.grid()));
        }
        if (e.type() == DesignType.SOBOL) d.addProperty("samples", e.samples());
        s.add("design", d);
        JsonArray fs = new JsonArray();
        for (Factor f : e.factors()) {
            JsonObject o = new JsonObject();
            o.addProperty("key", f.key());
            if (e.type() == DesignType.FACTORIAL || e.type() == DesignType.POINTS) {
                JsonArray lv = new JsonArray();
                for (double v : f.levels()) lv.add(f.format(v));
                o.add(e.type() == DesignType.POINTS ? "values" : "levels", lv);
            } else {
                o.addProperty("min", f.min());
                o.addProperty("max", f.max());
            }
            fs.add(o);
        }
        s.add("factors", fs);
        return s;
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    // ---- plumbing ----------------------------------------------------------------------------


    /**
     * {@code runs 37/120 done, 1 failed, ETA 2m10s}, at most once a second; the ETA from the second
     * finished run on ({@link EtaEstimator}).
     */
    static final class Progress {
        private final int total;
        private final int skipped;
        private final Consumer<String> out;
        private final EtaEstimator eta;
        private final Map<Long, Long> inFlight = new HashMap<>(); // run token -> start (ns)
        private long lastPrint = Long.MIN_VALUE;
        private long nextToken;
        private boolean anyFinished;
        private int ok;
        private int failed;

        Progress(int total, int skipped, int workers, Consumer<String> out) {
            this.total = total;
            this.skipped = skipped;
            this.out = out;
            this.eta = new EtaEstimator(Math.max(1, workers));
        }

        /** A run starts; returns its token for {@link #finished}. Runs that start before any finished are the first wave. */
        synchronized long started() {
            long token = anyFinished ? nextToken++ : -1 - nextToken++;
            inFlight.put(token, System.nanoTime());
            return token;
        }

        synchronized void finished(long token, boolean success) {
            long now = System.nanoTime();
            Long start = inFlight.remove(token);
            if (start != null) eta.finished((now - start) / 1e9, token < 0);
            anyFinished = true;
            if (success) ok++;
            else failed++;
            if (lastPrint == Long.MIN_VALUE || now - lastPrint >= 1_000_000_000L) {
                lastPrint = now;
                print(now);
            }
        }

        synchronized int finishedOk() {
            return skipped + ok;
        }

        synchronized void last() {
            print(System.nanoTime());
        }

        private void print(long now) {
            if (out == null) return;
            int finished = ok + failed;
            int remaining = total - skipped - finished;
            String eta = "";
            if (remaining > 0) {
                double[] going = new double[inFlight.size()];
                int i = 0;
                for (long start : inFlight.values()) going[i++] = (now - start) / 1e9;
                double left = this.eta.secondsLeft(remaining - going.length, going);
                if (!Double.isNaN(left)) eta = ", ETA " + duration(left);
            }
            out.accept(String.format(Locale.ROOT, "runs %d/%d done, %d failed%s", skipped + ok, total, failed, eta));
        }

        static String duration(double seconds) {
            long s = Math.round(seconds);
            if (s < 60) return s + "s";
            if (s < 3600) return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
            return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
        }
    }
}
