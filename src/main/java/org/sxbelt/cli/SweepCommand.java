package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.experiment.stats.ResultsFormat;
import org.sxbelt.experiment.sweep.Experiment;
import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.experiment.sweep.ExperimentFile;
import org.sxbelt.experiment.sweep.RunFiles;
import org.sxbelt.experiment.sweep.Shard;
import org.sxbelt.experiment.sweep.Sweep;
import org.sxbelt.experiment.sweep.SweepEngine;
import org.sxbelt.experiment.sweep.SweepOutcome;
import org.sxbelt.experiment.sweep.SweepPlan;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.params.Scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code sxbelt sweep}: an experiment file's runs, in parallel, resumable, shardable. */
@Parameters(commandNames = "sweep", separators = "= ", commandDescription = "Run an experiment file (see "
        + "scenarios/experiments/README.md): every scenario x factor combination of its design, replications runs each, "
        + "in parallel. Usage: sweep <experiment.toml> [options]. Writes <out>/<name>/design.csv, runs/<run id>.csv "
        + "as each run finishes, manifest.json and, once every run is there, results.csv (run,point,replicate,seed,"
        + "scenario,<factors>,month,level,unit,indicator,value). Replicate r uses seed + r at every design point, so "
        + "results do not depend on threads, order or sharding. Each run file has a check file runs/<run id>.check (rows, "
        + "bytes, SHA-256 and the run's fingerprint: parameters, events, parks, seed, months, scale, indicators, levels, "
        + "model version). Runs already in runs/ are skipped when they match their check and the experiment, so an "
        + "interrupted sweep resumes; damaged ones are redone; a run made with another fingerprint stops the sweep "
        + "naming what changed (--force redoes it). Failed runs are recorded in runs/<run id>.error.txt, the others go on, "
        + "and they are retried on the next sweep. With branch_from = \"YYYY-MM\" the past up to that month is simulated "
        + "once per seed (in histories/) and every point continues from it. "
        + "Once the results file is written and verified, the run files are removed (their rows are in it; their check "
        + "files stay, so a finished sweep resumes as finished) unless --keep-runs. "
        + "One sweep at a time per folder (.sweep.lock). Exit status 0 when every "
        + "run succeeded, " + SweepCommand.RUNS_FAILED + " when any failed.")
public final class SweepCommand implements Command {

    /** Exit status when at least one run failed (the others are written). */
    public static final int RUNS_FAILED = 4;

    @Parameter(description = "<experiment.toml>")
    List<String> files = new ArrayList<>();

    @ParametersDelegate
    final ThreadsOption threads = new ThreadsOption().help("--threads", "Runs in parallel, each single-threaded; "
            + "the results do not depend on it. A whole number in [1, " + ThreadsOption.MAX + "].", "all processor cores");

    @ParametersDelegate
    final EngineOption engine = new EngineOption();

    @Parameter(names = "--shard", description = "Run only part K of N of the runs (run i when i mod N = K - 1), "
            + "e.g. on N machines; combine the folders with 'merge'.")
    @OptionHelp(arg = "<K/N>", byDefault = "1/1 (all runs)")
    String shard;

    @Parameter(names = "--force", description = "Redo the runs in the folder that were made with another fingerprint "
            + "(another seed, months, scale, indicators, parameter or model version) instead of stopping.")
    @OptionHelp(arg = "", byDefault = "off (such runs stop the sweep with one line naming what changed)")
    boolean force;

    @Parameter(names = "--format", description = "The results file: csv (results.csv), csv.gz (results.csv.gz, the "
            + "same text gzipped, about a tenth of the size on the example; R's read.csv and pandas' read_csv read it in one call) or "
            + "parquet (results.parquet, one Parquet file with typed columns, written only by --engine spark; "
            + "report and discover read the CSV formats only).")
    @OptionHelp(arg = "<csv|csv.gz|parquet>", byDefault = "csv")
    String format;

    @Parameter(names = "--keep-runs", description = "Keep the run files runs/<run id>.csv once the results file is "
            + "written (by default they are removed then: their rows are in the results file, which keeps one copy of "
            + "the data; the check files stay either way).")
    @OptionHelp(arg = "", byDefault = "off (run files removed once the results file holds them)")
    boolean keepRuns;

