package org.sxbelt.experiment.theory;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.FirmEconomics;
import org.sxbelt.model.Relocation;
import org.sxbelt.model.SuperFirm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sxbelt.experiment.theory.LimitingSetting.text;
import static org.sxbelt.experiment.theory.SettingException.require;
import static org.sxbelt.params.ParamSchema.AGGLOMERATION;
import static org.sxbelt.params.ParamSchema.LOCATION_LOGIT_SCALE;
import static org.sxbelt.params.ParamSchema.STAY_EAST_MARGIN;

/**
 * The agglomeration threshold of the model's own location logit ({@link Relocation}). Two towns with
 * room (the others have none, so they are out of the choice set) and the same expected margin (no freight, no pairing, no dedicated park); E garment firms a month
 * weigh them against the outside option by the model's logit, in which a town's weight is its margin's
 * times (1 + same-industry firms there)^a; garment firms exit at the rate δ a month. With W the outside
 * option's weight over a town's (at no firms), the expected monthly change of town j's firms is
 * E·(1+n_j)^a / (Σ_i (1+n_i)^a + W) − δ·n_j. The symmetric steady state n* solves
 * E(1+n)^a / (2(1+n)^a + W) = δn, and an asymmetry x = n_1 − n_2 changes by E·a(1+n*)^(a−1)/D·x − δx
 * (D the denominator, unchanged to first order), which with E/D = δn* /(1+n*)^a grows iff
 * a·n* /(1+n*) &gt; 1: the threshold a* = 1 + 1/n*(a*), solved jointly.
 *
 * <p>Measured: the model's one-month entries from given firm counts, averaged over many draws of its
 * random stream (the same draws for every state, so that differences are precise), through
 * {@link Relocation#step} itself; exits remove δ·n a month in expectation, the setting's rule. For each
 * a the model's symmetric steady state is where its entries per town equal δn (between the two whole
 * numbers of firms around it), and the asymmetry's growth rate is (entries to the larger town − entries
 * to the smaller)/x − δ at x = 2 there; the model's threshold is the a where that rate is 0.
 *
 * <p>The closed form has firms entering one at a time. At a coarse scale the model's agent firm stands
 * for several real ones ({@link SuperFirm}), which enter together and are seen together by the month's
 * later candidates: at 1:1000 a garment firm of 80 is one in a group of 50, and the threshold falls to
 * about 1.09 against 1.23. The setting therefore runs at 1:{@value #SCALE} with every garment firm of the
 * industry's median size (no size dispersion), where each agent firm is one real firm.
 */
public final class LocationLogitCheck {

    private static final Industry K = Industry.GARMENTS;
    private static final double A_MAX = 5;
    /**
     * The coarsest scale at which a garment firm of the industry's median size is one agent firm
     * ({@link SuperFirm#plants} 1): the setting's firms enter one at a time, as the closed form has them.
     */
    static final int SCALE = 20;

    /** The setting: garment entrants E a month, exit rate δ, outside weight W over a town's at no firms. */
    public record Options(double entrants, double exitRate, double outside, int replicates, long seed, int scale) {
        public Options {
            require(entrants > 0 && entrants <= 50, "--entrants must be in (0, 50] firms a month, got " + text(entrants));
            require(exitRate > 0 && exitRate <= 1, "--exit-rate must be in (0, 1] a month, got " + text(exitRate));
            require(outside >= 0.1 && outside <= 1000, "--outside must be in [0.1, 1000], got " + text(outside));
            require(replicates >= 100 && replicates <= 1_000_000, "--replicates must be in [100, 1000000], got "
                    + replicates);
            require(scale >= 10 && scale <= 1000, "--scale must be in [10, 1000], got " + scale);
            require(SuperFirm.plants(K.medianWorkers(), scale) == 1, "at 1:" + scale + " an agent garment firm "
                    + "stands for " + SuperFirm.plants(K.medianWorkers(), scale) + " real ones; the closed form is "
                    + "for firms entering one at a time, at most 1:" + SCALE);
        }

        public static Options of(double entrants, double exitRate, double outside) {
            return new Options(entrants, exitRate, outside, 20_000, 1, SCALE);
        }

