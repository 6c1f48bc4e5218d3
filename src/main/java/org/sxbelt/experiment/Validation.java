package org.sxbelt.experiment;

import org.sxbelt.experiment.stats.MeanCi;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.TimedEvent;
import org.sxbelt.policy.Government;

import org.sxbelt.experiment.concurrent.Workers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Validation against the stylised facts: runs one scenario for several seeds (in parallel), computes
 * each target's statistic per seed from the indicators it needs (nothing else is kept), and
 * summarises across seeds with the mean, the standard deviation and a Student-t 95% confidence
 * interval of the mean. A fact is OK when the mean lies in the source's own range (a single figure:
 * ±tolerance, 10 % unless the source says otherwise), and its signed relative miss says by how much it
 * is outside ({@link CalibrationTarget#signedMiss}). Facts are counted by kind: fitted and tested facts
 * are evidence, inputs only show whether the model reproduces what it was given.
 *
 * <p>Seed {@code i} (0-based) is {@code baseSeed + i}. Runs are independent models with their own
 * random stream and results are gathered per seed and aggregated in seed order, so the report is
 * the same whatever the number of threads.
 */
public final class Validation {

    /** Confidence level of the interval. */
    public static final double CONFIDENCE = MeanCi.CONFIDENCE;

    private Validation() {}

    /**
     * What to run.
     *
     * @param scenario the scenario, with any overrides already applied
     * @param seeds    number of seeds, at least 1
     * @param baseSeed seed of the first run; run i uses baseSeed + i
     * @param scale    real persons per agent, or 0 for the scenario's run.scale
     * @param threads  worker threads, at least 1 (more than seeds is pointless, not an error)
     */
    public record Options(Scenario scenario, int seeds, long baseSeed, int scale, int threads) {
        public Options {
            if (seeds < 1) throw new IllegalArgumentException("seeds must be at least 1, got " + seeds);
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            if (scale < 0) throw new IllegalArgumentException("scale must be positive or 0, got " + scale);
        }

        public long seed(int i) { return baseSeed + i; }
    }

    /** Where the simulated mean lies; the report prints the names. */
    public enum Verdict {
        /** Within the source's range. */
        OK,
        /** Outside it. */
        MISS,
        /** No value: the statistic was NA in at least one seed. */
        NA
    }

    /**
     * Mean, sd and confidence interval of the per-seed values; unlike {@link MeanCi#of}, which leaves NA
     * values out, one NA seed makes everything NA (n stays the number of seeds): a fact is only judged
     * on every seed.
     */
    static MeanCi acrossSeeds(double[] perSeed) {
        for (double x : perSeed) {
            if (Double.isNaN(x)) return new MeanCi(perSeed.length, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return MeanCi.of(perSeed);
    }

    /** One target's result. */
    public record Outcome(CalibrationTarget target, double[] perSeed, MeanCi stats, Verdict verdict) {
        public double mean() { return stats.mean(); }

        /** The signed relative miss of the mean (0 inside the source's range; NaN for NA). */
        public double signedMiss() { return target.signedMiss(stats.mean()); }

        public CalibrationTargetKind kind() { return target.kind(); }
    }

    /** Everything the validation found, in target order. */
    public record Report(String scenario, List<Long> seeds, int scale, int months, List<Outcome> outcomes,
                         double wallSeconds, int threads) {

        /** Facts whose mean is within the source's range. */
        public int withinRange() {
            return (int) outcomes.stream().filter(o -> o.verdict() == Verdict.OK).count();
        }

        /** Facts of a kind. */
        public int count(CalibrationTargetKind kind) {
            return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
        }

        /** Facts of a kind within the source's range. */
        public int ok(CalibrationTargetKind kind) {
            return (int) outcomes.stream().filter(o -> o.kind() == kind && o.verdict() == Verdict.OK).count();
        }

        /** Whether every fitted and tested fact is OK (inputs are not evidence): what {@code --strict} asks. */
        public boolean evidenceOk() {
            return outcomes.stream().filter(o -> o.kind().isEvidence()).allMatch(o -> o.verdict() == Verdict.OK);
        }
    }

    /** Runs the scenario for every seed and checks the targets; progress messages go to {@code progress}. */
    public static Report run(List<CalibrationTarget> targets, Options o, BeltGeography geography,
                             Consumer<String> progress) {
        if (targets.isEmpty()) throw new IllegalArgumentException("no targets");
        long t0 = System.nanoTime();
        Scenario base = prepare(o);
        int scale = base.params().getInt(ParamSchema.SCALE);
        boolean needsRuns = targets.stream().anyMatch(t -> t.statistic() != Statistic.PARAMETER);
        int months = needsRuns ? CalibrationTargets.monthsNeeded(targets) : 0;

        double[][] bySeed = new double[o.seeds()][];
        if (needsRuns) {
            AtomicInteger done = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(o.threads(), o.seeds()), Workers.daemons("validate"));
            try {
                List<Future<double[]>> futures = new ArrayList<>();
                for (int i = 0; i < o.seeds(); i++) {
                    long seed = o.seed(i);
                    futures.add(pool.submit(() -> {
                        double[] r = runOne(targets, base, seed, geography);
                        if (progress != null) {
                            progress.accept(String.format(java.util.Locale.ROOT, "  seed %d done (%d/%d, %.1f s)",
                                    seed, done.incrementAndGet(), o.seeds(), (System.nanoTime() - t0) / 1e9));
                        }
                        return r;
                    }));
                }
                for (int i = 0; i < o.seeds(); i++) bySeed[i] = Workers.await(futures.get(i), "validation", RuntimeException.class);
            } finally {
                pool.shutdownNow();
            }
        }

        List<Outcome> outcomes = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            CalibrationTarget t = targets.get(k);
            double[] per = new double[o.seeds()];
            for (int i = 0; i < o.seeds(); i++) {
                per[i] = t.statistic() == Statistic.PARAMETER ? parameterValue(base, t.numerator().get(0), t.monthTo())
                        : bySeed[i][k];
            }
            outcomes.add(outcome(t, per));
        }
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < o.seeds(); i++) seeds.add(o.seed(i));
        return new Report(base.name(), List.copyOf(seeds), scale, months, List.copyOf(outcomes),
                (System.nanoTime() - t0) / 1e9, o.threads());
    }

    /** Statistics and verdict of one target from its per-seed values. */
    public static Outcome outcome(CalibrationTarget t, double[] perSeed) {
        MeanCi s = acrossSeeds(perSeed);
        Verdict v = Double.isNaN(s.mean()) ? Verdict.NA : t.withinRange(s.mean()) ? Verdict.OK : Verdict.MISS;
        return new Outcome(t, perSeed.clone(), s, v);
    }

    /** The scenario as run: scale overridden if asked, run.months just long enough for the targets. */
    private static Scenario prepare(Options o) {
        ParamValues p = o.scenario().params().copy();
        if (o.scale() > 0) p.set(ParamSchema.SCALE, o.scale());
        return o.scenario().withParams(p);
    }

    /** One seed: the statistic of every target (NaN for parameter targets, which need no run). */
    static double[] runOne(List<CalibrationTarget> targets, Scenario sc, long seed, BeltGeography geography) {
        int months = CalibrationTargets.monthsNeeded(targets);
        ParamValues p = sc.params().copy();
        p.set(ParamSchema.MONTHS, months);
        if (seed <= ParamSchema.SEED.max()) p.set(ParamSchema.SEED, seed);
        TargetCollector collector = new TargetCollector(targets, months);
        BeltModel model = new BeltModel(seed, sc.withParams(p), geography, new Government());
        model.addIndicatorSink(collector);
        model.runToEnd();
        collector.checkComplete(months);
        double[] r = new double[targets.size()];
        for (int k = 0; k < targets.size(); k++) {
            CalibrationTarget t = targets.get(k);
            r[k] = t.statistic() == Statistic.PARAMETER ? Double.NaN : collector.statistic(t);
        }
        return r;
    }

    /** A parameter's value in force in a month: the scenario's value changed by its timed events so far. */
    public static double parameterValue(Scenario sc, String key, int month) {
        Param param = ParamSchema.byKey(key);
        if (param == null) throw new IllegalArgumentException("unknown parameter key " + key);
        double v = sc.params().get(param);
        for (TimedEvent e : sc.events()) {
            if (e.month() <= month && e.param().equals(param)) v = e.value();
        }
        return v;
    }

}
