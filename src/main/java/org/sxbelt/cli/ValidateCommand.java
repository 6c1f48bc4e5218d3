package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import org.sxbelt.experiment.CalibrationTarget;
import org.sxbelt.experiment.CalibrationTargets;
import org.sxbelt.experiment.TargetFileException;
import org.sxbelt.experiment.Validation;
import org.sxbelt.experiment.ValidationReport;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code sxbelt validate}: the historical run over several seeds against the stylised facts of the sources. */
@Parameters(commandNames = "validate", separators = "= ", commandDescription = "Run a scenario (the historical "
        + "baseline unless told otherwise) over several seeds and compare it with the stylised facts of the sources "
        + "(calibration/targets.csv), grouped by kind: fitted (in the calibration loss), tested (out of sample) and "
        + "input (given or true by construction: shown, not evidence). For each fact the source's range (a single "
        + "figure: +-10% unless the source says otherwise) and where it stands, the simulated mean over seeds with "
        + "its 95% confidence interval, the signed relative miss (0 inside the range, else (mean - nearest bound) / "
        + "nearest bound) and OK or MISS; then the counts per kind. Prints the tables and writes them as "
        + "<out>/validate-<scenario>.csv. Exit status 0 even when facts are missed (it is a report), unless --strict.")
public final class ValidateCommand implements Command {

    /** Exit status of {@code --strict} when a fact is missed. */
    public static final int STRICT_FAILURE = 3;
    static final int MAX_SEEDS = 1000;

    @ParametersDelegate
    final ScenarioOption scenario = new ScenarioOption().help("--scenario", "Scenario to validate: the name of a "
            + "built-in scenario or the path of a scenario TOML file.", "the embedded baseline");

    @Parameter(names = "--seeds", description = "Number of runs (seeds); a whole number in [1, " + MAX_SEEDS + "].")
    @OptionHelp(arg = "<int>", byDefault = "5")
    String seeds = "5";

    @ParametersDelegate
    final SeedOption seed = new SeedOption().help("--seed", "Seed of the first run; run i (from 0) uses seed + i. "
            + "A whole number in [0, 2147483647], seed + seeds - 1 included.",
            "the scenario's run.seed (1 unless the scenario sets it)");

    @ParametersDelegate
    final ScaleOption scale = new ScaleOption();

    @ParametersDelegate
    final ThreadsOption threads = new ThreadsOption().help("--threads", "Runs in parallel; the results do not "
            + "depend on it. A whole number in [1, " + ThreadsOption.MAX + "].", "all processor cores");

    @ParametersDelegate
    final ParamOverrides sets = new ParamOverrides().help("--set", "Override any parameter, e.g. --set "
            + "labor.searchRate=0.06; repeatable.", "none");

    @Parameter(names = "--targets", description = "CSV file of targets with the columns of calibration/targets.csv "
            + "(" + CalibrationTargets.HEADER + "); kind is one of fitted, tested, input; statistic is one of mean, value, "
            + "sum, change, growth, ratio, parameter (see org.sxbelt.experiment.CalibrationTargets and Statistic).")
    @OptionHelp(arg = "<csv>", byDefault = "the built-in calibration/targets.csv")
    String targets;

    @ParametersDelegate
    final OutputOptions out = new OutputOptions("output")
            .help("--out", "Folder that receives validate-<scenario>.csv; created if missing.", "output")
            .help("--quiet", "No progress messages on stderr.", "off (one line per finished seed)");

    @Parameter(names = "--strict", description = "Exit with status " + STRICT_FAILURE + " when any fitted or "
            + "tested fact is outside the source's range or NA (for scripts and CI); inputs are not counted.")
    @OptionHelp(byDefault = "off (exit 0 whatever the table says)")
    boolean strict;

    @Parameter(names = "--compare-rules", description = "Run the scenario under both job-choice rules (run.decisionRule "
            + "logit and expected-income) on the same seeds and show, fact by fact, the mean under each, the paired 95% "
            + "interval of the difference and whether the fact tells the rules apart (one meets it, the other misses it, "
            + "and the interval excludes 0); writes <out>/validate-rules-<scenario>.csv.")
    @OptionHelp(byDefault = "off")
    boolean compareRules;

    @Parameter(names = "--rule-scenario", description = "With --compare-rules: the scenario of the other rule, for "
            + "rules calibrated each on its own (e.g. --scenario baseline --rule-scenario expected-income-rule, each with "
            + "its own estimated parameters, ODD 10.4); a built-in name or a scenario TOML file whose run.decisionRule "
            + "differs from --scenario's.")
    @OptionHelp(arg = "<name|path>", byDefault = "the --scenario with run.decisionRule switched")
    String ruleScenario;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        // 1. Options that need nothing loaded.
        int seedCount = OptionValues.wholeNumber("--seeds", seeds, 1, MAX_SEEDS);
        int threadCount = threads.count();
        Long seedValue = seed.value();
        Double scaleValue = scale.value();
        sets.overrides();
        Path outDir = out.folder();
        boolean quiet = out.quiet();

        // 2. Targets, scenario, geography.
        List<CalibrationTarget> targetList = loadTargets(targets);
        Scenario sc = sets.applyTo(scenario.load());
        long base = seedValue != null ? seedValue : sc.params().getInt(ParamSchema.SEED);
        if (base + seedCount - 1 > (long) ParamSchema.SEED.max()) {
            throw new CliException("--seed " + base + " with --seeds " + seedCount + " goes past the largest seed "
                    + (long) ParamSchema.SEED.max() + "; use a smaller --seed");
        }
        int scaleInt = scaleValue == null ? 0 : (int) Math.round(scaleValue);
        BeltGeography geography = BeltGeography.loadDefault();
        Path file = outDir.resolve("validate-" + fileName(sc.name()) + ".csv");