        /** With the number of draws per state and the seed of the first. */
        public Options withRun(int r, long s) { return new Options(entrants, exitRate, outside, r, s, scale); }
    }

    private LocationLogitCheck() {}

    public static TheoryResult run(Options o, BeltGeography geography) {
        double closed = threshold(o);
        double lo = 1, hi = A_MAX; // the bracket is the parameter's range, not built from the closed form
        double model = Double.NaN, firms = Double.NaN;
        Probe p = new Probe(o, geography);
        try {
            if (growth(o, lo, p).rate() < 0 && growth(o, hi, p).rate() > 0) {
                model = new BrentSolver(1e-4, 1e-3).solve(60, a -> growth(o, a, p).rate(), lo, hi);
                firms = growth(o, model, p).steadyState();
            }
        } finally {
            p.finish();
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("entrants", text(o.entrants()));
        inputs.put("exit_rate", text(o.exitRate()));
        inputs.put("outside", text(o.outside()));
        inputs.put("steady_state_firms_at_threshold", org.sxbelt.params.NumberText.forPeople(firms) + " (closed form "
                + org.sxbelt.params.NumberText.forPeople(steadyState(closed, o)) + ")");
        inputs.put("replicates", Integer.toString(o.replicates()));
        inputs.put("seed", Long.toString(o.seed()));
        inputs.put("scale", Integer.toString(o.scale()));
        return new TheoryResult("location-logit", inputs,
                List.of(TheoryLine.withinShare("agglomeration_threshold", model, closed, 0.05)));
    }

    /** n* solving E(1+n)^a / (2(1+n)^a + W) = δn. */
    public static double steadyState(double a, Options o) {
        double e = o.entrants(), d = o.exitRate(), w = o.outside();
        return new BrentSolver(1e-12, 1e-10).solve(500,
                n -> e * Math.pow(1 + n, a) / (2 * Math.pow(1 + n, a) + w) - d * n, 0, e / d);
    }

    /** a* = 1 + 1/n*(a*). */
    public static double threshold(Options o) {
        java.util.function.DoubleUnaryOperator h = a -> {
            double n = steadyState(a, o);
            return a * n / (1 + n) - 1;
        };
        if (h.applyAsDouble(A_MAX) <= 0) {
            throw new SettingException("the threshold lies above firm.agglomeration's range (5): more --entrants, "
                    + "a lower --exit-rate or --outside");
        }
        return new BrentSolver(1e-12, 1e-10).solve(500, h::applyAsDouble, 1, A_MAX);
    }

    /** The model's steady state per town and the growth rate of an asymmetry there, at agglomeration a. */
    record Growth(double steadyState, double rate) {}

    private static Growth growth(Options o, double a, Probe p) {
        p.agglomeration(a);
        double d = o.exitRate();
        // the whole numbers of firms around the model's steady state, where entries per town cross δn
        int m = Math.max(1, (int) Math.floor(steadyState(a, o)));
        double f0 = p.entries(m, m) - d * m, f1 = p.entries(m + 1, m + 1) - d * (m + 1);
        for (int step = 0; step < 50 && (f0 < 0 || f1 >= 0); step++) {
            if (f0 < 0 && m > 1) {
                m--;
                f1 = f0;
                f0 = p.entries(m, m) - d * m;
            } else if (f1 >= 0) {
                m++;
                f0 = f1;
                f1 = p.entries(m + 1, m + 1) - d * (m + 1);
            } else {
                break; // below one firm a town: the slope is read at one
            }
        }
        double n = m + Math.max(0, Math.min(1, f0 / (f0 - f1)));
        double s0 = (p.entries(m + 1, m - 1) - p.entries(m - 1, m + 1)) / 2;
        double s1 = (p.entries(m + 2, m) - p.entries(m, m + 2)) / 2;
        return new Growth(n, s0 + (s1 - s0) * (n - m) - d);
    }

    /** Entrants a month: the model draws an industry for each candidate, garments with its weight. */
    private static LimitingSetting setting(Options o) {
        double total = 0;
        for (Industry k : Industry.values()) total += k.relocationWeight();
        double candidates = o.entrants() * total / K.relocationWeight();
        require(candidates <= 500, "--entrants " + text(o.entrants()) + " needs " + text(candidates)
                + " candidates a month, above firm.candidatesPerMonth's 500");
        return new LimitingSetting("run.scale", Integer.toString(o.scale()), "run.months", "600",
                "firm.candidatesPerMonth", text(candidates), "firm.eastWageGrowth", "0", "policy.counterpartAid", "1",
                // every garment firm of the median size, so that each is one agent firm at the setting's scale
                "firm.sizeDispersion", "0", "firm.sizeFactor", "1",
                "firm.logisticsShare", "0", "firm.pairingBonus", "0", "firm.dedicatedParkPull", "0",
                // the agglomeration logit alone: no other force tells the two towns apart
                "firm.labourPooling", "0", "firm.inputOutputPull", "0", "firm.cropProximity", "0",
                "firm.labourReserveWeight", "0", "firm.learningSpillover", "0", "firm.rentCongestion", "0",
                "firm.wageCongestion", "0");
    }

    /**
     * A model of the setting with two open towns, whose garment firms can be set to any counts and whose
     * agglomeration exponent can be set to any value (one model serves the whole search for the threshold).
     */
    private static final class Probe {
        private static final double ROOM = 1e12;
        private final BeltModel m;
        private final Relocation relocation;
        private final Town[] towns;
        private final List<List<Firm>> firms = List.of(new ArrayList<>(), new ArrayList<>());
        private final int replicates;
        private final long seed;

        Probe(Options o, BeltGeography geography) {
            m = setting(o).model(o.seed(), geography, List::of);
            m.start();
            towns = new Town[]{m.belt().town(0), m.belt().town(1)};
            relocation = Relocation.among(List.of(towns));
            for (Town t : m.belt().towns()) { // only the two towns have room, and only they are in the choice set
                for (Industry k : Industry.values()) t.addSpace(k, -t.dedicatedSpace(k));
                t.addSpace(null, -t.freeSpace(K));
            }
            for (Town t : towns) t.addSpace(null, ROOM);
            replicates = o.replicates();
            seed = o.seed();
            // the stay-east margin that makes the outside option weigh W times a town at no firms: the model's
            // outside weight is (number of towns) x exp(lambda margin east) against exp(lambda margin) for a town
            double margin = FirmEconomics.expectedMargin(K, towns[0], m.params(), m.conditions());
            double east = margin + Math.log(o.outside() / m.belt().towns().size()) / m.params().get(LOCATION_LOGIT_SCALE);
            if (!STAY_EAST_MARGIN.accepts(east)) {
                m.finish();
                throw new SettingException("--outside " + text(o.outside()) + " needs a stay-east margin of "
                        + text(east) + ", outside firm.stayEastMargin's range " + STAY_EAST_MARGIN.allowed());
            }
            m.params().set(STAY_EAST_MARGIN, east);
        }

        void agglomeration(double a) { m.params().set(AGGLOMERATION, a); }

        void finish() { m.finish(); }

        /** Mean garment firms opening in town 1 in one month when the towns have n1 and n2. */
        double entries(int n1, int n2) {
            set(0, n1);
            set(1, n2);
            long count = 0;
            for (int r = 0; r < replicates; r++) {
                m.random.setSeed(seed * 1_000_003L + r);
                int before = m.belt().liveFirms().size();
                relocation.step(m);
                List<Firm> live = m.belt().liveFirms();
                List<Firm> opened = new ArrayList<>(live.subList(before, live.size()));
                for (Firm f : opened) {
                    if (f.industry() == K && f.town() == towns[0]) count += f.represents(); // real firms (super-firms)
                    m.firmFactory().close(f, ExitReason.PERSISTENT_LOSSES);
                }
            }
            return (double) count / replicates;
        }

        private void set(int town, int n) {
            List<Firm> list = firms.get(town);
            while (list.size() < n) list.add(m.firmFactory().openInPark(K, SourceRegion.LOCAL, towns[town], 20));
            while (list.size() > n) m.firmFactory().close(list.remove(list.size() - 1), ExitReason.PERSISTENT_LOSSES);
        }
    }
}
