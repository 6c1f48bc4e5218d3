package org.sxbelt.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM for a binary outcome, one box, as EMA Workbench's {@code Prim.find_box} does it (Friedman and
 * Fisher 1999; Bryant and Lempert 2010).
 *
 * <p><b>Peeling.</b> From the box around all cases, each factor offers two candidate peels: cut off the
 * cases below its {@code peelAlpha} quantile, or those above its {@code 1 − peelAlpha} quantile (of the
 * cases in the box). The candidate with the best lenient objective, (density after − density before) /
 * (cases removed), wins; ties go to the candidate leaving more factors unrestricted, then to the first
 * (factors in order, upper before lower). It is taken while it keeps the mass at least {@code minMass},
 * removes cases and has a positive objective.
 *
 * <p><b>Pasting.</b> Then each restricted limit may be moved back out: the lower one to the
 * {@code 1 − pasteAlpha} quantile of the cases between the factor's minimum and the limit (the other
 * limits kept), the upper one to the {@code pasteAlpha} quantile of those between the limit and the
 * maximum. The best candidate by the same objective is taken while it keeps the mass at least
 * {@code minMass}, adds cases, and raises the density.
 *
 * <p>Quantiles are EMA Workbench's (after sdtoolkit): the midpoint between the two order statistics
 * around {@code (n − 1) q}, moved outwards past ties, so a limit lies between data values.
 */
public final class Prim {

    /** PRIM's three settings; EMA Workbench's defaults are {@link #DEFAULTS}. */
    public record Settings(double peelAlpha, double pasteAlpha, double minMass) {

        public Settings {
            if (!(peelAlpha > 0 && peelAlpha < 0.5)) throw new IllegalArgumentException("peel alpha " + peelAlpha + " is not in (0, 0.5)");
            if (!(pasteAlpha > 0 && pasteAlpha < 0.5)) throw new IllegalArgumentException("paste alpha " + pasteAlpha + " is not in (0, 0.5)");
            if (!(minMass > 0 && minMass < 1)) throw new IllegalArgumentException("minimum mass " + minMass + " is not in (0, 1)");
        }
    }

    /** peel alpha 0.05, paste alpha 0.05, minimum mass 0.05. */
    public static final Settings DEFAULTS = new Settings(0.05, 0.05, 0.05);

    private final Cases cases;
    private final Settings settings;
    private final Box initial;
    private final List<Step> steps = new ArrayList<>();

    private Prim(Cases cases, Settings settings) {
        this.cases = cases;
        this.settings = settings;
        this.initial = Box.around(cases);
    }

