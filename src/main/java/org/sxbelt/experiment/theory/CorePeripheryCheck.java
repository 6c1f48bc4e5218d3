package org.sxbelt.experiment.theory;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.sxbelt.model.CesDemand;
import org.sxbelt.model.RealWageMigration;
import org.sxbelt.model.ZeroProfitWages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sxbelt.experiment.theory.LimitingSetting.text;
import static org.sxbelt.experiment.theory.SettingException.require;

/**
 * The core–periphery model of Krugman (1991) in the form of Fujita, Krugman and Venables (1999, ch. 5),
 * run through the model's own demand and migration rules: two symmetric towns {@link #KM} km apart, all
 * demand local, a share μ of income spent on manufactures (CES across varieties, elasticity σ,
 * {@link CesDemand} with iceberg freight T between the towns), 1 − μ on the farm good made by immobile
 * farmers split equally between the towns; manufacturing workers (μ of all workers) paid the zero-profit
 * wage ({@link ZeroProfitWages}) and moving monthly by real wage w/G^μ ({@link RealWageMigration}).
 *
 * <p>Closed forms, with φ = T^(1−σ): the symmetric spread is stable when φ &lt; φ_B =
 * [(σ−1−σμ)(1−μ)]/[(σ−1+σμ)(1+μ)] (the break point), and a full core is sustainable when φ &gt; φ_S,
 * φ_S the root in (0, 1) of φ^(σμ/(σ−1))·[(1+μ)φ/2 + (1−μ)/(2φ)] = 1 (the sustain point); φ_S &lt; φ_B,
 * so both are stable for T_B &lt; T &lt; T_S. The model finds each point by bisection on T over its own
 * dynamics: from a near-even start (larger town {@link #NEAR_EVEN}), does the larger town take all
 * manufacturing? From a full core, does it hold?
 */
public final class CorePeripheryCheck {

    /** Road km between the two towns (any distance: the freight per km is set to give T). */
    static final double KM = 100;
    /** A core: the larger town holds at least this share of the workers at the end. */
    static final double CORE = 0.9;
    /** The near-even start of the break-point search. */
    static final double NEAR_EVEN = 0.505;
    private static final double T_LOW = 1.01, T_HIGHEST = 64;
    private static final int BISECTIONS = 16;

    /**
     * The setting; {@code reconsider} is the share of workers reconsidering a month and
     * {@code maxMovingCost} the highest cost of moving, as a share of the real wage.
     */
    public record Options(double sigma, double mu, double freight, double startShare, double subsidy,
                          int subsidyMonths, int months, long seed, double reconsider, double maxMovingCost) {

        public Options {
            require(sigma > 1 && sigma <= 20, "--sigma must be in (1, 20], got " + text(sigma));
            require(mu > 0 && mu < 1, "--mu must be in (0, 1), got " + text(mu));
            require(mu < (sigma - 1) / sigma, "--mu must be below (sigma - 1) / sigma = " + text((sigma - 1) / sigma)
                    + " (else all manufacturing gathers in one town at any freight), got " + text(mu));
            require(freight > 1 && freight <= 10, "--freight must be in (1, 10], got " + text(freight));
            require(startShare >= 0 && startShare <= 1, "--start-share must be in [0, 1], got " + text(startShare));
            require(subsidy >= 0 && subsidy <= 1, "--subsidy must be in [0, 1], got " + text(subsidy));
            require(months >= 200 && months <= 100_000, "--months must be in [200, 100000], got " + months);
            require(subsidyMonths >= 0 && subsidyMonths < months, "--subsidy-months must be in [0, --months), got "
                    + subsidyMonths);
            require(reconsider > 0 && reconsider <= 1, "reconsider share must be in (0, 1], got " + text(reconsider));
            require(maxMovingCost > 0, "moving cost must be above 0, got " + text(maxMovingCost));
        }

        /** Defaults: start near even (0.51), no subsidy, 3000 months; a tenth reconsider monthly. */
        public static Options of(double sigma, double mu, double freight) {
            return new Options(sigma, mu, freight, 0.51, 0, 0, 3000, 1, 0.1, 0.05);
        }

        public Options withStart(double share) {
            return new Options(sigma, mu, freight, share, subsidy, subsidyMonths, months, seed, reconsider, maxMovingCost);
        }

        /** Town 1's real wage raised by the share {@code x} in the first {@code k} months. */
        public Options withSubsidy(double x, int k) {
            return new Options(sigma, mu, freight, startShare, x, k, months, seed, reconsider, maxMovingCost);
        }

        public Options withRun(int m, long s) {
            return new Options(sigma, mu, freight, startShare, subsidy, subsidyMonths, m, s, reconsider, maxMovingCost);
        }

    }

    private CorePeripheryCheck() {}

