package org.sxbelt.experiment.stats;

import org.sxbelt.params.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * Morris elementary-effects screening from the {@code morris} points of a design.
 *
 * <p>Within each trajectory (design_group) the points are taken in design_step order; consecutive steps
 * differ in exactly one factor i, and the elementary effect is
 * {@code EE = (y(step+1) − y(step)) / ((x_i(step+1) − x_i(step)) / range_i)}, where range_i is the
 * largest minus the smallest value of factor i over the Morris points (effects are per full factor
 * range, so factors in different units compare). Pairs of steps that differ in no factor or in more than
 * one are skipped (and counted). Per factor: r (number of effects), μ (mean effect), μ* (mean absolute
 * effect, Campolongo et al. 2007) and σ (sample sd of the effects, NA for r &lt; 2).
 *
 * <p>The response y of a point is supplied by the caller; the report uses the belt-wide value at the last
 * month averaged over replicates ({@link ResultsFile#lastMonthBeltMean}).
 */
public final class MorrisIndices {

    public static final String FILE_NAME = "morris.csv";
    public static final String EFFECTS_FILE_NAME = "morris-effects.csv";

    /** One elementary effect. */
    public record Effect(String indicator, String factor, String trajectory, double effect) {}

    /** The indices of one factor. */
    public record Index(String indicator, String factor, int r, double mu, double muStar, double sigma) {}

    private final List<Effect> effects;
    private final List<Index> indices;
    private final int skipped;

    private MorrisIndices(List<Effect> effects, List<Index> indices, int skipped) {
        this.effects = effects;
        this.indices = indices;
        this.skipped = skipped;
    }

    /** The indices of one indicator with the response {@code y(point)} (NaN responses give no effect). */
    public static MorrisIndices of(DesignFile design, String indicator, IntToDoubleFunction y) {
        List<DesignFile.Point> pts = design.pointsOfType("morris");
        int k = design.factors().size();
        double[] range = new double[k];
        for (int i = 0; i < k; i++) {
            double[] lh = DesignFile.range(pts, i);
            range[i] = lh[1] - lh[0];
        }
        Map<String, List<DesignFile.Point>> trajectories = new TreeMap<>(Comparator
                .comparingLong(MorrisIndices::numberOr).thenComparing(s -> s));
        for (DesignFile.Point p : pts) trajectories.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
        List<Effect> effects = new ArrayList<>();
        int skipped = 0;
        for (Map.Entry<String, List<DesignFile.Point>> t : trajectories.entrySet()) {
            List<DesignFile.Point> steps = t.getValue();
            steps.sort(Comparator.comparingLong(p -> numberOr(p.step())));
            for (int s = 0; s + 1 < steps.size(); s++) {
                DesignFile.Point a = steps.get(s), b = steps.get(s + 1);
                int changed = -1, count = 0;
                for (int i = 0; i < k; i++) {
                    if (a.value(i) != b.value(i)) {
                        changed = i;
                        count++;
                    }
                }
                if (count != 1 || !(range[changed] > 0)) {
                    skipped++;
                    continue;
                }
                double dx = (b.value(changed) - a.value(changed)) / range[changed];
                double ya = y.applyAsDouble(a.point()), yb = y.applyAsDouble(b.point());
                if (Double.isNaN(ya) || Double.isNaN(yb)) continue;
                effects.add(new Effect(indicator, design.factors().get(changed), t.getKey(), (yb - ya) / dx));
            }
        }
        List<Index> indices = new ArrayList<>();
        for (String factor : design.factors()) {
            List<Double> ee = new ArrayList<>();
            for (Effect e : effects) if (e.factor().equals(factor)) ee.add(e.effect());
            int r = ee.size();
            double[] v = new double[r], abs = new double[r];
            for (int j = 0; j < r; j++) {
                v[j] = ee.get(j);
                abs[j] = Math.abs(v[j]);
            }
            MeanCi m = MeanCi.of(v);
            indices.add(new Index(indicator, factor, r, m.mean(), MeanCi.of(abs).mean(), m.sd()));
        }
        return new MorrisIndices(List.copyOf(effects), List.copyOf(indices), skipped);
    }

    private static long numberOr(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    public List<Effect> effects() { return effects; }

    /** Indices in factor order. */
    public List<Index> indices() { return indices; }

    /** Indices by decreasing μ* (NA last). */
    public List<Index> ranked() {
        List<Index> r = new ArrayList<>(indices);
        r.sort(Comparator.comparingDouble((Index i) -> Double.isNaN(i.muStar()) ? Double.NEGATIVE_INFINITY : i.muStar())
                .reversed());
        return r;
    }

    /** Consecutive steps that did not differ in exactly one factor. */
    public int skipped() { return skipped; }

    /** {@code morris.csv}: {@code indicator,factor,r,mu,mu_star,sigma}. */
    public static String csv(List<MorrisIndices> all) {
        StringBuilder sb = new StringBuilder("indicator,factor,r,mu,mu_star,sigma\n");
        for (MorrisIndices m : all) {
            for (Index i : m.indices) {
                Csv.append(sb, List.of(i.indicator(), i.factor(), Integer.toString(i.r()),
                        NumberText.data(i.mu()), NumberText.data(i.muStar()), NumberText.data(i.sigma())));
            }
        }
        return sb.toString();
    }

    /** {@code morris-effects.csv}: {@code indicator,factor,trajectory,elementary_effect}. */
    public static String effectsCsv(List<MorrisIndices> all) {
        StringBuilder sb = new StringBuilder("indicator,factor,trajectory,elementary_effect\n");
        for (MorrisIndices m : all) {
            for (Effect e : m.effects) {
                Csv.append(sb, List.of(e.indicator(), e.factor(), e.trajectory(), NumberText.data(e.effect())));
            }
        }
        return sb.toString();
    }
}