        if (ruleScenario != null && !compareRules) throw new CliException("--rule-scenario needs --compare-rules");
        if (compareRules) return compareRules(stdout, stderr, targetList, sc, seedCount, base, scaleInt, threadCount,
                geography, outDir, quiet);

        // 3. The runs.
        Validation.Options options = new Validation.Options(sc, seedCount, base, scaleInt, threadCount);
        if (!quiet) {
            int shownScale = scaleInt > 0 ? scaleInt : sc.params().getInt(ParamSchema.SCALE);
            stderr.printf(Locale.ROOT, "Validating %s against %d facts: %d seed%s from %d, scale %d, %d months, "
                            + "%d thread%s ...%n", sc.name(), targetList.size(), seedCount, seedCount == 1 ? "" : "s",
                    base, shownScale, CalibrationTargets.monthsNeeded(targetList), threadCount,
                    threadCount == 1 ? "" : "s");
        }
        Validation.Report report = Validation.run(targetList, options, geography, quiet ? null : stderr::println);

        // 4. The file, then the table.
        write(outDir, file, ValidationReport.csv(report));
        stdout.println(ValidationReport.heading(report));
        stdout.println();
        stdout.print(ValidationReport.table(report));
        stdout.printf(Locale.ROOT, "Table written to %s; wall time %.1f s (%d thread%s)%n", file, report.wallSeconds(),
                threadCount, threadCount == 1 ? "" : "s");
        return strict && !report.evidenceOk() ? STRICT_FAILURE : Main.OK;
    }

    /** {@code --compare-rules}: the scenario's rule as A, the other as B. */
    private int compareRules(PrintStream stdout, PrintStream stderr, List<CalibrationTarget> targetList, Scenario sc,
                             int seedCount, long base, int scaleInt, int threadCount, BeltGeography geography, Path outDir,
                             boolean quiet) {
        org.sxbelt.params.Param rule = ParamSchema.DECISION_RULE;
        String ruleA = rule.format(sc.params().get(rule));
        String ruleB = rule.choices().stream().filter(c -> !c.equals(ruleA)).findFirst().orElseThrow();
        Scenario scB;
        if (ruleScenario != null) {
            scB = sets.applyTo(ScenarioOption.load("--rule-scenario", ruleScenario));
            String given = rule.format(scB.params().get(rule));
            if (given.equals(ruleA)) {
                throw new CliException("--rule-scenario " + ruleScenario + ": its run.decisionRule is " + given
                        + ", the same as --scenario " + sc.name() + "'s; expected " + ruleB);
            }
        } else {
            org.sxbelt.params.ParamValues pb = sc.params().copy();
            pb.set(rule, rule.choices().indexOf(ruleB));
            scB = sc.withParams(pb);
        }
        if (!quiet) stderr.printf(Locale.ROOT, "Validating %s under the %s rule and %s under the %s rule, %d seeds from %d ...%n",
                sc.name(), ruleA, scB.name(), ruleB, seedCount, base);
        Validation.Report a = Validation.run(targetList, new Validation.Options(sc, seedCount, base, scaleInt, threadCount),
                geography, quiet ? null : stderr::println);
        Validation.Report b = Validation.run(targetList, new Validation.Options(scB, seedCount, base, scaleInt, threadCount),
                geography, quiet ? null : stderr::println);
        org.sxbelt.experiment.RuleComparison c = org.sxbelt.experiment.RuleComparison.of(ruleA, a, ruleB, b);
        Path file = outDir.resolve("validate-rules-" + fileName(sc.name()) + ".csv");
        write(outDir, file, ValidationReport.rulesCsv(c));
        stdout.println(ValidationReport.heading(a));
        stdout.println();
        stdout.print(ValidationReport.rulesTable(c));
        stdout.printf(Locale.ROOT, "%s: %s; %s: %s%n", ruleA, ValidationReport.summaryLine(a), ruleB, ValidationReport.summaryLine(b));
        stdout.printf(Locale.ROOT, "Table written to %s; wall time %.1f s%n", file, a.wallSeconds() + b.wallSeconds());
        return strict && !(a.evidenceOk() && b.evidenceOk()) ? STRICT_FAILURE : Main.OK;
    }

    /** The table's CSV into {@code --out}, atomically; a folder that cannot take it is one line. */
    private void write(Path outDir, Path file, String csv) {
        try {
            Files.createDirectories(outDir);
            AtomicFiles.writeString(file, csv);
        } catch (IOException e) {
            throw new CliException("--out " + out.given() + ": cannot write " + file + ": " + e);
        }
    }

    static List<CalibrationTarget> loadTargets(String path) {
        try {
            if (path == null) return CalibrationTargets.loadDefault();
            if (path.isBlank()) throw new CliException("--targets is empty: expected a CSV file");
            Path p = Path.of(path);
            if (Files.isDirectory(p)) throw new CliException("--targets: " + path + " is a folder, not a CSV file");
            if (!Files.exists(p)) throw new CliException("--targets: target file " + path + " not found");
            return CalibrationTargets.load(p);
        } catch (TargetFileException e) {
            throw new CliException((path == null ? "" : "--targets: ") + e.getMessage(), e);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CliException("--targets " + path + " is not a valid path: " + e.getReason());
        }
    }

    /** The scenario name as a file name part. */
    static String fileName(String scenarioName) {
        String s = scenarioName == null || scenarioName.isBlank() ? "scenario" : scenarioName;
        return s.replaceAll("[^A-Za-z0-9._+=@-]", "_");
    }
}
