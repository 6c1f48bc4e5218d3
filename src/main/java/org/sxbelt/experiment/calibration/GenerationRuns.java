package org.sxbelt.experiment.calibration;

import org.sxbelt.experiment.CalibrationTarget;
import org.sxbelt.experiment.Statistic;
import org.sxbelt.experiment.TargetCollector;
import org.sxbelt.experiment.Validation;
import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.experiment.sweep.Experiment;
import org.sxbelt.experiment.sweep.ExperimentFile;
import org.sxbelt.experiment.sweep.RunFiles;
import org.sxbelt.experiment.sweep.Shard;
import org.sxbelt.experiment.sweep.Sweep;
import org.sxbelt.experiment.sweep.SweepOutcome;
import org.sxbelt.experiment.sweep.SweepPlan;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.Level;
import org.sxbelt.params.NumberText;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the candidates of one generation through the sweep machinery ({@link Sweep}): the generation is an
 * experiment of design type {@code points} on the base scenario ({@code generations/gen-NNNN.toml},
 * folder {@code generations/gen-NNNN/}), replicate r of every candidate with seed {@code seed + r}
 * (common random numbers), keeping only the indicators and levels the targets read. So a generation is
 * resumable as any sweep is (finished runs are kept and checked), and whatever engine runs sweeps runs
 * calibrations too. Each target's statistic is then read from the run files, averaged over replicates,
 * and the folder removed unless asked to keep it.
 */
final class GenerationRuns {

    /**
     * What every generation shares.
     *
     * @param base         the base scenario as the user named it (a built-in name or a path)
     * @param baseScenario that scenario, loaded
     * @param free         the free parameters, in the order of a candidate's values
     * @param targets      the targets whose statistics are read (fitted and reported ones)
     * @param replications runs per candidate
     * @param seed         seed of replicate 0
     * @param scale        run.scale of every run
     * @param threads      runs in parallel
     * @param keepRuns     keep each generation's sweep folder after its statistics are read
     */
    record Setup(String base, Scenario baseScenario, List<FreeParameter> free, List<CalibrationTarget> targets,
                 int replications, long seed, int scale, int threads, boolean keepRuns) {
        Setup {
            free = List.copyOf(free);
            targets = List.copyOf(targets);
        }

        int months() { return org.sxbelt.experiment.CalibrationTargets.monthsNeeded(targets); }
    }

    private final Setup setup;
    private final Path folder;
    private final BeltGeography geography;
    private final Consumer<String> progress;
    private org.sxbelt.experiment.sweep.SweepEngine engine;

    /** Runs into {@code folder}/generations. */
    GenerationRuns(Setup setup, Path folder, BeltGeography geography, Consumer<String> progress) {
        this.setup = setup;
        this.folder = folder.resolve("generations");
        this.geography = geography;
        this.progress = progress;
    }

    /** Runs the generations on {@code e}; null: the local engine with the setup's threads. */
    GenerationRuns engine(org.sxbelt.experiment.sweep.SweepEngine e) {
        this.engine = e;
        return this;
    }