    @ParametersDelegate
    final OutputOptions out = new OutputOptions("output/experiments")
            .help("--out", "Folder that receives the experiment folder <name>; created if missing. With --engine spark also a Hadoop file "
                    + "system URI (hdfs://namenode:8020/path, s3a://bucket/path, ...): see README.md, Sweeps on Spark.", "output/experiments")
            .help("--quiet", "No progress lines on stderr; only the summary and failures.",
                    "off (a progress line at most once per second)");

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        String file = oneArgument(files, "sweep", "<experiment.toml>");
        int threadCount = threads.count();
        Shard part = Shard.ALL;
        if (shard != null) {
            part = Shard.parse(shard);
            if (part == null) throw new CliException("--shard " + shard + ": expected K/N with 1 <= K <= N, e.g. --shard 2/4");
        }
        engine.check();
        String remoteOut = engine.remoteOut(out); // null: a local folder
        ResultsFormat resultsFormat = resultsFormat(format, engine.name());
        Path outDir = remoteOut == null ? out.folder() : null;
        OutFolder where = null;
        try {
            Experiment experiment = ExperimentFile.load(path("experiment file", file));
            Map<String, Scenario> scenarios = Sweep.loadScenarios(experiment);
            SweepPlan design = SweepPlan.of(experiment);
            BeltGeography geography = BeltGeography.loadDefault();
            try (SweepEngine runner = engine.open(threadCount, out.quiet() ? null : stderr::println);
                 OutFolder folder = OutFolder.open(remoteOut, outDir, runner, experiment.name())) {
                where = folder;
                Sweep.Options options = new Sweep.Options(folder.root(), threadCount, part,
                        folder.shown(out.quiet() ? null : stderr::println), force, runner).with(resultsFormat, keepRuns);
                SweepOutcome s = new Sweep(design, scenarios, geography, options).run();
                folder.publish();
                return summary(s, part, resultsFormat, folder, stdout, stderr);
            }
        } catch (ExperimentException e) {
            throw new CliException(where == null ? e.getMessage() : where.shown(e.getMessage()), e);
        } catch (IOException e) {
            throw new CliException("cannot write the experiment folder under " + out.given() + ": "
                    + (where == null ? e.toString() : where.shown(e.toString())));
        } catch (UncheckedIOException e) {
            throw new CliException("cannot write the experiment folder under " + out.given() + ": "
                    + (where == null ? e.getCause().toString() : where.shown(e.getCause().toString())));
        }
    }

    /** The failures (at most 10) on stderr and the summary line on stdout; the exit status. */
    private static int summary(SweepOutcome s, Shard part, ResultsFormat resultsFormat, OutFolder folder,
                               PrintStream stdout, PrintStream stderr) {
        if (!s.failures().isEmpty()) {
            stderr.printf(Locale.ROOT, "%d run%s failed:%n", s.failed(), s.failed() == 1 ? "" : "s");
            int shown = 0;
            for (Map.Entry<String, String> f : s.failures().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                if (shown++ == 10) {
                    stderr.println("  ... (" + (s.failed() - 10) + " more)");
                    break;
                }
                stderr.println(folder.shown("  " + f.getKey() + ": " + f.getValue() + " (" + s.folder().resolve(RunFiles.RUNS)
                        .resolve(f.getKey() + RunFiles.ERROR_SUFFIX) + ")"));
            }
        }
        String where = s.results() != null ? "results in " + s.results()
                : "runs in " + s.folder().resolve(RunFiles.RUNS) + (s.failed() > 0
                ? "; no " + resultsFormat.fileName() + " until every run succeeds (sweep again to retry the failed runs)"
                : "; " + resultsFormat.fileName() + " once every shard is done (or use 'merge')");
        stdout.println(folder.shown(String.format(Locale.ROOT,
                "%d runs%s: %d done (%d new, %d already there), %d failed%s; %s; wall time %.1f s%s",
                s.shardRuns(), part.isAll() ? "" : " in shard " + part, s.finished(), s.done(), s.skipped(),
                s.failed(), s.failed() > 0 ? " (see runs/*" + RunFiles.ERROR_SUFFIX + ")" : "", where, s.wallSeconds(),
                s.monthsSaved() < 0 ? "" : "; branching saved " + s.monthsSaved() + " simulated months (manifest.json: "
                        + "branching)")));
        return s.failed() > 0 ? RUNS_FAILED : Main.OK;
    }

    /**
     * The value of {@code --format} (null: csv) for the engine named {@code engine} (null: merge, which has
     * none); parquet only with the spark engine, which writes it through Spark's writer; anything else is one line.
     */
    static ResultsFormat resultsFormat(String text, String engine) {
        if (text == null) return ResultsFormat.CSV;
        ResultsFormat f = ResultsFormat.parse(text);
        if (f == null) throw new CliException("--format " + text + ": expected one of " + ResultsFormat.ALLOWED);
        if (!f.isCsv() && !"spark".equals(engine)) {
            throw new CliException("--format parquet needs " + (engine == null ? "'sweep --engine spark' (merge writes"
                    : "--engine spark (the local engine writes") + " csv or csv.gz: "
                    + "Apache Parquet's Java writer needs Hadoop's libraries, which the default build leaves out)");
        }
        return f;
    }

    /** The single positional argument of a command. */
    static String oneArgument(List<String> args, String command, String form) {
        for (String a : args) {
            if (a.startsWith("-")) throw new CliException("unknown option " + a + " for '" + command + "' (see '"
                    + Help.PROGRAM + " " + command + " --help')");
        }
        if (args.isEmpty()) throw new CliException("'" + command + "' needs " + form + ": usage: " + Help.PROGRAM + " "
                + command + " " + form + " [options]");
        if (args.size() > 1) throw new CliException("'" + command + "' takes one " + form + ", got: " + String.join(" ", args));
        return args.get(0);
    }

    static Path path(String what, String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CliException(what + " " + text + " is not a valid path: " + e.getReason());
        }
    }
}
