package org.sxbelt.cli;

import org.sxbelt.policy.Government;
import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Level;
import org.sxbelt.model.RunStats;
import org.sxbelt.output.FirmEventCsv;
import org.sxbelt.model.IndicatorSink;
import org.sxbelt.output.Manifest;
import org.sxbelt.output.RunOutput;
import org.sxbelt.output.TidyCsvWriter;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;
import org.sxbelt.params.SimMonthFormat;

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

/** {@code sxbelt run}: one headless run of one scenario into one output folder. */
@Parameters(commandNames = "run", separators = "= ", commandDescription = "Run one scenario headless from 2015-01 and write "
        + "indicators.csv (tidy: month,level,unit,indicator,value), firm_events.csv and manifest.json into "
        + "<out>/<name>. The folder appears only when the run has finished; an earlier folder of the same "
        + "name is replaced.")
public final class RunCommand implements Command {

    public static final String INDICATORS = "indicators.csv";
    public static final String FIRM_EVENTS = "firm_events.csv";

    @Parameter(names = "--scenario", description = "Scenario to run: the name of a built-in scenario "
            + "(see the scenarios folder) or the path of a scenario TOML file.")
    @OptionHelp(arg = "<name|path>", byDefault = "the embedded default scenario")
    String scenario;

    @Parameter(names = "--seed", description = "Seed of the run's random stream; the same seed, scenario "
            + "and options give the same results. A whole number in [0, 2147483647].")
    @OptionHelp(arg = "<long>", byDefault = "the scenario's run.seed (1 unless the scenario sets it)")
    String seed;

    @Parameter(names = "--months", description = "Months to simulate from 2015-01 (overrides run.months; "
            + "a whole number in [1, 600]).")
    @OptionHelp(arg = "<int>", byDefault = "the scenario's run.months (192 = to 2030-12 unless the scenario sets it)")
    String months;

    @Parameter(names = "--scale", description = "Real persons per simulated person (overrides run.scale; "
            + "a whole number in [1, 1000]). Larger is faster and coarser.")
    @OptionHelp(arg = "<int>", byDefault = "the scenario's run.scale (100 unless the scenario sets it)")
    String scale;

    @Parameter(names = "--set", splitter = NoSplitter.class, description = "Override any parameter, "
            + "e.g. --set policy.subsidyMonths=24; repeatable. Values are checked against the parameter's "
            + "allowed range.")
    @OptionHelp(arg = "<key=value>", byDefault = "none")
    List<String> sets = new ArrayList<>();

    @Parameter(names = "--out", description = "Folder that receives the run folder; created if missing.")
    @OptionHelp(arg = "<dir>", byDefault = "output")
    String out = "output";

    @Parameter(names = "--name", description = "Name of the run folder inside --out (letters, digits and "
            + ". _ + = @ -).")
    @OptionHelp(arg = "<folder>", byDefault = "<scenario>-seed<seed>, e.g. baseline-seed1")
    String name;

    @Parameter(names = "--threads", description = "Worker threads inside the run (passes over persons); the "
            + "results do not depend on it. A whole number in [1, " + ValidateCommand.MAX_THREADS + "].")
    @OptionHelp(arg = "<int>", byDefault = "1")
    String threads = "1";

    @Parameter(names = "--quiet", description = "No progress messages on stderr; only the final summary "
            + "line (stdout) and errors.")
    @OptionHelp(byDefault = "off (progress is shown once per simulated year)")
    boolean quiet;

