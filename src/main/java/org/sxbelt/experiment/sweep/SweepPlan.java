package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.stats.DesignFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The design points and runs of an experiment: every scenario × every factor combination of the
 * sampling plan (scenario-major: points 0..D−1 are the first scenario's plan, and so on; every
 * scenario gets the same plan), and for each point {@code replications} runs. Runs are ordered
 * (point, replicate); run {@code i} is point {@code i / R}, replicate {@code i % R}, with seed
 * {@code seed + replicate} at every point (common random numbers).
 *
 * <p>Random plans (lhs, morris) draw from the experiment's base seed, so the same file gives the
 * same design.
 */
public final class SweepPlan {

    /** One design point. {@code values[j]} is factor j's parameter value. */
    public record Point(int index, String scenario, double[] values, String group, int step) {
        public Point {
            values = values.clone();
        }

        @Override
        public double[] values() { return values.clone(); }

        public double value(int factor) { return values[factor]; }
    }

    /** One run: a design point and a replicate. */
    public record Run(int index, int point, int replicate, long seed, String id) {}

    private final Experiment experiment;
    private final List<Point> points;
    private final List<Run> runs;
    private final MorrisDesign morris;
    private final DesignFile file;

    private SweepPlan(Experiment e, List<Point> points, MorrisDesign morris) {
        this.experiment = e;
        this.points = List.copyOf(points);
        this.morris = morris;
        int pw = digits(points.size() - 1);
        int rw = digits(e.replications() - 1);
        List<Run> rs = new ArrayList<>(points.size() * e.replications());
        for (Point p : points) {
            for (int r = 0; r < e.replications(); r++) {
                String id = "p" + pad(p.index(), pw) + "-r" + pad(r, rw);
                rs.add(new Run(rs.size(), p.index(), r, e.seedOf(r), id));
            }
        }
        this.runs = Collections.unmodifiableList(rs);
        this.file = toFile();
    }

    /** Builds the design of an experiment. */
    public static SweepPlan of(Experiment e) {
        List<UnitPoint> plan = plan(e);
        MorrisDesign morris = e.type() == DesignType.MORRIS
                ? MorrisDesign.generate(e.trajectories(), e.factors().size(), e.grid(), e.seed()) : null;
        List<Point> pts = new ArrayList<>();
        for (String scenario : e.scenarios()) {
            for (UnitPoint u : plan) {
                double[] values = new double[e.factors().size()];
                for (int j = 0; j < values.length; j++) {
                    Factor f = e.factors().get(j);
                    values[j] = e.type() == DesignType.FACTORIAL ? f.levels().get((int) u.u(j)) : f.atUnit(u.u(j));
                }
                pts.add(new Point(pts.size(), scenario, values, u.group(), u.step()));
            }
        }
        return new SweepPlan(e, pts, morris);
    }

    /** The sampling plan, before it is repeated for each scenario. */
    static List<UnitPoint> plan(Experiment e) {
        int k = e.factors().size();
        return switch (e.type()) {
            case NONE -> List.of(UnitPoint.plain(new double[0]));
            case FACTORIAL -> {
                int[] counts = new int[k];
                for (int j = 0; j < k; j++) counts[j] = e.factors().get(j).levels().size();
                yield FullFactorial.points(counts);
            }
            case LHS -> LatinHypercube.sample(e.points(), k, e.seed());
            case MORRIS -> MorrisDesign.generate(e.trajectories(), k, e.grid(), e.seed()).points();
            case SOBOL -> SaltelliDesign.sample(e.samples(), k);
        };
    }

    /** Number of plan points per scenario, without building the plan. */
    static long pointsPerScenario(Experiment e) {
        int k = e.factors().size();
        return switch (e.type()) {
            case NONE -> 1;
            case FACTORIAL -> {
                long n = 1;
                for (Factor f : e.factors()) n *= f.levels().size();
                yield n;
            }
            case LHS -> e.points();
            case MORRIS -> (long) e.trajectories() * (k + 1);
            case SOBOL -> (long) e.samples() * (k + 2);
        };
    }

    public Experiment experiment() { return experiment; }

    public List<Point> points() { return points; }

    public List<Run> runs() { return runs; }

    /** The Morris trajectories (null unless the design is morris). */
    public MorrisDesign morris() { return morris; }

    /** design.csv of the plan: one row per point, factor values as the factors format them. */
    public DesignFile file() { return file; }

    private DesignFile toFile() {
        List<String> keys = new ArrayList<>();
        for (Factor f : experiment.factors()) keys.add(f.key());
        List<DesignFile.Point> rows = new ArrayList<>();
        for (Point p : points) {
            List<String> values = new ArrayList<>();
            for (int j = 0; j < keys.size(); j++) values.add(experiment.factors().get(j).format(p.value(j)));
            // group and step are empty for designs without structure (none, factorial, lhs)
            rows.add(new DesignFile.Point(p.index(), p.scenario(), values, experiment.type().label(),
                    p.group() == null ? "" : p.group(), p.step() < 0 ? "" : Integer.toString(p.step())));
        }
        return new DesignFile(keys, rows);
    }

    private static int digits(int maxValue) {
        return Integer.toString(Math.max(0, maxValue)).length();
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
