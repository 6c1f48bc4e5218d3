package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.experiment.CalibrationTarget;
import org.sxbelt.experiment.calibration.Calibration;
import org.sxbelt.experiment.calibration.CalibrationException;
import org.sxbelt.experiment.calibration.FreeParameter;
import org.sxbelt.experiment.calibration.FreeParameters;
import org.sxbelt.experiment.calibration.SearchDistribution;
import org.sxbelt.experiment.sweep.ExperimentException;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.params.NumberText;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code sxbelt calibrate}: the free parameters estimated by CMA-ES against the fitted facts. */
@Parameters(commandNames = "calibrate", separators = "= ", commandDescription = "Estimate the free behavioural "
        + "parameters (calibration/free-parameters.csv, or --parameters) of a scenario by CMA-ES: each candidate runs "
        + "--replications times with common random numbers (seeds seed, seed + 1, ...) through the sweep machinery, and "
        + "the loss is the mean over the fitted facts of calibration/targets.csv of the squared error scaled by each "
        + "fact's own range (0 at its middle, 1 at its ends). Writes <out>/<name>/: calibration.csv (every evaluation: "
        + "parameters, loss, each fact's scaled error, fitted facts first, then the tested and held-out ones), "
        + "<name>-fitted.toml (the best candidate as a scenario extending the base), fitted.csv (each parameter's best "
        + "value and the mean and sd of CMA-ES's last generation: its uncertainty), convergence.png, calibration.json "
        + "and with --profile profile.csv. Run the same command again to resume after an interruption (or to go on "
        + "with a larger --budget). docs/ODD.md 10.4 gives the method.")
public final class CalibrateCommand implements Command {

    static final int MAX_REPLICATIONS = 100;
    static final int MAX_BUDGET = 100_000;
    static final int MAX_POPULATION = 1000;
    static final int MAX_PROFILE = 50;
    static final int MIN_PROFILE = org.sxbelt.experiment.calibration.ProfileTest.MIN_POINTS;

    @ParametersDelegate
    final ScenarioOption scenario = new ScenarioOption().help("--scenario", "Base scenario whose free parameters are "
            + "estimated (the search starts from its values): a built-in name or a scenario TOML file.", "the embedded baseline");

    @Parameter(names = "--targets", description = "CSV file of targets with the columns of calibration/targets.csv; "
            + "its fitted facts make the loss, its tested ones are reported out of sample.")
    @OptionHelp(arg = "<csv>", byDefault = "the built-in calibration/targets.csv")
    String targets;

    @Parameter(names = "--parameters", description = "CSV file of the free parameters (" + FreeParameters.HEADER
            + "): real or whole-number parameter keys and the bounds of the search, inside each one's allowed range.")
    @OptionHelp(arg = "<csv>", byDefault = "the built-in calibration/free-parameters.csv")
    String parameters;

    @Parameter(names = "--holdout", description = "Comma-separated ids of fitted facts to keep out of the loss; they "
            + "are reported with the tested ones.")
    @OptionHelp(arg = "<id,id,...>", byDefault = "none")
    String holdout;

    @ParametersDelegate
    final SeedOption seed = new SeedOption(1).help("--seed", "Seed of replicate 0 (replicate r uses seed + r at "
            + "every candidate) and of CMA-ES. A whole number in [0, 2147483647].", "1");

    @Parameter(names = "--replications", description = "Runs per candidate; a whole number in [1, " + MAX_REPLICATIONS + "].")
    @OptionHelp(arg = "<int>", byDefault = "2")
    String replications = "2";

    @Parameter(names = "--budget", description = "Most evaluations (candidates), the start included; a whole number in "
            + "[1, " + MAX_BUDGET + "]. May be raised when resuming.")
    @OptionHelp(arg = "<int>", byDefault = "400")
    String budget = "400";

    @ParametersDelegate
    final EngineOption engine = new EngineOption();

    @ParametersDelegate
    final ThreadsOption threads = new ThreadsOption().help("--threads", "Runs in parallel; the results do not depend "
            + "on it. A whole number in [1, " + ThreadsOption.MAX + "].", "all processor cores");

    @ParametersDelegate
    final ScaleOption scale = new ScaleOption().help("--scale", "Real persons per simulated person in the inner loop "
            + "(a whole number in [1, 1000]).", "500");

    @Parameter(names = "--sigma", description = "CMA-ES's initial step, as a share of each parameter's range; a number "
            + "in (0, 1].")
    @OptionHelp(arg = "<x>", byDefault = "0.3")
    String sigma = "0.3";

    @Parameter(names = "--population", description = "Candidates per generation; a whole number in [2, "
            + MAX_POPULATION + "].")
    @OptionHelp(arg = "<int>", byDefault = "CMA-ES's 4 + floor(3 ln n) for n parameters")
    String population;

