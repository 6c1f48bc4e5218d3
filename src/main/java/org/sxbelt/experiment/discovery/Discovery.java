package org.sxbelt.experiment.discovery;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.params.NumberText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario discovery for one condition: PRIM's trajectory over the sweep's cases, the box chosen on it,
 * the quasi-p-values of the box's limits and the resampling check, with the CSV text of each.
 *
 * <p>The box chosen is step {@code box} when it is given; otherwise the last box on the trajectory whose
 * density is at least {@code minDensity} (the box PRIM ends with, when it is dense enough; the
 * threshold plays the role of EMA Workbench's {@code threshold}); if no box is that dense, the densest.
 *
 * @param chosen the index of the chosen step
 * @param choice why that step, in words
 */
public record Discovery(OutcomeCondition condition, SweepCases data, Trajectory trajectory, int chosen, String choice,
                        List<QuasiP.Limit> limits, Resampling resampling) {

    public static final double DEFAULT_MIN_DENSITY = 0.8;
    public static final int DEFAULT_RESAMPLES = 50;
    public static final long DEFAULT_SEED = 1;
    public static final String TRAJECTORY_FILE = "discovery-trajectory.csv";
    public static final String BOX_FILE = "discovery-box.csv";
    public static final String RESAMPLING_FILE = "discovery-resampling.csv";

    /**
     * @param box        the step to choose, or null for the rule on {@code minDensity}
     * @param resamples  how many bootstrap resamples (0: no check)
     */
    public record Options(Prim.Settings settings, double minDensity, Integer box, int resamples, long seed) {

        public Options {
            if (!(minDensity >= 0 && minDensity <= 1)) throw new IllegalArgumentException("minimum density " + minDensity);
            if (resamples < 0) throw new IllegalArgumentException("resamples " + resamples);
        }
    }

    public static Options defaults() {
        return new Options(Prim.DEFAULTS, DEFAULT_MIN_DENSITY, null, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /** Runs PRIM on the cases, chooses the box and checks it. */
    public static Discovery of(OutcomeCondition condition, SweepCases data, Options o) {
        Trajectory t = Prim.run(data.cases(), o.settings());
        int chosen;
        String choice;
        if (o.box() != null) {
            if (o.box() < 0 || o.box() >= t.size()) throw new DiscoveryException("--box " + o.box()
                    + ": no such step; the trajectory's steps are 0.." + (t.size() - 1));
            chosen = o.box();
            choice = "step " + chosen + ", as asked";
        } else {
            chosen = t.lastWithDensity(o.minDensity());
            if (chosen >= 0) {
                choice = "the last box with density >= " + NumberText.exact(o.minDensity());
            } else {
                chosen = t.densest();
                choice = String.format(Locale.ROOT, "no box reaches density %s; the densest (%.3f)",
                        NumberText.exact(o.minDensity()), t.step(chosen).density());
            }
        }
        Step s = t.step(chosen);
        return new Discovery(condition, data, t, chosen, choice, QuasiP.of(t, s),
                Resampling.of(t, s, o.resamples(), o.seed()));
    }

    public Step box() { return trajectory.step(chosen); }

    /** The names of the restricted factors of a step, in factor order. */
    public List<String> restrictedNames(Step s) {
        List<String> n = new ArrayList<>();
        for (int j : s.restricted()) n.add(data.cases().factors().get(j));
        return n;
    }

    /** step,phase,coverage,density,mass,restricted_dimensions,cases,cases_of_interest,restricted_factors */
    public String trajectoryCsv() {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, List.of("step", "phase", "coverage", "density", "mass", "restricted_dimensions", "cases",
                "cases_of_interest", "restricted_factors"));
        for (Step s : trajectory.steps()) {
            Csv.append(sb, List.of(s.index(), s.phase().label(), NumberText.data(s.coverage()),
                    NumberText.data(s.density()), NumberText.data(s.mass()), s.restricted().size(), s.inBox(),
                    s.ofInterestInBox(), String.join(";", restrictedNames(s))));
        }
        return sb.toString();
    }

    /** The chosen box: step,factor,lower,upper,minimum,maximum,qp_lower,qp_upper (NA for a limit not moved). */
    public String boxCsv() {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, List.of("step", "factor", "lower", "upper", "minimum", "maximum", "qp_lower", "qp_upper"));
        for (QuasiP.Limit l : limits) {
            Csv.append(sb, List.of(chosen, l.name(), NumberText.data(l.lower()), NumberText.data(l.upper()),
                    NumberText.data(l.min()), NumberText.data(l.max()), pValue(l.pLower()), pValue(l.pUpper())));
        }
        return sb.toString();
    }

    /** A p-value in a data file: as other numbers, but below 1e-4 in scientific notation (6.6e-37, not 36 zeros). */
    static String pValue(double p) {
        return !Double.isNaN(p) && p > 0 && p < 1e-4 ? String.format(Locale.ROOT, "%.6g", p).replaceAll("\\.?0+e", "e")
                : NumberText.data(p);
    }

    /** factor,restricted_in_box,share_same_coverage,share_same_density,resamples,seed */
    public String resamplingCsv() {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, List.of("factor", "restricted_in_box", "share_same_coverage", "share_same_density", "resamples",
                "seed"));
        List<String> f = data.cases().factors();
        for (int j = 0; j < f.size(); j++) {
            Csv.append(sb, List.of(f.get(j), box().restricted().contains(j), NumberText.data(resampling.sameCoverage()[j]),
                    NumberText.data(resampling.sameDensity()[j]), resampling.resamples(), resampling.seed()));
        }
        return sb.toString();
    }
}
