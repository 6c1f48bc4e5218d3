package org.sxbelt.experiment.sweep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.sxbelt.experiment.concurrent.Workers;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Manifest;
import org.sxbelt.output.TidyCsvWriter;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;
import org.sxbelt.scenario.ScenarioException;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs an experiment's design into {@code <out>/<name>/}: design.csv first, then one
 * {@code runs/<run id>.csv} per finished run (atomically, as each run ends) or
 * {@code runs/<run id>.error.txt} for a run that threw, manifest.json, and results.csv once every
 * run of the design is present. Runs already in {@code runs/} are skipped; failed ones are retried.
 *
 * <p>Each run is one single-threaded model with seed {@code seed + replicate}; runs go to a fixed
 * thread pool and write only their own file, so every file — and results.csv, assembled in run order
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
     */
    public record Options(Path outRoot, int threads, Shard shard, Consumer<String> progress) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            if (shard == null) shard = Shard.ALL;
        }
    }

    private final SweepPlan design;
    private final Map<String, Scenario> scenarios;
    private final BeltGeography geography;
    private final Options options;
    private final Set<String> indicators;
    private final EnumSet<Level> levels;
    private RunHook hook;

    public Sweep(SweepPlan design, Map<String, Scenario> scenarios, BeltGeography geography, Options options) {
        this.design = design;
        this.scenarios = Map.copyOf(scenarios);
        this.geography = geography;
        this.options = options;
        this.indicators = new HashSet<>(design.experiment().indicators());
        this.levels = EnumSet.noneOf(Level.class);
        for (String l : design.experiment().levels()) levels.add(ExperimentFile.levelOf(l));
        for (String s : design.experiment().scenarios()) {
            if (!scenarios.containsKey(s)) throw new IllegalArgumentException("scenario " + s + " not loaded");
        }
    }

    /** For tests: a hook called before every run. */
    Sweep hook(RunHook h) {
        this.hook = h;
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

    /** Runs what is missing and returns the summary. */
    public SweepOutcome run() throws IOException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Experiment e = design.experiment();
        Path folder = folder(options.outRoot(), e);
        Files.createDirectories(folder.resolve(RunFiles.RUNS));

        // Streaming (issue 16 item 6): the runs are counted, then made one at a time as the pool takes
        // them, at most 2 x threads in flight; nothing here holds a list of the design's runs or points.
        Set<String> present = RunFiles.finished(folder);
        Set<String> failedBefore = RunFiles.failed(folder);
        int mine = 0, todo = 0, retried = 0;
        for (SweepPlan.Run r : design.runs()) {
            if (!options.shard().contains(r)) continue;
            mine++;
            if (present.contains(r.id())) continue;
            todo++;
            if (failedBefore.contains(r.id())) retried++;
        }
        int skipped = mine - todo;
        say(String.format(Locale.ROOT, "Experiment %s: %d design points x %d replications = %d runs%s; %d already "
                        + "finished, %d to run%s on %d thread%s; output %s",
                e.name(), design.pointCount(), e.replications(), design.runCount(),
                options.shard().isAll() ? "" : " (shard " + options.shard() + ": " + mine + " runs)",
                skipped, todo, retried > 0 ? " (" + retried + " failed before, retried)" : "",
                Math.min(options.threads(), Math.max(1, todo)),
                options.threads() == 1 ? "" : "s", folder));
        String warning = SweepEstimate.warning(todo, secondsPerRun(), options.threads());
        if (warning != null) say(warning);
        writeDesign(folder); // after the warning: the design.csv of a large design takes a while to write
        writeManifest(folder, started, null, mine, skipped, 0, Map.of(), null);

        Progress progress = new Progress(mine, skipped, options.progress());
        Map<String, String> failures = new LinkedHashMap<>();
        int[] done = {0};
        if (todo > 0) {
            int threads = Math.min(options.threads(), todo);
            ExecutorService pool = Executors.newFixedThreadPool(threads, Workers.daemons("sweep"));
            try {
                InFlight<String, String> inFlight = new InFlight<>(pool, 2 * threads, (id, err) -> {
                    if (err == null) done[0]++;
                    else failures.put(id, err);
                });
                int point = -1;
                Scenario sc = null;
                for (SweepPlan.Run r : design.runs()) {
                    if (!options.shard().contains(r) || present.contains(r.id())) continue;
                    if (r.point() != point) { // the runs of a point are consecutive
                        point = r.point();
                        sc = pointScenario(design.point(point));
                    }
                    Scenario scenario = sc;
                    inFlight.submit(r.id(), () -> {
                        String err = runOne(folder, r, scenario);
                        progress.finished(err == null);
                        return err;
                    });
                }
                inFlight.finish();
            } finally {
                pool.shutdownNow();
            }
            progress.last();
        }

        Path results = null;
        if (RunFiles.missing(folder, design).isEmpty()) results = RunFiles.writeResults(folder, design);
        double wall = (System.nanoTime() - t0) / 1e9;
        writeManifest(folder, started, Instant.now(), mine, skipped, done[0], failures, results);
        return new SweepOutcome(folder, design.runCount(), mine, skipped, done[0], failures.size(),
                Map.copyOf(failures), results, wall);
    }

    /**
     * Single-threaded seconds per run, from {@link SweepEstimate}: the mean over the experiment's
     * scenarios (each has as many runs) of their months and scale.
     */
    private double secondsPerRun() {
        Experiment e = design.experiment();
        double sum = 0;
        for (String s : e.scenarios()) {
            Scenario x = scenarios.get(s);
            int months = e.months() != null ? e.months() : x.params().getInt(ParamSchema.MONTHS);
            int scale = e.scale() != null ? e.scale() : x.params().getInt(ParamSchema.SCALE);
            sum += SweepEstimate.secondsPerRun(months, scale);
        }
        return sum / e.scenarios().size();
    }

    /** design.csv, unless the folder already holds the same one; a different one is an error. Streamed row by row. */
    private void writeDesign(Path folder) throws IOException {
        Path file = folder.resolve(RunFiles.DESIGN);
        if (Files.exists(file)) {
            if (design.designMatches(file)) return;
            throw new ExperimentException(folder + " holds another design (" + RunFiles.DESIGN + " differs from "
                    + design.experiment().source() + "): its runs cannot be reused; delete the folder or use another --out");
        }
        design.writeDesign(file);
    }

    /** The point's scenario with its factor values, months and scale set (the seed is set per run). */
    Scenario pointScenario(SweepPlan.Point p) {
        Experiment e = design.experiment();
        Scenario base = scenarios.get(p.scenario());
        ParamValues params = base.params().copy();
        for (int j = 0; j < e.factors().size(); j++) params.set(e.factors().get(j).param(), p.value(j));
        if (e.months() != null) params.set(ParamSchema.MONTHS, e.months());
        if (e.scale() != null) params.set(ParamSchema.SCALE, e.scale());
        return base.withParams(params);
    }

    /** One run into runs/<id>.csv; returns null, or the one-line error after writing runs/<id>.error.txt. */
    private String runOne(Path folder, SweepPlan.Run r, Scenario sc) throws IOException {
        Path target = RunFiles.runFile(folder, r.id());
        Path errorFile = RunFiles.errorFile(folder, r.id());
        TidyCsvWriter writer = new TidyCsvWriter(target);
        try {
            if (hook != null) hook.beforeRun(r);
            ParamValues p = sc.params().copy();
            p.set(ParamSchema.SEED, r.seed());
            BeltModel model = new BeltModel(r.seed(), sc.withParams(p), geography, new Government());
            model.addIndicatorSink(new Filter(writer, indicators, levels));
            model.runToEnd();
            writer.close();
            AtomicFiles.deleteQuietly(errorFile);
            return null;
        } catch (Exception | StackOverflowError | AssertionError ex) {
            writer.discard();
            StringWriter trace = new StringWriter();
            try (PrintWriter pw = new PrintWriter(trace)) {
                pw.println("run " + r.id() + " (point " + r.point() + ", replicate " + r.replicate() + ", seed "
                        + r.seed() + ", scenario " + sc.name() + ") failed:");
                pw.println(ex);
                pw.println();
                ex.printStackTrace(pw);
            }
            AtomicFiles.writeString(errorFile, trace.toString());
            return String.valueOf(ex).replaceAll("\\s*\\R\\s*", "; ");
        }
    }

    /** Keeps the experiment's indicators and levels. */
    private record Filter(IndicatorSink out, Set<String> indicators, EnumSet<Level> levels) implements IndicatorSink {
        @Override
        public void record(int month, Level level, String unit, String indicator, double value) {
            if (levels.contains(level) && indicators.contains(indicator)) out.record(month, level, unit, indicator, value);
        }
    }

    private void say(String line) {
        if (options.progress() != null) options.progress().accept(line);
    }

    // ---- manifest ----------------------------------------------------------------------------

    private void writeManifest(Path folder, Instant started, Instant ended, int shardRuns, int skipped, int done,
                               Map<String, String> failures, Path results) throws IOException {
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
        root.addProperty("shard", options.shard().toString());
        root.addProperty("threads", options.threads());
        root.addProperty("started_at", time(started));
        root.addProperty("ended_at", ended == null ? null : time(ended));
        root.addProperty("runs_in_shard", shardRuns);
        root.addProperty("runs_skipped", skipped);
        root.addProperty("runs_done", done);
        root.addProperty("runs_failed", failures.size());
        JsonObject f = new JsonObject();
        failures.forEach(f::addProperty);
        root.add("failures", f);
        root.addProperty("runs_finished_in_folder", RunFiles.finished(folder).size());
        root.addProperty("results", results == null ? null : RunFiles.RESULTS);
        AtomicFiles.writeString(folder.resolve(RunFiles.MANIFEST), GSON.toJson(root) + "\n");
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
            if (e.type() == DesignType.FACTORIAL) {
                JsonArray lv = new JsonArray();
                for (double v : f.levels()) lv.add(f.format(v));
                o.add("levels", lv);
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


    /** {@code runs 37/120 done, 1 failed, ETA 2m10s}, at most once a second. */
    static final class Progress {
        private final int total;
        private final int skipped;
        private final Consumer<String> out;
        private final long t0 = System.nanoTime();
        private long lastPrint = Long.MIN_VALUE;
        private int ok;
        private int failed;

        Progress(int total, int skipped, Consumer<String> out) {
            this.total = total;
            this.skipped = skipped;
            this.out = out;
        }

        synchronized void finished(boolean success) {
            if (success) ok++;
            else failed++;
            long now = System.nanoTime();
            if (lastPrint == Long.MIN_VALUE || now - lastPrint >= 1_000_000_000L) {
                lastPrint = now;
                print(now);
            }
        }

        synchronized void last() {
            print(System.nanoTime());
        }

        private void print(long now) {
            if (out == null) return;
            int finished = ok + failed;
            int remaining = total - skipped - finished;
            String eta = "";
            if (remaining > 0 && finished > 0) {
                double perRun = (now - t0) / 1e9 / finished;
                eta = ", ETA " + duration(perRun * remaining);
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