    @Parameter(names = "--profile", description = "After the search, the loss at this many points along each "
            + "parameter's range with the others at the optimum (profile.csv); a parameter is identified when a quadratic "
            + "in it explains its profile better than a constant (F test, 5 %) and moves the loss by at least 1/F over "
            + "its range (F fitted facts), else flagged as not identified. 0 or a whole number in [" + MIN_PROFILE + ", "
            + MAX_PROFILE + "].")
    @OptionHelp(arg = "<int>", byDefault = "0 (no profile)")
    String profile = "0";

    @Parameter(names = "--name", description = "Folder of the calibration inside --out (letters, digits and . _ + = @ -).")
    @OptionHelp(arg = "<folder>", byDefault = "calibration-<scenario>")
    String name;

    @ParametersDelegate
    final OutputOptions out = new OutputOptions("output")
            .help("--out", "Folder that receives the calibration's folder; created if missing. With --engine spark also a Hadoop "
                    + "file system URI (hdfs://namenode:8020/path, s3a://bucket/path, ...).", "output")
            .help("--quiet", "No progress messages on stderr.", "off (one line per generation)");

    @Parameter(names = "--keep-runs", description = "Keep each generation's sweep folder (generations/gen-NNNN/) "
            + "instead of removing it once its losses are in calibration.csv.")
    @OptionHelp(byDefault = "off")
    boolean keepRuns;

    @Parameter(names = "--force", description = "Start over when the folder holds a calibration with other settings "
            + "(its calibration.csv is removed).")
    @OptionHelp(byDefault = "off (refuse, naming the difference)")
    boolean force;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        // 1. Options that need nothing loaded.
        int reps = OptionValues.wholeNumber("--replications", replications, 1, MAX_REPLICATIONS);
        int evals = OptionValues.wholeNumber("--budget", budget, 1, MAX_BUDGET);
        int threadCount = threads.count();
        engine.check();
        long seedValue = seed.value();
        if (seedValue + reps - 1 > (long) ParamSchema.SEED.max()) {
            throw new CliException("--seed " + seedValue + " with --replications " + reps + " goes past the largest seed "
                    + (long) ParamSchema.SEED.max());
        }
        int scaleValue = scale.value() == null ? 500 : (int) Math.round(scale.value());
        double step = realInUnitInterval("--sigma", sigma);
        int pop = population == null ? 0 : OptionValues.wholeNumber("--population", population, 2, MAX_POPULATION);
        int profilePoints = OptionValues.wholeNumber("--profile", profile, 0, MAX_PROFILE);
        if (profilePoints > 0 && profilePoints < MIN_PROFILE) {
            throw new CliException("--profile = " + profile + " is out of range: expected 0 or a whole number in ["
                    + MIN_PROFILE + ", " + MAX_PROFILE + "]");
        }
        String remoteOut = engine.remoteOut(out); // null: a local folder
        Path outDir = remoteOut == null ? out.folder() : null;
        boolean quiet = out.quiet();
        Set<String> held = holdoutIds();

        // 2. Targets, parameters, scenario.
        List<CalibrationTarget> targetList = ValidateCommand.loadTargets(targets);
        List<FreeParameter> free = loadParameters();
        Scenario base = scenario.load();
        String baseName = scenario.given() == null ? base.name() : asRunnable(scenario.given());
        String folderName = name != null ? checkedName(name) : "calibration-" + ValidateCommand.fileName(base.name());
        java.util.function.Function<Path, Calibration.Options> optionsIn = root -> {
            try {
                return new Calibration.Options(folderName, baseName, base, targetList, held, free, reps, evals, seedValue,
                        scaleValue, threadCount, step, pop, profilePoints, root, keepRuns, force);
            } catch (IllegalArgumentException e) {
                throw new CliException("--" + e.getMessage());
            }
        };
        optionsIn.apply(outDir != null ? outDir : Path.of("")); // checked before the engine starts