    public static TheoryResult run(Options o) {
        double share = largerTownShare(o);
        double phi = Math.pow(o.freight(), 1 - o.sigma());
        double phiB = breakPoint(o.sigma(), o.mu()), phiS = sustainPoint(o.sigma(), o.mu());
        double tB = freightOf(phiB, o.sigma()), tS = freightOf(phiS, o.sigma());
        String regime = phi >= phiB ? "core only" : phi <= phiS ? "spread only" : "both stable";
        // in the overlap both outcomes are stable states: the line asks that the model ends on one of them
        double expected = phi >= phiB ? 1 : phi <= phiS ? 0.5 : (share > 0.75 ? 1 : 0.5);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("sigma", text(o.sigma()));
        inputs.put("mu", text(o.mu()));
        inputs.put("freight", text(o.freight()));
        inputs.put("phi", round(phi));
        inputs.put("phi_break", round(phiB));
        inputs.put("phi_sustain", round(phiS));
        inputs.put("regime", regime);
        inputs.put("start_share", text(o.startShare()));
        inputs.put("subsidy", text(o.subsidy()));
        inputs.put("subsidy_months", Integer.toString(o.subsidyMonths()));
        inputs.put("months", Integer.toString(o.months()));
        inputs.put("seed", Long.toString(o.seed()) + " (deterministic)");
        return new TheoryResult("core-periphery", inputs, List.of(
                TheoryLine.within("larger_town_share", share, expected, 0.02),
                TheoryLine.withinShare("break_point_freight", modelBreakPoint(o), tB, 0.05),
                TheoryLine.withinShare("sustain_point_freight", modelSustainPoint(o), tS, 0.05)));
    }

    /** φ_B = [(σ−1−σμ)(1−μ)]/[(σ−1+σμ)(1+μ)]. */
    public static double breakPoint(double sigma, double mu) {
        return (sigma - 1 - sigma * mu) * (1 - mu) / ((sigma - 1 + sigma * mu) * (1 + mu));
    }

    /** The root in (0, 1) of φ^(σμ/(σ−1))·[(1+μ)φ/2 + (1−μ)/(2φ)] = 1 (φ = 1 is the other root). */
    public static double sustainPoint(double sigma, double mu) {
        double e = sigma * mu / (sigma - 1);
        return new BrentSolver(1e-14, 1e-12).solve(500,
                f -> Math.pow(f, e) * ((1 + mu) * f / 2 + (1 - mu) / (2 * f)) - 1, 1e-12, 1 - 1e-6);
    }

    /** T = φ^(1/(1−σ)). */
    public static double freightOf(double phi, double sigma) { return Math.pow(phi, 1 / (1 - sigma)); }

    /** The model's break point: the highest T at which a near-even start ends in a core. */
    static double modelBreakPoint(Options o) { return bisect(o, NEAR_EVEN); }

    /** The model's sustain point: the highest T at which a full core holds. */
    static double modelSustainPoint(Options o) { return bisect(o, 1); }

    /**
     * Bisection on T for the edge of "ends in a core" from {@code start}, without subsidy (true at low T;
     * the upper end of the bracket doubles until it fails); NaN when there is no edge below T = 64.
     */
    private static double bisect(Options o, double start) {
        double lo = T_LOW, hi = 2;
        if (!endsInCore(o, lo, start)) return Double.NaN;
        while (endsInCore(o, hi, start)) {
            lo = hi;
            hi *= 2;
            if (hi > T_HIGHEST) return Double.NaN;
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (endsInCore(o, mid, start)) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    private static boolean endsInCore(Options o, double freight, double start) {
        return share(o, freight, start, 0, 0) >= CORE;
    }

    /** The share of manufacturing workers in the larger town after the run of {@code o}. */
    public static double largerTownShare(Options o) {
        return share(o, o.freight(), o.startShare(), o.subsidy(), o.subsidyMonths());
    }

    private static double share(Options o, double freight, double start, double subsidy, int subsidyMonths) {
        double[][] km = {{0, KM}, {KM, 0}};
        CesDemand demand = CesDemand.overRoads(o.sigma(), km, (freight - 1) / KM);
        ZeroProfitWages market = new ZeroProfitWages(demand, o.mu());
        RealWageMigration migration = new RealWageMigration(o.reconsider(), o.maxMovingCost());
        double[] workers = {o.mu() * start, o.mu() * (1 - start)};
        double[] farm = {(1 - o.mu()) / 2, (1 - o.mu()) / 2};
        double[] real = new double[2];
        for (int month = 0; month < o.months(); month++) {
            market.solve(workers, farm);
            for (int r = 0; r < 2; r++) real[r] = market.realWage(r);
            if (month < subsidyMonths) real[0] *= 1 + subsidy;
            migration.move(workers, real);
        }
        double s = workers[0] / (workers[0] + workers[1]);
        return Math.max(s, 1 - s);
    }

    private static String round(double v) { return org.sxbelt.params.NumberText.forPeople(v); }
}