    /** Peels, then pastes, and returns every box on the way. */
    public static Trajectory run(Cases cases, Settings settings) {
        if (cases.size() == 0) throw new IllegalArgumentException("no cases");
        Prim p = new Prim(cases, settings);
        int[] all = new int[cases.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        p.steps.add(Step.of(0, Step.Phase.START, p.initial, p.initial, cases, all));
        if (cases.ofInterest() > 0) {
            Candidate at = new Candidate(p.initial, all, 0);
            at = p.peel(at);
            p.paste(at);
        }
        return new Trajectory(cases, settings, p.initial, p.steps);
    }

    /** A box, the rows of the cases in it and its objective score. */
    private record Candidate(Box box, int[] rows, double objective) {}

    private Candidate peel(Candidate at) {
        while (true) {
            List<Candidate> options = new ArrayList<>();
            for (int j = 0; j < cases.dimensions(); j++) {
                double[] v = values(at.rows(), j);
                Arrays.sort(v);
                double upper = sortedQuantile(v, 1 - settings.peelAlpha());
                options.add(candidate(at, at.box().with(j, at.box().lower(j), upper), at.rows()));
                double lower = sortedQuantile(v, settings.peelAlpha());
                options.add(candidate(at, at.box().with(j, lower, at.box().upper(j)), at.rows()));
            }
            Candidate best = best(options);
            if (best == null) return at;
            double massNew = (double) best.rows().length / cases.size();
            if (massNew >= settings.minMass() && best.rows().length < at.rows().length && best.objective() > 0) {
                at = best;
                steps.add(Step.of(steps.size(), Step.Phase.PEEL, at.box(), initial, cases, at.rows()));
            } else {
                return at;
            }
        }
    }

    private void paste(Candidate at) {
        int[] all = new int[cases.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        while (true) {
            List<Candidate> options = new ArrayList<>();
            for (int j : at.box().restricted(initial)) {
                Box b = at.box();
                // lower limit: the cases between the minimum and the limit, the other limits kept
                double[] below = values(b.with(j, initial.lower(j), b.lower(j)).rowsIn(cases), j);
                double lower = below.length > 0 ? quantile(below, 1 - settings.pasteAlpha()) : initial.lower(j);
                options.add(candidate(at, b.with(j, Math.min(lower, b.lower(j)), b.upper(j)), all));
                double[] above = values(b.with(j, b.upper(j), initial.upper(j)).rowsIn(cases), j);
                double upper = above.length > 0 ? quantile(above, settings.pasteAlpha()) : initial.upper(j);
                options.add(candidate(at, b.with(j, b.lower(j), Math.max(upper, b.upper(j))), all));
            }
            Candidate best = best(options);
            if (best == null) return;
            double massNew = (double) best.rows().length / cases.size();
            if (massNew >= settings.minMass() && best.rows().length > at.rows().length && best.objective() > 0
                    && mean(best.rows()) > mean(at.rows())) {
                at = best;
                steps.add(Step.of(steps.size(), Step.Phase.PASTE, at.box(), initial, cases, at.rows()));
            } else {
                return;
            }
        }
    }

    /** The candidate box: the rows of {@code from} that are in it and the lenient objective of the move. */
    private Candidate candidate(Candidate at, Box box, int[] from) {
        int[] rows = new int[from.length];
        int k = 0;
        for (int r : from) if (box.contains(cases.x()[r])) rows[k++] = r;
        rows = Arrays.copyOf(rows, k);
        return new Candidate(box, rows, lenient(at.rows(), rows));
    }

    /** Highest objective, then most factors left unrestricted, then the first; null if there is none. */
    private Candidate best(List<Candidate> options) {
        Candidate best = null;
        int bestFree = -1;
        for (Candidate c : options) {
            int free = cases.dimensions() - c.box().restricted(initial).size();
            if (best == null || c.objective() > best.objective() || c.objective() == best.objective() && free > bestFree) {
                best = c;
                bestFree = free;
            }
        }
        return best;
    }

    /** EMA Workbench's lenient1: change of the mean per case removed or added (0 when the mean is unchanged). */
    private double lenient(int[] before, int[] after) {
        double old = mean(before);
        double now = after.length > 0 ? mean(after) : 0;
        if (old == now || before.length == after.length) return 0;
        return (now - old) / Math.abs(before.length - after.length);
    }

    private double mean(int[] rows) {
        int k = 0;
        for (int r : rows) if (cases.y()[r]) k++;
        return rows.length == 0 ? 0 : (double) k / rows.length;
    }

    private double[] values(int[] rows, int j) {
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) v[i] = cases.x()[rows[i]][j];
        return v;
    }

    /**
     * EMA Workbench's {@code get_quantile}: sort, take the two order statistics around (n − 1) q, move the
     * outer one outwards past values equal to the inner one, and return their midpoint.
     */
    static double quantile(double[] data, double q) {
        double[] d = data.clone();
        Arrays.sort(d);
        return sortedQuantile(d, q);
    }

    /** {@link #quantile} of data already in increasing order. */
    private static double sortedQuantile(double[] d, double q) {
        if (!(q > 0 && q < 1)) throw new IllegalArgumentException("quantile " + q);
        double i = (d.length - 1) * q;
        int lo = (int) Math.floor(i), hi = (int) Math.ceil(i);
        if (q > 0.5) {
            while (d[lo] == d[hi] && lo > 0) lo--;
        } else {
            while (d[lo] == d[hi] && hi < d.length - 1) hi++;
        }
        return (d[lo] + d[hi]) / 2;
    }
}
