package org.sxbelt.experiment.calibration;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.apache.commons.math3.stat.StatUtils;
import org.sxbelt.experiment.CalibrationTarget;
import org.sxbelt.experiment.CalibrationTargetKind;
import org.sxbelt.experiment.sweep.FolderLock;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.ModelVersion;
import org.sxbelt.params.NumberText;
import org.sxbelt.params.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Estimates the free parameters of a scenario by CMA-ES ({@link CmaesSearch}) on the calibration loss
 * ({@link CalibrationLoss}) over the fitted targets, each candidate run {@code replications} times with
 * common random numbers through the sweep machinery ({@link GenerationRuns}). Writes into its folder:
 * {@code calibration.csv} (every evaluation, rewritten after each generation), {@code calibration.json}
 * (the settings a resumed calibration must share), the best candidate as a scenario file extending the
 * base ({@code <name>-fitted.toml}), {@code convergence.png}, and with a profile {@code profile.csv}.
 *
 * <p>Resuming: a calibration run again with the same settings reads calibration.csv, replays the search
 * over the losses it holds and goes on where it stopped (a generation cut short keeps its finished runs in
 * its sweep folder), so an interrupted calibration ends exactly where an uninterrupted one does. The budget
 * may be raised on a resume; anything else that changes the search is refused unless {@code force}.
 */
public final class Calibration {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    static final String SETTINGS = "calibration.json";
    static final String CHART = "convergence.png";
    static final String PROFILE = "profile.csv";
    static final String FITTED = "fitted.csv";

    /**
     * What to calibrate and how.
     *
     * @param name          the calibration's folder name under {@code out}
     * @param base          the base scenario as named by the user (built-in name or path)
     * @param baseScenario  the base scenario, loaded; the search starts from its values
     * @param targets       the whole targets table
     * @param holdout       ids of fitted targets kept out of the loss (reported as tested)
     * @param free          the free parameters
     * @param replications runs per candidate (common random numbers), at least 1
     * @param budget        most evaluations, at least 1
     * @param seed          seed of replicate 0 and of CMA-ES
     * @param scale         run.scale of the inner loop
     * @param threads       runs in parallel
     * @param sigma         CMA-ES's initial step, a share of each parameter's range
     * @param population    candidates per generation (0: CMA-ES's default)
     * @param profilePoints points of the loss profile along each parameter at the optimum (0: none)
     * @param out           folder that receives the calibration's folder
     * @param keepRuns      keep each generation's sweep folder
     * @param force         start over when the folder holds a calibration with other settings
     */
    public record Options(String name, String base, Scenario baseScenario, List<CalibrationTarget> targets,
                          Set<String> holdout, List<FreeParameter> free, int replications, int budget, long seed,
                          int scale, int threads, double sigma, int population, int profilePoints, Path out,
                          boolean keepRuns, boolean force) {
        public Options {
            targets = List.copyOf(targets);
            holdout = Set.copyOf(holdout);
            free = List.copyOf(free);
            if (replications < 1) throw new IllegalArgumentException("replications must be at least 1, got " + replications);
            if (budget < 1) throw new IllegalArgumentException("budget must be at least 1, got " + budget);
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            if (!(sigma > 0 && sigma <= 1)) throw new IllegalArgumentException("sigma must be in (0, 1], got " + sigma);
            if (population != 0 && population < 2) throw new IllegalArgumentException("population must be 0 or at least 2, got " + population);
            if (profilePoints != 0 && profilePoints < ProfileTest.MIN_POINTS) {
                throw new IllegalArgumentException("profile points must be 0 or at least " + ProfileTest.MIN_POINTS + ", got " + profilePoints);
            }
            Set<String> ids = new HashSet<>();
            for (CalibrationTarget t : targets) ids.add(t.id());
            for (String h : holdout) {
                if (!ids.contains(h)) throw new IllegalArgumentException("holdout: no target " + h);
                CalibrationTarget t = targets.stream().filter(x -> x.id().equals(h)).findFirst().orElseThrow();
                if (t.kind() != CalibrationTargetKind.FITTED) {
                    throw new IllegalArgumentException("holdout: " + h + " is " + t.kind().id() + ", not fitted: only fitted facts can be held out");
                }
            }
        }

        /** The targets in the loss: fitted and not held out. */
        public List<CalibrationTarget> fitted() {
            return targets.stream().filter(t -> t.kind() == CalibrationTargetKind.FITTED && !holdout.contains(t.id())).toList();
        }

        /** The targets reported out of sample: tested ones and the fitted ones held out. */
        public List<CalibrationTarget> outOfSample() {
            return targets.stream().filter(t -> t.kind() == CalibrationTargetKind.TESTED || holdout.contains(t.id())).toList();
        }

        int populationSize() {
            return population > 0 ? population : CmaesSearch.Settings.defaultPopulation(free.size());
        }
    }