        // 3. The search.
        OutFolder where = null;
        try (org.sxbelt.experiment.sweep.SweepEngine runner = engine.open(threadCount, quiet ? null : stderr::println);
             OutFolder folder = OutFolder.open(remoteOut, outDir, runner, folderName)) {
            where = folder;
            Calibration.Options options = optionsIn.apply(folder.root());
            Calibration c = new Calibration(options, BeltGeography.loadDefault(), folder.shown(quiet ? null : stderr::println));
            if (!quiet) {
                stderr.println(folder.shown(String.format(Locale.ROOT, "Calibrating %d parameters of %s against %d fitted "
                                + "facts (%d reported out of sample): %d replication%s at scale %d, at most %d evaluations, "
                                + "%d thread%s; folder %s",
                        free.size(), base.name(), options.fitted().size(), options.outOfSample().size(), reps,
                        reps == 1 ? "" : "s", scaleValue, evals, threadCount, threadCount == 1 ? "" : "s", c.folder())));
            }
            Calibration.Result r = c.engine(runner).run();
            folder.publish();
            outcome(r, options, base, free, folder, stdout);
            return Main.OK;
        } catch (CalibrationException | ExperimentException e) {
            throw new CliException(where == null ? e.getMessage() : where.shown(e.getMessage()), e);
        } catch (IOException e) {
            throw new CliException("--out " + out.given() + ": cannot write the calibration into "
                    + (where == null ? folderName + ": " + e : where.shown(where.root().resolve(folderName) + ": " + e)));
        }
    }

    /** The best evaluation, the fitted table, the parameters not identified and where the files are, on stdout. */
    private static void outcome(Calibration.Result r, Calibration.Options options, Scenario base, List<FreeParameter> free,
                                OutFolder folder, PrintStream stdout) {
        stdout.printf(Locale.ROOT, "Best of %d evaluations: evaluation %d (generation %d), loss %s over %d fitted facts%n",
                r.rows().size(), r.best().evaluation(), r.best().generation(), NumberText.data(r.best().loss()),
                options.fitted().size());
        List<List<String>> rows = new java.util.ArrayList<>();
        double[] v = r.best().values();
        SearchDistribution end = r.end();
        double[] fit = Calibration.fittedValues(free, r.best(), end);
        for (int j = 0; j < free.size(); j++) {
            FreeParameter f = free.get(j);
            rows.add(List.of(f.key(), NumberText.data(base.params().get(f.param())), NumberText.data(fit[j]),
                    end == null ? "" : NumberText.data(end.sd()[j]), NumberText.data(v[j]),
                    NumberText.data(f.low()), NumberText.data(f.high())));
        }
        stdout.println(end == null ? "fitted: the best evaluation (no generation after the start is complete)"
                : String.format(Locale.ROOT, "fitted: the mean of CMA-ES's last complete generation (%d, %d candidates), "
                        + "sd its spread; best: the lowest loss (fitted.csv)", end.generation(), end.candidates()));
        stdout.print(TextTable.render(List.of("parameter", "start", "fitted", "sd", "best", "low", "high"), rows));
        for (Calibration.Profile p : r.profiles()) {
            if (!p.identified()) stdout.println("not identified by the fitted facts: " + p.parameter().key()
                    + " (its profile moves the loss by " + NumberText.data(p.range()) + ")");
        }
        stdout.println(folder.shown(String.format(Locale.ROOT, "Fitted scenario %s; every evaluation in %s; %d evaluation%s "
                        + "run now, wall time %.1f s", r.fittedScenario(), r.folder().resolve("calibration.csv"),
                r.evaluationsRun(), r.evaluationsRun() == 1 ? "" : "s", r.wallSeconds())));
    }

    private Set<String> holdoutIds() {
        Set<String> s = new LinkedHashSet<>();
        if (holdout == null) return s;
        for (String id : holdout.split(",")) {
            String x = id.strip();
            if (x.isEmpty()) throw new CliException("--holdout " + holdout + ": an empty id; expected comma-separated target ids");
            s.add(x);
        }
        return s;
    }

    private List<FreeParameter> loadParameters() {
        try {
            if (parameters == null) return FreeParameters.loadDefault();
            if (parameters.isBlank()) throw new CliException("--parameters is empty: expected a CSV file");
            Path p = Path.of(parameters);
            if (Files.isDirectory(p)) throw new CliException("--parameters: " + parameters + " is a folder, not a CSV file");
            if (!Files.exists(p)) throw new CliException("--parameters: parameter file " + parameters + " not found");
            return FreeParameters.load(p);
        } catch (CalibrationException e) {
            throw new CliException("--parameters: " + e.getMessage(), e);
        } catch (InvalidPathException e) {
            throw new CliException("--parameters " + parameters + " is not a valid path: " + e.getReason());
        }
    }

    /** A scenario path made absolute, so that the sweep of each generation finds it; a name as it is. */
    private static String asRunnable(String given) {
        if (given.contains("/") || given.contains("\\") || given.toLowerCase(Locale.ROOT).endsWith(".toml")) {
            return Path.of(given).toAbsolutePath().normalize().toString();
        }
        return given;
    }

    private static String checkedName(String n) {
        if (!n.matches("[A-Za-z0-9._+=@-]+") || n.equals(".") || n.equals("..")) {
            throw new CliException("--name " + n + " is not a folder name: use letters, digits and . _ + = @ -");
        }
        return n;
    }

    private static double realInUnitInterval(String option, String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new CliException(option + " = " + text + " is not a number: expected a number in (0, 1]");
        }
        if (!(v > 0 && v <= 1)) throw new CliException(option + " = " + text + " is out of range: expected a number in (0, 1]");
        return v;
    }
}
