package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;
import org.sxbelt.model.RunStats;
import org.sxbelt.output.Checkpoint;
import org.sxbelt.output.CheckpointException;
import org.sxbelt.output.Continuation;
import org.sxbelt.output.DecisionTraceCsv;
import org.sxbelt.output.Fingerprint;
import org.sxbelt.output.FirmEventCsv;
import org.sxbelt.output.Manifest;
import org.sxbelt.output.RunOutput;
import org.sxbelt.output.TidyCsvWriter;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.policy.Government;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/** {@code sxbelt run}: one headless run of one scenario into one output folder. */
@Parameters(commandNames = "run", separators = "= ", commandDescription = "Run one scenario headless from 2015-01 and write "
        + "indicators.csv (tidy: month,level,unit,indicator,value), firm_events.csv and manifest.json (and "
        + "trace.csv with --trace-persons) into <out>/<name>. The folder appears only when the run has finished; an earlier folder of the same "
        + "name is replaced. --checkpoint-at also saves the model's state after a month; --from-checkpoint continues such a "
        + "state under a scenario, writing only the months after the checkpoint (exactly those rows of the uninterrupted run).")
public final class RunCommand implements Command {

    public static final String INDICATORS = "indicators.csv";
    public static final String FIRM_EVENTS = "firm_events.csv";
    public static final String TRACE = "trace.csv";
    static final int MAX_TRACE_PERSONS = 100_000;

    @ParametersDelegate
    final ScenarioOption scenario = new ScenarioOption();

    @ParametersDelegate
    final SeedOption seed = new SeedOption();

    @Parameter(names = "--months", description = "Months to simulate from 2015-01 (overrides run.months; "
            + "a whole number in [1, 600]).")
    @OptionHelp(arg = "<int>", byDefault = "the scenario's run.months (192 = to 2030-12 unless the scenario sets it)")
    String months;

    @ParametersDelegate
    final ScaleOption scale = new ScaleOption();

    @ParametersDelegate
    final ParamOverrides sets = new ParamOverrides();

    @ParametersDelegate
    final OutputOptions out = new OutputOptions("output")
            .help("--out", "Folder that receives the run folder; created if missing.", "output")
            .help("--quiet", "No progress messages on stderr; only the final summary line (stdout) and errors.",
                    "off (progress is shown once per simulated year)");

    @Parameter(names = "--name", description = "Name of the run folder inside --out (letters, digits and "
            + ". _ + = @ -).")
    @OptionHelp(arg = "<folder>", byDefault = "<scenario>-seed<seed>, e.g. baseline-seed1")
    String name;

    @ParametersDelegate
    final ThreadsOption threads = new ThreadsOption(1);

    @Parameter(names = "--trace-persons", description = "Also write trace.csv: what a random sample of this many "
            + "persons (drawn from the persons alive at the start, on a random stream of its own) weighed, chose "
            + "and met, one row per person and month in which something happened to them. Changes no result. "
            + "A whole number in [0, " + MAX_TRACE_PERSONS + "].")
    @OptionHelp(arg = "<int>", byDefault = "0 (no trace.csv)")
    String tracePersons;

    @Parameter(names = "--checkpoint-at", splitter = NoSplitter.class, description = "Also write the complete model state "
            + "after this month (YYYY-MM) to state-YYYY-MM" + Checkpoint.EXTENSION + " in the run folder, for "
            + "--from-checkpoint; repeatable. A month of this run, before its last.")
    @OptionHelp(arg = "<YYYY-MM>", byDefault = "none")
    List<String> checkpointAt = new ArrayList<>();

    @Parameter(names = "--from-checkpoint", description = "Continue the run saved in this checkpoint file under "
            + "--scenario (with --set, --months, ...): seed, scale, park projects, events up to the checkpoint and every "
            + "parameter but run.months and the withdrawal levers of groups withdrawn after it must be the checkpoint's. "
            + "Writes only the months after the checkpoint: exactly those rows of the uninterrupted run's files.")
    @OptionHelp(arg = "<file>", byDefault = "none (run from 2015-01)")
    String fromCheckpoint;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        // 1. Everything that can be checked without loading anything, so mistakes cost no time.
        Long seedValue = seed.value();
        Double monthsValue = months == null ? null : OptionValues.schemaValue("--months", ParamSchema.MONTHS, months);
        Double scaleValue = scale.value();
        sets.overrides();
        int threadCount = threads.count();
        int traced = tracePersons == null ? 0 : OptionValues.wholeNumber("--trace-persons", tracePersons, 0, MAX_TRACE_PERSONS);
        if (name != null) {
            String problem = RunOutput.checkName(name);
            if (problem != null) throw new CliException("--name: " + problem);
        }
        Path outDir = out.folder();
        boolean quiet = out.quiet();
        Path checkpointFile = fromCheckpoint == null ? null : Path.of(fromCheckpoint);
        Checkpoint.Header resumed = checkpointFile == null ? null : header(checkpointFile);