    /** A parameter's loss profile: the loss at each point along its range, the others at the optimum. */
    public record Profile(FreeParameter parameter, double[] values, double[] losses, boolean identified) {
        public double range() {
            return StatUtils.max(losses) - StatUtils.min(losses);
        }
    }

    /** What the calibration found. */
    /** @param end CMA-ES's final search distribution, or null if no generation after the start is complete */
    public record Result(Path folder, List<CalibrationTable.Row> rows, CalibrationTable.Row best, Path fittedScenario,
                         List<Profile> profiles, SearchDistribution end, int evaluationsRun, double wallSeconds) {
        public List<CalibrationTable.Row> rows() { return List.copyOf(rows); }
    }

    private final Options o;
    private final BeltGeography geography;
    private final Consumer<String> progress;
    /** Computes each generation's runs; null: the local engine with the options' threads. */
    private org.sxbelt.experiment.sweep.SweepEngine engine;

    /** Runs the generations on {@code e} (the caller closes it) instead of the local engine. */
    public Calibration engine(org.sxbelt.experiment.sweep.SweepEngine e) {
        this.engine = e;
        return this;
    }

    public Calibration(Options options, BeltGeography geography, Consumer<String> progress) {
        this.o = options;
        this.geography = geography;
        this.progress = progress;
    }

    /** The calibration's folder. */
    public Path folder() { return o.out().resolve(o.name()); }

    public Result run() throws IOException {
        long t0 = System.nanoTime();
        Path folder = folder();
        Files.createDirectories(folder);
        try (FolderLock lock = FolderLock.acquire(folder, progress)) {
            lock.removeLeftovers(folder);
            return runLocked(folder, t0);
        }
    }