    @Override
    public int call(PrintStream stdout, PrintStream stderr) throws Exception {
        // 1. Everything that can be checked without loading anything, so mistakes cost no time.
        Long seedValue = seed == null ? null : (long) schemaValue("--seed", ParamSchema.SEED, seed);
        Double monthsValue = months == null ? null : schemaValue("--months", ParamSchema.MONTHS, months);
        Double scaleValue = scale == null ? null : schemaValue("--scale", ParamSchema.SCALE, scale);
        Map<String, String> overrides = parseSets(sets);
        int threadCount = ValidateCommand.wholeNumber("--threads", threads, 1, ValidateCommand.MAX_THREADS);
        if (name != null) {
            String problem = RunOutput.checkName(name);
            if (problem != null) throw new CliException("--name: " + problem);
        }
        Path outDir = OutputDirectoryValidator.check("--out", out);

        // 2. Scenario and overrides (precedence: scenario < --set < --months/--scale/--seed).
        Scenario sc = loadScenario(scenario);
        if (!overrides.isEmpty()) sc = ScenarioLoader.override(sc, overrides, "--set");
        org.sxbelt.params.ParamValues p = sc.params().copy();
        if (monthsValue != null) p.set(ParamSchema.MONTHS, monthsValue);
        if (scaleValue != null) p.set(ParamSchema.SCALE, scaleValue);
        if (seedValue != null) p.set(ParamSchema.SEED, seedValue);
        sc = sc.withParams(p);
        long runSeed = p.getInt(ParamSchema.SEED);
        int runMonths = p.getInt(ParamSchema.MONTHS);

        String runName = name != null ? name : RunOutput.defaultName(sc.name(), runSeed);
        Path shownDir = outDir.resolve(runName);
        Path finalDir = outDir.toAbsolutePath().normalize().resolve(runName);
        if (Files.exists(finalDir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(finalDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException("--name: " + shownDir + " exists and is not a folder; not replacing it");
        }

        // 3. Geography (GeoDataException is a user-facing error, reported by Main).
        BeltGeography geography = BeltGeography.loadDefault();

        // 4. The run, into a staging folder that only becomes <out>/<name> when everything is written.
        if (!quiet) {
            stderr.printf(Locale.ROOT, "Running %s (seed %d, %d months from 2015-01, scale %d) ...%n",
                    sc.name(), runSeed, runMonths, p.getInt(ParamSchema.SCALE));
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        RunOutput output;
        try {
            output = RunOutput.create(outDir, runName);
        } catch (IOException e) {
            throw new CliException("--out " + out + " cannot be written: " + ioReason(e));
        }
        try (output) {
            TidyCsvWriter indicators = null;
            FirmEventCsv firmEvents = null;
            try {
                indicators = new TidyCsvWriter(output.file(INDICATORS));
                firmEvents = new FirmEventCsv(output.file(FIRM_EVENTS));
                BeltModel model = new BeltModel(runSeed, sc, geography, new Government());
                model.setThreads(threadCount);
                model.addIndicatorSink(indicators);
                if (!quiet) model.addIndicatorSink(new Progress(stderr, runMonths, t0));
                model.setFirmEventSink(firmEvents);

                RunStats stats = model.runToEnd();

                indicators.close();
                firmEvents.close();
                double wall = (System.nanoTime() - t0) / 1e9;
                new Manifest()
                        .scenario(sc)
                        .seed(runSeed)
                        .started(started)
                        .wallSeconds(wall)
                        .stats(stats)
                        .file(INDICATORS, indicators.rows())
                        .file(FIRM_EVENTS, firmEvents.rows())
                        .write(output.file(Manifest.FILE_NAME));
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
            }
        }
    }

    /** Loads the named or given scenario; a path that does not exist is reported here, naming it. */
    static Scenario loadScenario(String nameOrPath) {
        if (nameOrPath == null) return ScenarioLoader.loadDefault();
        if (nameOrPath.isBlank()) throw new CliException("--scenario is empty: expected a scenario name or file");
        if (looksLikePath(nameOrPath)) {
            Path path = Path.of(nameOrPath);
            if (!Files.exists(path)) throw new CliException("--scenario: scenario file " + nameOrPath + " not found");
            if (Files.isDirectory(path)) {
                throw new CliException("--scenario: " + nameOrPath + " is a folder, not a scenario file");
            }
        }
        return ScenarioLoader.resolve(nameOrPath);
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.contains("\\") || s.toLowerCase(Locale.ROOT).endsWith(".toml");
    }

    /** Parses an option's number and checks it against the parameter it overrides. */
    static double schemaValue(String option, Param param, String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new CliException(option + " = " + text + " is not a number: expected " + param.allowed());
        }
        double v = Double.parseDouble(t);
        if (v < param.min() || v > param.max()) {
            throw new CliException(option + " = " + text + " is out of range: expected " + param.allowed());
        }
        if (!param.accepts(v)) {
            throw new CliException(option + " = " + text + " is not allowed: expected " + param.allowed());
        }
        return v;
    }

    /** {@code key=value} pairs of the --set options, in order (a later one for the same key wins). */
    static Map<String, String> parseSets(List<String> sets) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new CliException("--set " + s + ": expected key=value, e.g. --set policy.subsidyMonths=24");
            String key = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            if (key.isEmpty()) throw new CliException("--set " + s + ": the key is empty");
            map.remove(key);
            map.put(key, value);
        }
        return map;
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