        // 2. Scenario and overrides (precedence: scenario < --set < --months/--scale/--seed).
        Scenario sc = sets.applyTo(scenario.load());
        org.sxbelt.params.ParamValues p = sc.params().copy();
        if (monthsValue != null) p.set(ParamSchema.MONTHS, monthsValue);
        if (scaleValue != null) p.set(ParamSchema.SCALE, scaleValue);
        if (seedValue != null) p.set(ParamSchema.SEED, seedValue);
        sc = sc.withParams(p);
        long runSeed = p.getInt(ParamSchema.SEED);
        int runMonths = p.getInt(ParamSchema.MONTHS);
        int firstMonth = resumed == null ? 0 : resumed.monthsDone();
        Set<Integer> checkpoints = checkpointMonths(firstMonth, runMonths);

        String runName = name != null ? name : RunOutput.defaultName(sc.name(), runSeed);
        Path shownDir = outDir.resolve(runName);
        Path finalDir = outDir.toAbsolutePath().normalize().resolve(runName);
        if (Files.exists(finalDir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(finalDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException("--name: " + shownDir + " exists and is not a folder; not replacing it");
        }

        // 3. Geography (GeoDataException is a user-facing error, reported by Main).
        BeltGeography geography = BeltGeography.loadDefault();

        // 4. The run, into a staging folder that only becomes <out>/<name> when everything is written.
        long readStart = System.nanoTime();
        BeltModel model = resumed == null ? new BeltModel(runSeed, sc, geography, new Government()) : resume(checkpointFile, sc, threadCount);
        if (resumed != null && !quiet) {
            stderr.printf(Locale.ROOT, "Read %s (%s, %.1f s)%n", checkpointFile, megabytes(checkpointFile),
                    (System.nanoTime() - readStart) / 1e9);
        }
        if (resumed != null && tracePersons != null && traced != model.tracePersons()) {
            throw new CliException("--trace-persons " + traced + ": the checkpoint " + checkpointFile + " traces "
                    + model.tracePersons() + " persons; give that number or leave the option out");
        }
        if (resumed != null) traced = model.tracePersons();
        if (!quiet) {
            stderr.printf(Locale.ROOT, "Running %s (seed %d, months %s to %s, scale %d) ...%n",
                    sc.name(), runSeed, SimMonthFormat.format(firstMonth), SimMonthFormat.format(runMonths - 1),
                    p.getInt(ParamSchema.SCALE));
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        RunOutput output;
        try {
            output = RunOutput.create(outDir, runName);
        } catch (IOException e) {
            throw new CliException("--out " + out.given() + " cannot be written: " + ioReason(e));
        }
        if (!quiet && output.removedLeftovers() > 0) {
            stderr.printf(Locale.ROOT, "Removed %d unfinished run folder%s of killed runs (.*.partial-*) in %s%n",
                    output.removedLeftovers(), output.removedLeftovers() == 1 ? "" : "s", outDir);
        }
        try (output) {
            TidyCsvWriter indicators = null;
            FirmEventCsv firmEvents = null;
            DecisionTraceCsv trace = null;
            try {
                indicators = new TidyCsvWriter(output.file(INDICATORS));
                firmEvents = new FirmEventCsv(output.file(FIRM_EVENTS));
                if (traced > 0) trace = new DecisionTraceCsv(output.file(TRACE));
                if (resumed == null) model.setThreads(threadCount);
                model.addIndicatorSink(indicators);
                if (!quiet) model.addIndicatorSink(new Progress(stderr, runMonths, t0));
                model.setFirmEventSink(firmEvents);
                if (trace != null) model.setDecisionTrace(traced, trace);

                Fingerprint fingerprint = Fingerprint.ofRun(sc, null, null);
                IntConsumer afterMonth = month -> {
                    if (!checkpoints.contains(month)) return;
                    try {
                        long w0 = System.nanoTime();
                        Path file = output.file(Checkpoint.fileName(month));
                        Checkpoint.write(model, fingerprint, file);
                        if (!quiet) {
                            stderr.printf(Locale.ROOT, "  checkpoint after %s: %s (%s, %.1f s)%n", SimMonthFormat.format(month),
                                    file.getFileName(), megabytes(file), (System.nanoTime() - w0) / 1e9);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                RunStats stats = resumed == null ? model.runToEnd(() -> { }, afterMonth) : model.runOn(afterMonth);

                indicators.close();
                firmEvents.close();
                if (trace != null) trace.close();
                double wall = (System.nanoTime() - t0) / 1e9;
                Manifest manifest = new Manifest()
                        .scenario(sc)
                        .seed(runSeed)
                        .started(started)
                        .wallSeconds(wall)
                        .stats(stats)
                        .fingerprint(fingerprint)
                        .file(INDICATORS, indicators.rows())
                        .file(FIRM_EVENTS, firmEvents.rows());
                if (trace != null) manifest.file(TRACE, trace.rows());
                for (int month : checkpoints) manifest.extra("checkpoint_" + SimMonthFormat.format(month), Checkpoint.fileName(month));
                if (resumed != null) {
                    Map<String, String> from = new LinkedHashMap<>();
                    from.put("file", checkpointFile.toAbsolutePath().normalize().toString());
                    from.put("first_month", SimMonthFormat.format(firstMonth));
                    from.put("checkpoint_fingerprint", resumed.fingerprint().hash());
                    manifest.extra("continued_from", from);
                }
                manifest.write(output.file(Manifest.FILE_NAME));
                output.commit();
                long agents = stats.agentsAtStart();
                stdout.printf(Locale.ROOT, "Results in %s: %d months, %d agents, wall time %.1f s%n",
                        shownDir, stats.months(), agents, wall);
                return Main.OK;
            } catch (IOException e) {
                throw new CliException("cannot write the run folder " + shownDir + ": " + ioReason(e));
            } catch (UncheckedIOException e) {
                throw new CliException("cannot write the run folder " + shownDir + ": " + ioReason(e.getCause()));
            } finally {
                if (indicators != null) indicators.discard();
                if (firmEvents != null) firmEvents.discard();
                if (trace != null) trace.discard();
            }
        }
    }

    /** The months (index) after which to write a checkpoint: each a month of this run, before its last. */
    private Set<Integer> checkpointMonths(int firstMonth, int runMonths) {
        Set<Integer> months = new TreeSet<>();
        for (String s : checkpointAt) {
            Integer m = SimMonthFormat.parse(s);
            if (m == null || m < firstMonth || m >= runMonths - 1) {
                throw new CliException("--checkpoint-at " + s + ": expected a month (YYYY-MM) from "
                        + SimMonthFormat.format(firstMonth) + " to " + SimMonthFormat.format(runMonths - 2)
                        + " (this run's months but its last)");
            }
            months.add(m);
        }
        return months;
    }

    private static Checkpoint.Header header(Path file) {
        try {
            return Checkpoint.header(file);
        } catch (CheckpointException e) {
            throw new CliException("--from-checkpoint " + e.getMessage());
        }
    }

    /** The checkpointed model, continued under {@code sc} with {@code threads} threads. */
    private static BeltModel resume(Path file, Scenario sc, int threads) {
        BeltModel m;
        try {
            m = Checkpoint.read(file);
        } catch (CheckpointException e) {
            throw new CliException("--from-checkpoint " + e.getMessage());
        }
        try {
            Continuation.continueUnder(m, sc, threads);
        } catch (CheckpointException e) {
            throw new CliException("--from-checkpoint " + file + ": " + e.getMessage());
        }
        return m;
    }

    private static String megabytes(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "size unknown";
        }
    }

    /** The reason of an I/O failure in words ("access denied: /x/y", "No space left on device"). */
    private static String ioReason(Throwable e) {
        if (e == null) return "I/O error";
        if (e.getClass() == IOException.class || e.getClass() == UncheckedIOException.class) {
            return e.getMessage() == null ? "I/O error" : e.getMessage();
        }
        // AccessDeniedException etc. carry only the path as message: put the kind in front.
        String kind = e.getClass().getSimpleName().replaceAll("Exception$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    /** Prints one line per finished simulated year to stderr. */
    private static final class Progress implements IndicatorSink {
        private final PrintStream err;
        private final int months;
        private final long t0;
        private int lastMonth = -1;

        Progress(PrintStream err, int months, long t0) {
            this.err = err;
            this.months = months;
            this.t0 = t0;
        }

        /** A month's first belt value is all it needs. */
        @Override
        public boolean wants(Level level, String indicator) { return level == Level.BELT; }

        @Override
        public void record(int month, Level level, String unit, String indicator, double value) {
            if (month <= lastMonth) return;
            lastMonth = month;
            if (month > 0 && month % 12 == 0) {
                err.printf(Locale.ROOT, "  %d done (%d/%d months, %.1f s)%n", SimMonthFormat.year(month - 1),
                        month, months, (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