    private Result runLocked(Path folder, long t0) throws IOException {
        List<CalibrationTarget> fitted = o.fitted();
        if (fitted.isEmpty()) throw new CalibrationException("no fitted targets are left for the loss (all held out or none in the table)");
        List<CalibrationTarget> reported = new ArrayList<>(fitted);
        reported.addAll(o.outOfSample());
        List<String> ids = reported.stream().map(CalibrationTarget::id).toList();
        String settings = GSON.toJson(settings()) + "\n";
        Path settingsFile = folder.resolve(SETTINGS);
        Path table = folder.resolve(CalibrationTable.FILE_NAME);
        if (Files.exists(settingsFile) && !Files.readString(settingsFile, StandardCharsets.UTF_8).equals(settings)) {
            if (!o.force()) {
                throw new CalibrationException(folder + " holds a calibration with other settings (" + SETTINGS
                        + " differs: base, targets, parameters, replications, seed, scale, sigma, population or model): "
                        + "use --force to start over, or another --out or --name");
            }
            for (String f : List.of(CalibrationTable.FILE_NAME, PROFILE, CHART, FITTED)) AtomicFiles.deleteQuietly(folder.resolve(f));
            AtomicFiles.deleteRecursivelyQuietly(folder.resolve("generations"));
        }
        AtomicFiles.writeString(settingsFile, settings);
        List<CalibrationTable.Row> rows = Files.exists(table) ? new ArrayList<>(CalibrationTable.read(table, o.free(), ids)) : new ArrayList<>();
        Map<List<Double>, Double> known = new HashMap<>();
        for (CalibrationTable.Row r : rows) known.put(CmaesSearch.key(r.unit()), r.loss());
        if (!rows.isEmpty()) say(String.format(Locale.ROOT, "Resuming %s: %d evaluations in %s, best loss %s", o.name(),
                rows.size(), table, NumberText.data(best(rows).loss())));

        GenerationRuns runs = new GenerationRuns(new GenerationRuns.Setup(o.base(), o.baseScenario(), o.free(), reported,
                o.replications(), o.seed(), o.scale(), o.threads(), o.keepRuns()), folder, geography, this::fromSweep)
                .engine(engine);
        CmaesSearch search = new CmaesSearch(new CmaesSearch.Settings(start(), o.sigma(), o.populationSize(), o.budget(), o.seed()));
        int ran = 0;
        long searchStart = System.nanoTime();
        while (true) {
            CmaesSearch.Step step = search.next(known);
            if (step.finished()) break;
            List<double[]> values = new ArrayList<>();
            for (double[] u : step.candidates()) values.add(values(u));
            String name = String.format(Locale.ROOT, "gen-%04d", step.generation());
            double[][] stats = runs.run(name, values, "calibration " + o.name() + ", generation " + step.generation());
            for (int p = 0; p < values.size(); p++) {
                double[] u = step.candidates().get(p);
                CalibrationLoss.Value loss = CalibrationLoss.of(fitted, java.util.Arrays.copyOf(stats[p], fitted.size()));
                double[] errors = new double[reported.size()];
                for (int k = 0; k < errors.length; k++) errors[k] = CalibrationLoss.scaledError(reported.get(k), stats[p][k]);
                rows.add(new CalibrationTable.Row(rows.size(), step.generation(), loss.loss(), values.get(p), u, errors));
                known.put(CmaesSearch.key(u), loss.loss());
            }
            ran += values.size();
            AtomicFiles.writeString(table, CalibrationTable.text(o.free(), ids, rows));
            double perEval = (System.nanoTime() - searchStart) / 1e9 / ran;
            int left = Math.max(0, o.budget() - rows.size());
            CalibrationTable.Row b = best(rows);
            say(String.format(Locale.ROOT, "generation %d: %d of at most %d evaluations, best loss %s (evaluation %d), "
                            + "%.1f s per evaluation, ETA at most %s", step.generation(), rows.size(), o.budget(),
                    NumberText.data(b.loss()), b.evaluation(), perEval, org.sxbelt.experiment.sweep.SweepEstimate.duration(left * perEval)));
        }
        if (rows.isEmpty()) throw new IllegalStateException("the search asked for no evaluation");
        CalibrationTable.Row b = best(rows);
        AtomicFiles.write(folder.resolve(CHART), ConvergenceChart.png("Calibration " + o.name() + ": loss by evaluation", rows));
        SearchDistribution end = SearchDistribution.ofLastGeneration(rows, o.populationSize());
        Path fittedFile = writeFittedScenario(folder, b, end);
        List<Profile> profiles = o.profilePoints() > 0 ? profile(runs, folder, b, fitted) : List.of();
        AtomicFiles.writeString(folder.resolve(FITTED), fittedTable(b, end, profiles));
        return new Result(folder, rows, b, fittedFile, profiles, end, ran, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * fitted.csv: per parameter its bounds, the fitted value ({@link #fittedValues}), the best evaluation's
     * value, the mean and standard deviation of the last complete generation (CMA-ES's final search
     * distribution, {@link SearchDistribution}; empty before one is complete) and, with a profile, whether
     * the facts identify it.
     */
    private String fittedTable(CalibrationTable.Row best, SearchDistribution end, List<Profile> profiles) {
        StringBuilder csv = new StringBuilder("parameter,low,high,fitted,best,final_mean,final_sd,final_generation,identified\n");
        double[] v = best.values(), fit = fittedValues(o.free(), best, end);
        for (int j = 0; j < o.free().size(); j++) {
            FreeParameter f = o.free().get(j);
            String identified = profiles.isEmpty() ? "" : Boolean.toString(profiles.get(j).identified());
            csv.append(org.sxbelt.experiment.stats.Csv.line(List.of(f.key(), NumberText.exact(f.low()), NumberText.exact(f.high()),
                    NumberText.exact(fit[j]), NumberText.exact(v[j]), end == null ? "" : NumberText.exact(end.mean()[j]),
                    end == null ? "" : NumberText.exact(end.sd()[j]), end == null ? "" : Integer.toString(end.generation()),
                    identified)));
        }
        return csv.toString();
    }

    /** The lowest loss; the earliest on ties. */
    static CalibrationTable.Row best(List<CalibrationTable.Row> rows) {
        CalibrationTable.Row b = rows.get(0);
        for (CalibrationTable.Row r : rows) if (r.loss() < b.loss()) b = r;
        return b;
    }

    /** The base scenario's values in unit coordinates (clamped into the bounds). */
    private double[] start() {
        double[] u = new double[o.free().size()];
        for (int j = 0; j < u.length; j++) {
            FreeParameter f = o.free().get(j);
            u[j] = f.unit(o.baseScenario().params().get(f.param()));
        }
        return u;
    }

    private double[] values(double[] u) {
        double[] v = new double[u.length];
        for (int j = 0; j < u.length; j++) v[j] = o.free().get(j).value(u[j]);
        return v;
    }

    /**
     * Along each parameter, {@code profilePoints} values evenly over its bounds with the others at the best
     * candidate; a parameter is identified when its profile has a trend that is not noise
     * ({@link ProfileTest}).
     */
    private List<Profile> profile(GenerationRuns runs, Path folder, CalibrationTable.Row best, List<CalibrationTarget> fitted)
            throws IOException {
        List<Profile> out = new ArrayList<>();
        StringBuilder csv = new StringBuilder("parameter,value,unit,loss,identified\n");
        for (int j = 0; j < o.free().size(); j++) {
            FreeParameter f = o.free().get(j);
            List<double[]> candidates = new ArrayList<>();
            double[] units = new double[o.profilePoints()];
            for (int i = 0; i < units.length; i++) {
                units[i] = (double) i / (units.length - 1);
                double[] v = best.values();
                v[j] = f.value(units[i]);
                candidates.add(v);
            }
            double[][] stats = runs.run(String.format(Locale.ROOT, "profile-%02d", j + 1), candidates,
                    "calibration " + o.name() + ", loss profile along " + f.key());
            double[] values = new double[units.length], losses = new double[units.length];
            for (int i = 0; i < units.length; i++) {
                values[i] = candidates.get(i)[j];
                losses[i] = CalibrationLoss.of(fitted, java.util.Arrays.copyOf(stats[i], fitted.size())).loss();
            }
            Profile p = new Profile(f, values, losses, ProfileTest.identified(units, losses, 1.0 / fitted.size()));
            out.add(p);
            for (int i = 0; i < units.length; i++) {
                csv.append(org.sxbelt.experiment.stats.Csv.line(List.of(f.key(), NumberText.exact(values[i]),
                        Double.toString(units[i]), Double.toString(losses[i]), Boolean.toString(p.identified()))));
            }
            say(String.format(Locale.ROOT, "profile %d of %d: %s loss %s..%s over its range: %s", j + 1, o.free().size(),
                    f.key(), NumberText.data(StatUtils.min(losses)), NumberText.data(StatUtils.max(losses)),
                    p.identified() ? "identified" : "NOT identified by the fitted facts"));
        }
        AtomicFiles.writeString(folder.resolve(PROFILE), csv.toString());
        return out;
    }

    /**
     * The fitted values as a scenario file extending the base: the mean of CMA-ES's last complete generation
     * (rounded as the search rounds), or the best evaluation while no generation is complete. The mean, not
     * the best: with a noisy loss the lowest of hundreds of evaluations is partly a lucky draw of the seeds
     * (the winner's curse), and on fresh seeds it does no better than the mean (ODD 10.4).
     */
    public static double[] fittedValues(List<FreeParameter> free, CalibrationTable.Row best, SearchDistribution end) {
        if (end == null) return best.values();
        double[] mean = end.mean(), v = new double[mean.length];
        for (int j = 0; j < v.length; j++) v[j] = free.get(j).value(free.get(j).unit(mean[j]));
        return v;
    }

    private Path writeFittedScenario(Path folder, CalibrationTable.Row best, SearchDistribution end) throws IOException {
        String stem = o.name() + "-fitted";
        String parent = o.baseScenario().name();
        Path baseFile = Path.of(o.base());
        if (o.base().endsWith(".toml") && Files.isRegularFile(baseFile)) {
            // the file's parent is looked for next to it: a copy of the base goes with it
            Path copy = folder.resolve(baseFile.getFileName());
            if (!Files.exists(copy) || !Files.isSameFile(copy, baseFile)) AtomicFiles.write(copy, Files.readAllBytes(baseFile));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by sxbelt calibrate: ").append(end == null
                        ? "the best of the evaluations in calibration.csv (evaluation " + best.evaluation() + ", loss "
                          + NumberText.data(best.loss()) + ")"
                        : "the mean of CMA-ES's last complete generation (" + end.generation() + ", " + end.candidates()
                          + " candidates; fitted.csv has their sd and the best evaluation, " + best.evaluation() + ", loss "
                          + NumberText.data(best.loss()) + ")")
                .append(", ").append(o.fitted().size())
                .append(" fitted facts, ").append(o.replications()).append(" replication(s) at scale ").append(o.scale())
                .append(", seed ").append(o.seed()).append(".\n");
        sb.append("name = \"").append(stem).append("\"\n");
        sb.append("description = \"").append(parent).append(" with the ").append(o.free().size())
                .append(" free parameters estimated by sxbelt calibrate ").append(o.name()).append("\"\n");
        sb.append("source = \"sxbelt calibrate (docs/ODD.md 10.4); folder ").append(o.name()).append("\"\n");
        sb.append("extends = \"").append(parent).append("\"\n\n[params]\n");
        double[] v = fittedValues(o.free(), best, end);
        for (int j = 0; j < v.length; j++) {
            sb.append('"').append(o.free().get(j).key()).append("\" = ").append(NumberText.exact(v[j])).append('\n');
        }
        Path file = folder.resolve(stem + ".toml");
        AtomicFiles.writeString(file, sb.toString());
        return file;
    }

    /** What a resumed calibration must share: everything that changes the search but the budget. */
    private JsonObject settings() {
        JsonObject s = new JsonObject();
        s.addProperty("name", o.name());
        s.addProperty("base", o.base());
        s.addProperty("base_fingerprint", org.sxbelt.output.Fingerprint.ofRun(o.baseScenario(), List.of(), List.of()).hash());
        JsonArray free = new JsonArray();
        for (FreeParameter f : o.free()) {
            JsonObject x = new JsonObject();
            x.addProperty("key", f.key());
            x.addProperty("low", NumberText.exact(f.low()));
            x.addProperty("high", NumberText.exact(f.high()));
            free.add(x);
        }
        s.add("free_parameters", free);
        JsonArray fitted = new JsonArray();
        for (CalibrationTarget t : o.fitted()) fitted.add(t.id() + " " + t.indicatorText() + " " + t.levelText() + " "
                + t.unitText() + " " + t.monthsText() + " " + t.statistic() + " " + NumberText.exact(t.low()) + ".."
                + NumberText.exact(t.high()) + " tol " + NumberText.exact(t.tolerance()));
        s.add("fitted_targets", fitted);
        JsonArray oos = new JsonArray();
        for (CalibrationTarget t : o.outOfSample()) oos.add(t.id());
        s.add("out_of_sample_targets", oos);
        s.addProperty("replications", o.replications());
        s.addProperty("seed", o.seed());
        s.addProperty("scale", o.scale());
        s.addProperty("sigma", o.sigma());
        s.addProperty("population", o.populationSize());
        s.addProperty("model", ModelVersion.current().digest());
        return s;
    }

    /** The sweep's own lines are not the calibration's; its interruption notice is put in calibrate's words. */
    private void fromSweep(String line) {
        if (line.startsWith("Interrupted")) {
            say("Interrupted: " + folder() + " keeps every finished evaluation (and the finished runs of the generation "
                    + "under way); to resume, run the same calibrate command again");
        }
    }

    private void say(String line) {
        if (progress != null) progress.accept(line);
    }
}