    /**
     * Runs the candidates of generation {@code name} (e.g. {@code gen-0003}) (parameter values, in free-parameter order) and returns, per
     * candidate, each target's statistic averaged over the replicates (NaN when NA in any replicate).
     */
    double[][] run(String name, List<double[]> candidates, String what) throws IOException {
        Files.createDirectories(folder);
        String text = experimentText(name, candidates, what);
        Path file = folder.resolve(name + ".toml");
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            org.sxbelt.output.AtomicFiles.writeString(file, text);
        }
        Experiment e = ExperimentFile.parse(text, file.toString(), name);
        SweepPlan plan = SweepPlan.of(e);
        Sweep sweep = new Sweep(plan, Sweep.loadScenarios(e), geography,
                // the statistics are read from the run files: they stay until the folder goes (or --keep-runs)
                new Sweep.Options(folder, setup.threads(), Shard.ALL, progress, false, engine).with(null, true));
        SweepOutcome outcome = sweep.run();
        if (outcome.failed() > 0) {
            var first = outcome.failures().entrySet().iterator().next();
            throw new CalibrationException(name + ": " + outcome.failed() + " run(s) failed, first " + first.getKey()
                    + ": " + first.getValue() + " (see " + RunFiles.errorFile(outcome.folder(), first.getKey()) + ")");
        }
        double[][] stats = new double[candidates.size()][setup.targets().size()];
        for (int p = 0; p < candidates.size(); p++) {
            Scenario point = pointScenario(candidates.get(p));
            for (int r = 0; r < setup.replications(); r++) {
                double[] one = statistics(RunFiles.runFile(outcome.folder(), plan.run(p * setup.replications() + r).id()), point);
                for (int k = 0; k < one.length; k++) stats[p][k] += one[k] / setup.replications();
            }
        }
        if (!setup.keepRuns()) {
            org.sxbelt.output.AtomicFiles.deleteRecursively(outcome.folder());
            Files.deleteIfExists(file);
        }
        return stats;
    }

    /** The generation as an experiment file: design type points, one point per candidate. */
    String experimentText(String name, List<double[]> candidates, String what) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(what).append(" (written by sxbelt calibrate)\n");
        sb.append("name = ").append(org.sxbelt.scenario.ParamValueReader.quote(name)).append('\n');
        sb.append("description = ").append(org.sxbelt.scenario.ParamValueReader.quote(what)).append('\n');
        sb.append("scenarios = [").append(org.sxbelt.scenario.ParamValueReader.quote(setup.base())).append("]\n");
        sb.append("replications = ").append(setup.replications()).append('\n');
        sb.append("months = ").append(setup.months()).append('\n');
        sb.append("scale = ").append(setup.scale()).append('\n');
        sb.append("seed = ").append(setup.seed()).append('\n');
        sb.append("indicators = ").append(list(indicators())).append('\n');
        sb.append("levels = ").append(list(levels())).append('\n');
        sb.append("\n[design]\ntype = \"points\"\n");
        for (int j = 0; j < setup.free().size(); j++) {
            sb.append("\n[[factors]]\nkey = ").append(org.sxbelt.scenario.ParamValueReader.quote(setup.free().get(j).key())).append("\nvalues = [");
            for (int p = 0; p < candidates.size(); p++) {
                if (p > 0) sb.append(", ");
                sb.append(NumberText.exact(candidates.get(p)[j]));
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    /** The base scenario with a candidate's values: what parameter targets read. */
    Scenario pointScenario(double[] values) {
        ParamValues p = setup.baseScenario().params().copy();
        for (int j = 0; j < values.length; j++) p.set(setup.free().get(j).param(), values[j]);
        return setup.baseScenario().withParams(p);
    }

    private List<String> indicators() {
        Set<String> s = new LinkedHashSet<>();
        for (CalibrationTarget t : setup.targets()) {
            if (t.statistic() == Statistic.PARAMETER) continue;
            s.addAll(t.numerator());
            s.addAll(t.denominator());
        }
        if (s.isEmpty()) s.add("population"); // a sweep keeps at least one indicator
        return List.copyOf(s);
    }

    private List<String> levels() {
        Set<String> s = new LinkedHashSet<>();
        for (CalibrationTarget t : setup.targets()) if (t.level() != null) s.add(t.level().label());
        if (s.isEmpty()) s.add("belt");
        return List.copyOf(s);
    }

    /** One run's statistics, from its tidy run file. */
    private double[] statistics(Path runFile, Scenario point) throws IOException {
        List<CalibrationTarget> targets = setup.targets();
        int months = setup.months();
        TargetCollector c = new TargetCollector(targets, months);
        try (Reader in = Files.newBufferedReader(runFile, StandardCharsets.UTF_8); Csv.RowReader rows = new Csv.RowReader(in)) {
            Csv.Row header = rows.next();
            if (header == null) throw new IOException(runFile + ": empty");
            for (Csv.Row r = rows.next(); r != null; r = rows.next()) {
                List<String> f = r.fields();
                Integer month = SimMonthFormat.parse(f.get(0));
                Level level = ExperimentFile.levelOf(f.get(1));
                if (month == null || level == null) throw new IOException(runFile + " line " + r.line() + ": not a run row");
                c.record(month, level, f.get(2), f.get(3), "NA".equals(f.get(4)) ? Double.NaN : Double.parseDouble(f.get(4)));
            }
        }
        double[] out = new double[targets.size()];
        for (int k = 0; k < out.length; k++) {
            CalibrationTarget t = targets.get(k);
            out[k] = t.statistic() == Statistic.PARAMETER
                    ? Validation.parameterValue(point, t.numerator().get(0), t.monthTo()) : c.statistic(t);
        }
        return out;
    }

    private static String list(List<String> xs) {
        List<String> q = new ArrayList<>();
        for (String x : xs) q.add(org.sxbelt.scenario.ParamValueReader.quote(x));
        return "[" + String.join(", ", q) + "]";
    }
}
