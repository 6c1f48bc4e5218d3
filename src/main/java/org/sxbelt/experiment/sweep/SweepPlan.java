package org.sxbelt.experiment.sweep;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.experiment.stats.DesignFile;
import org.sxbelt.output.AtomicFiles;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The design points and runs of an experiment: every scenario × every factor combination of the
 * sampling plan (scenario-major: points 0..D−1 are the first scenario's plan, and so on; every
 * scenario gets the same plan), and for each point {@code replications} runs. Runs are ordered
 * (point, replicate); run {@code i} is point {@code i / R}, replicate {@code i % R}, with seed
 * {@code seed + replicate} at every design point (common random numbers).
 *
 * <p>Random plans (lhs, morris) draw from the experiment's base seed, so the same file gives the
 * same design.
 *
 * <p>Streaming (issue 16 item 6): a plan holds no list of points or runs. {@link #point(int)} and
 * {@link #run(int)} make one from its index (O(factors)); {@link #points()} and {@link #runs()} are
 * views that do the same on each {@code get}, and {@link #writeDesign} / {@link #designMatches} write
 * and compare design.csv row by row. What a plan holds is the sampling plan's own state: nothing for
 * none, factorial and sobol, the start levels and orders of the Morris trajectories (4 bytes per
 * trajectory and factor), the Latin hypercube's n × k coordinates (8 bytes each). A Sobol design of
 * 10^7 runs costs a few kB until its runs are made. {@link #file()} alone builds the whole design in
 * memory; it is for small designs (merge, reports, tests).
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
    private final IntFunction<UnitPoint> plan;
    private final int perScenario;
    private final int pointCount;
    private final int runCount;
    private final MorrisDesign morris;
    private final int pointDigits;
    private final int replicateDigits;
    private final List<Point> pointView;
    private final List<Run> runView;

    private SweepPlan(Experiment e, IntFunction<UnitPoint> plan, int perScenario, MorrisDesign morris) {
        this.experiment = e;
        this.plan = plan;
        this.perScenario = perScenario;
        this.pointCount = Math.multiplyExact(perScenario, e.scenarios().size());
        this.runCount = Math.multiplyExact(pointCount, e.replications());
        this.morris = morris;
        this.pointDigits = digits(pointCount - 1);
        this.replicateDigits = digits(e.replications() - 1);
        this.pointView = new View<>(pointCount, this::point);
        this.runView = new View<>(runCount, this::run);
    }

    /**
     * The design of an experiment (checked by {@link ExperimentFile}: at most
     * {@value ExperimentFile#MAX_RUNS} runs).
     */
    public static SweepPlan of(Experiment e) {
        long perScenario = pointsPerScenario(e);
        long runs = FullFactorial.saturatingMultiply(FullFactorial.saturatingMultiply(perScenario,
                e.scenarios().size()), e.replications());
        if (runs > ExperimentFile.MAX_RUNS) {
            throw new ExperimentException(e.source() + ": the design has " + runsText(runs) + " runs: at most "
                    + ExperimentFile.MAX_RUNS);
        }
        int k = e.factors().size();
        MorrisDesign morris = null;
        IntFunction<UnitPoint> plan;
        switch (e.type()) {
            case NONE -> plan = i -> UnitPoint.plain(new double[0]);
            case FACTORIAL -> {
                int[] counts = new int[k];
                for (int j = 0; j < k; j++) counts[j] = e.factors().get(j).levels().size();
                plan = i -> FullFactorial.point(counts, i);
            }
            case LHS -> plan = LatinHypercube.generate(e.points(), k, e.seed())::point;
            case MORRIS -> {
                morris = MorrisDesign.generate(e.trajectories(), k, e.grid(), e.seed());
                plan = morris::point;
            }
            case SOBOL -> plan = SaltelliDesign.of(e.samples(), k)::point;
            case POINTS -> plan = i -> {
                double[] u = new double[k];
                java.util.Arrays.fill(u, i); // level index i of every factor: the i-th listed point
                return UnitPoint.plain(u);
            };
            default -> throw new IllegalStateException(e.type().toString());
        }
        return new SweepPlan(e, plan, (int) perScenario, morris);
    }

    /** A run count for a message: exact, or "more than 9 x 10^18" when it saturated. */
    static String runsText(long runs) {
        return runs == Long.MAX_VALUE ? "more than 9 x 10^18" : String.format(java.util.Locale.ROOT, "%,d", runs);
    }

    /** Number of plan points per scenario, without building the plan; saturates at {@link Long#MAX_VALUE}. */
    static long pointsPerScenario(Experiment e) {
        int k = e.factors().size();
        return switch (e.type()) {
            case NONE -> 1;
            case FACTORIAL -> {
                int[] counts = new int[k];
                for (int j = 0; j < k; j++) counts[j] = e.factors().get(j).levels().size();
                yield FullFactorial.size(counts);
            }
            case LHS -> e.points();
            case MORRIS -> FullFactorial.saturatingMultiply(e.trajectories(), k + 1L);
            case SOBOL -> FullFactorial.saturatingMultiply(e.samples(), k + 2L);
            case POINTS -> e.factors().get(0).levels().size();
        };
    }

    public Experiment experiment() { return experiment; }

    public int pointCount() { return pointCount; }

    public int runCount() { return runCount; }

    /** Design point {@code index}, made from its index. */
    public Point point(int index) {
        if (index < 0 || index >= pointCount) throw new IndexOutOfBoundsException("point " + index + " of " + pointCount);
        Experiment e = experiment;
        UnitPoint u = plan.apply(index % perScenario);
        double[] values = new double[e.factors().size()];
        for (int j = 0; j < values.length; j++) {
            Factor f = e.factors().get(j);
            values[j] = e.type() == DesignType.FACTORIAL || e.type() == DesignType.POINTS ? f.levels().get((int) u.u(j)) : f.atUnit(u.u(j));
        }
        return new Point(index, e.scenarios().get(index / perScenario), values, u.group(), u.step());
    }

    /** Run {@code index}: point index / R, replicate index % R. */
    public Run run(int index) {
        if (index < 0 || index >= runCount) throw new IndexOutOfBoundsException("run " + index + " of " + runCount);
        int reps = experiment.replications();
        int point = index / reps;
        int r = index % reps;
        String id = "p" + pad(point, pointDigits) + "-r" + pad(r, replicateDigits);
        return new Run(index, point, r, experiment.seedOf(r), id);
    }

    /** The run whose id is {@code id}, or null if no run of the design has it. */
    public Run run(String id) {
        java.util.regex.Matcher m = RUN_ID.matcher(id);
        if (!m.matches() || m.group(1).length() != pointDigits || m.group(2).length() != replicateDigits) return null;
        long point, rep;
        try {
            point = Long.parseLong(m.group(1));
            rep = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            return null;
        }
        if (point >= pointCount || rep >= experiment.replications()) return null;
        Run r = run((int) (point * experiment.replications() + rep));
        return r.id().equals(id) ? r : null;
    }

    private static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("p([0-9]{1,10})-r([0-9]{1,10})");

    /** Every point, in order: a view that makes each point when asked for it. */
    public List<Point> points() { return pointView; }

    /** Every run, in order: a view that makes each run when asked for it. */
    public List<Run> runs() { return runView; }

    /** The Morris trajectories (null unless the design is morris). */
    public MorrisDesign morris() { return morris; }

    /** The factor keys, in file order (design.csv's factor columns). */
    public List<String> factorKeys() {
        List<String> keys = new ArrayList<>();
        for (Factor f : experiment.factors()) keys.add(f.key());
        return keys;
    }

    /** The row of design.csv for a point. */
    public DesignFile.Point designPoint(int index) {
        Point p = point(index);
        List<String> values = new ArrayList<>();
        for (int j = 0; j < experiment.factors().size(); j++) values.add(experiment.factors().get(j).format(p.value(j)));
        // group and step are empty for designs without structure (none, factorial, lhs)
        return new DesignFile.Point(p.index(), p.scenario(), values, experiment.type().label(),
                p.group() == null ? "" : p.group(), p.step() < 0 ? "" : Integer.toString(p.step()));
    }

    /** design.csv of the plan, built whole in memory: for small designs (merge, reports, tests). */
    public DesignFile file() {
        List<DesignFile.Point> rows = new ArrayList<>();
        for (int i = 0; i < pointCount; i++) rows.add(designPoint(i));
        return new DesignFile(factorKeys(), rows);
    }

    /** The lines of design.csv, one at a time: header first, then row {@code i - 1}. */
    private String designLine(int line) {
        StringBuilder sb = new StringBuilder();
        if (line == 0) {
            List<String> head = new ArrayList<>(List.of("point", "scenario"));
            head.addAll(factorKeys());
            head.addAll(List.of("design_type", "design_group", "design_step"));
            Csv.append(sb, head);
        } else {
            DesignFile.Point p = designPoint(line - 1);
            List<String> f = new ArrayList<>(List.of(Integer.toString(p.point()), p.scenario()));
            f.addAll(p.values());
            f.addAll(List.of(p.type(), p.group(), p.step()));
            Csv.append(sb, f);
        }
        return sb.toString();
    }

    /** Writes design.csv row by row (the same bytes as {@code file().csv()}), atomically. */
    public void writeDesign(Path target) throws IOException {
        Path temp = AtomicFiles.tempFileFor(target);
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                for (int line = 0; line <= pointCount; line++) out.write(designLine(line));
            }
            AtomicFiles.commit(temp, target);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        }
    }

    /** Whether {@code file} holds exactly this plan's design.csv, compared row by row. */
    public boolean designMatches(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            for (int line = 0; line <= pointCount; line++) {
                String want = designLine(line);
                int at = 0;
                while (at < want.length()) {
                    int n = in.read(buf, 0, Math.min(buf.length, want.length() - at));
                    if (n < 0) return false;
                    for (int c = 0; c < n; c++) if (buf[c] != want.charAt(at + c)) return false;
                    at += n;
                }
            }
            return in.read() < 0;
        }
    }

    /** A read-only list whose elements are made from their index. */
    private static final class View<T> extends AbstractList<T> implements RandomAccess {
        private final int size;
        private final IntFunction<T> make;

        View(int size, IntFunction<T> make) {
            this.size = size;
            this.make = make;
        }

        @Override
        public T get(int index) { return make.apply(index); }

        @Override
        public int size() { return size; }
    }

    private static int digits(int maxValue) {
        return Integer.toString(Math.max(0, maxValue)).length();
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
