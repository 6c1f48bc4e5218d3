package org.sxbelt.experiment.sweep;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;
import org.sxbelt.output.AtomicFiles;
import org.sxbelt.output.Fingerprint;
import org.sxbelt.output.TidyCsvWriter;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every run of one sweep shares, and the single-run code every {@link SweepEngine} calls: the
 * run's scenario (its point's factor values, months, scale and the run's seed), its fingerprint, and
 * {@link #runOne}, which writes {@code runs/<id>.csv} and its check file, or {@code runs/<id>.error.txt}.
 *
 * <p>Serializable so that a distributed engine can ship it to other machines: it carries the experiment's
 * text (parsed again there into the same design), the loaded scenarios and the geography; the design,
 * the filters and the shared histories of a branching sweep are rebuilt on first use.
 */
public final class SweepJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String experimentText;
    private final String experimentSource;
    private final LinkedHashMap<String, Scenario> scenarios;
    private final BeltGeography geography;
    /** The sweep's {@code --out}; the shared histories of a branching sweep are under it. */
    private final String outRoot;

    private transient Experiment experiment;
    private transient SweepPlan design;
    private transient Set<String> indicators;
    private transient EnumSet<Level> levels;
    private transient Histories histories;
    private transient boolean historiesMade;
    /** Tests only: called before each run (travels with the job when it is serializable). */
    private Sweep.RunHook hook;

    SweepJob(SweepPlan design, Map<String, Scenario> scenarios, BeltGeography geography, Path outRoot) {
        this.design = design;
        this.experiment = design.experiment();
        this.experimentText = experiment.text();
        this.experimentSource = experiment.source();
        this.scenarios = new LinkedHashMap<>(scenarios);
        this.geography = geography;
        this.outRoot = outRoot.toString();
    }

    /** {@code job} with another {@code --out} (sharing its parsed experiment and design). */
    private SweepJob(SweepJob job, Path outRoot) {
        this.experimentText = job.experimentText;
        this.experimentSource = job.experimentSource;
        this.scenarios = job.scenarios;
        this.geography = job.geography;
        this.outRoot = outRoot.toString();
        this.experiment = job.experiment();
        this.design = job.design();
        this.hook = job.hook;
    }

    /**
     * This job with its shared histories read from under {@code outRoot} instead of the sweep's {@code --out}:
     * an engine whose tasks do not see the folder copies a run's {@link #inputs} there first.
     */
    public SweepJob withOutRoot(Path outRoot) {
        return new SweepJob(this, outRoot);
    }

    /**
     * The files run {@code index} reads in the experiment folder (paths relative to it, with {@code /}):
     * the shared history of its seed in a branching sweep, else none.
     */
    public java.util.List<String> inputs(int index) {
        return experiment().branchFrom() == null ? java.util.List.of() : Histories.files(run(index).seed());
    }

    /** The experiment (parsed again from its text after the job travelled). */
    public synchronized Experiment experiment() {
        if (experiment == null) experiment = ExperimentFile.parse(experimentText, experimentSource, null);
        return experiment;
    }

    /** The design (rebuilt from the experiment after the job travelled). */
    public synchronized SweepPlan design() {
        if (design == null) design = SweepPlan.of(experiment());
        return design;
    }

    /** The run with index {@code i} of the design. */
    public SweepPlan.Run run(int i) {
        return design().run(i);
    }

    Map<String, Scenario> scenarios() {
        return scenarios;
    }

    void hook(Sweep.RunHook h) {
        this.hook = h;
    }

    private synchronized Set<String> indicators() {
        if (indicators == null) indicators = new HashSet<>(experiment().indicators());
        return indicators;
    }

    private synchronized EnumSet<Level> levels() {
        if (levels == null) {
            EnumSet<Level> l = EnumSet.noneOf(Level.class);
            for (String s : experiment().levels()) l.add(ExperimentFile.levelOf(s));
            levels = l;
        }
        return levels;
    }

    /** The shared past of a branching sweep, or null when every run is simulated in full. */
    synchronized Histories histories() {
        if (!historiesMade) {
            Experiment e = experiment();
            Set<String> ind = indicators();
            EnumSet<Level> lev = levels();
            histories = e.branchFrom() == null ? null : new Histories(Sweep.folder(Path.of(outRoot), e),
                    pointScenario(design().point(0)), e.branchFrom(), geography, e, lev::contains, ind::contains);
            historiesMade = true;
        }
        return histories;
    }

    /** The point's scenario with its factor values, months and scale set (the seed is set per run). */
    Scenario pointScenario(SweepPlan.Point p) {
        Experiment e = experiment();
        Scenario base = scenarios.get(p.scenario());
        ParamValues params = base.params().copy();
        for (int j = 0; j < e.factors().size(); j++) params.set(e.factors().get(j).param(), p.value(j));
        if (e.months() != null) params.set(ParamSchema.MONTHS, e.months());
        if (e.scale() != null) params.set(ParamSchema.SCALE, e.scale());
        return base.withParams(params);
    }

    /** The run's scenario: its point's, with the run's seed. */
    static Scenario runScenario(SweepPlan.Run r, Scenario point) {
        ParamValues p = point.params().copy();
        p.set(ParamSchema.SEED, r.seed());
        return point.withParams(p);
    }

    /** The fingerprint a run of this experiment with scenario {@code sc} (seed set) must carry. */
    Fingerprint fingerprint(Scenario sc) {
        return Fingerprint.ofRun(sc, experiment().indicators(), experiment().levels());
    }

    /**
     * Run {@code index} of the design into {@code folder}/runs with the single-run code; returns null, or
     * the one-line error after writing its error file.
     */
    public String runOne(Path folder, int index) throws IOException {
        SweepPlan.Run r = run(index);
        Scenario sc = runScenario(r, pointScenario(design().point(r.point())));
        return runOne(folder, r, sc, fingerprint(sc));
    }

    /** The months run {@code index} simulates. */
    int months(int index) {
        SweepPlan.Run r = run(index);
        return pointScenario(design().point(r.point())).params().getInt(ParamSchema.MONTHS);
    }

    /**
     * One run into runs/<id>.csv and its check file; returns null, or the
     * one-line error after writing runs/<id>.error.txt.
     */
    String runOne(Path folder, SweepPlan.Run r, Scenario sc, Fingerprint fp) throws IOException {
        Path target = RunFiles.runFile(folder, r.id());
        Path errorFile = RunFiles.errorFile(folder, r.id());
        Histories past = histories();
        Set<String> ind = indicators();
        EnumSet<Level> lev = levels();
        TidyCsvWriter writer = new TidyCsvWriter(target);
        try {
            if (hook != null) hook.beforeRun(r);
            if (past != null) {
                BeltModel model = past.branch(r.seed(), sc, writer);
                model.addIndicatorSink(new Filter(writer, ind, lev));
                model.runOn(month -> { });
            } else {
                BeltModel model = new BeltModel(r.seed(), sc, geography, new Government());
                model.addIndicatorSink(new Filter(writer, ind, lev));
                model.runToEnd();
            }
            writer.close();
            RunCheck check = RunCheck.write(folder, r.id(), fp);
            if (check.rows() != writer.rows()) {
                throw new IOException(target + ": " + check.rows() + " rows on disk, " + writer.rows() + " written");
            }
            AtomicFiles.deleteQuietly(errorFile);
            return null;
        } catch (Exception | StackOverflowError | AssertionError ex) {
            writer.discard();
            AtomicFiles.deleteQuietly(RunFiles.checkFile(folder, r.id()));
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) AtomicFiles.deleteQuietly(target);
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
            if (wants(level, indicator)) out.record(month, level, unit, indicator, value);
        }

        @Override
        public boolean wants(Level level, String indicator) {
            return levels.contains(level) && indicators.contains(indicator) && out.wants(level, indicator);
        }
    }
}
