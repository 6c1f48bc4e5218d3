package org.sxbelt.experiment.theory;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.Belt;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sxbelt.experiment.theory.LimitingSetting.text;
import static org.sxbelt.experiment.theory.SettingException.require;

/**
 * Harris and Todaro (1970) on the model's actual outcomes. One county town has E jobs at wage w, let
 * anew every month at random among everyone who applies there (the incumbents included; the employer is
 * kept in funds and in support so that the jobs exist whatever its accounts); everyone else
 * in the county farms for F a month, or, on common land, for the marginal product α·A·N_A^(α−1) of the
 * county's N_A farmers. Park jobs are sought from a dormitory in town (free), a seeker turned away may
 * stay in town to search again, and seekers decide by the expected-income rule with the hire chances
 * their villages' peers and they themselves believe in. The other towns hire nobody and seekers do not
 * look beyond their county.
 *
 * <p>Closed forms: with constant F the town labour force (employed plus seekers waiting in town) is
 * L_U = E·w/F, unemployment 1 − F/w and the hire rate F/w; with common land, L_U solves
 * w·E/L_U = α·A·(N − L_U)^(α−1) with N the county's farmers and town labour force together. Adding jobs
 * raises the town labour force by w/F per job with constant F, and so the number waiting unemployed
 * (the Todaro paradox). Measured: means over the second half of the run, which goes on a year at a time
 * past {@code months} (up to {@link #MAX_MONTHS}) until the town labour force has settled ({@link
 * #SETTLED}); the line {@code steady_state_drift} says whether it did. Far from the start's labour force
 * and with a low search rate the approach takes longer than the longest run: then that line fails.
 */
public final class HarrisTodaroCheck {

    /**
     * The setting. {@code farmIncome} is F for constant farm income, NaN for common land, in which case
     * {@code farmScale} A and {@code farmExponent} α are used and the town is the one whose county's
     * rural labour is nearest {@code landLabour}.
     */
    public record Options(double wage, double jobs, double farmIncome, double landLabour, double farmScale,
                          double farmExponent, int months, long seed, int scale, double searchRate) {

        public Options {
            require(wage > 0 && wage <= 5000, "--urban-wage must be in (0, 5000] yuan/month, got " + text(wage));
            require(jobs >= 1, "--jobs must be at least 1, got " + text(jobs));
            require(months >= 24 && months <= 1200, "--months must be in [24, 1200], got " + months);
            require(scale >= 1 && scale <= 10_000, "--scale must be in [1, 10000], got " + scale);
            require(jobs / scale >= 20, "--jobs / --scale must be at least 20 simulated jobs, got "
                    + text(jobs / scale) + " (lower --scale)");
            require(searchRate >= 0 && searchRate <= 1, "--search-rate must be in [0, 1], got " + text(searchRate));
            if (Double.isNaN(farmIncome)) {
                require(landLabour > jobs, "--land-labour must exceed --jobs, got " + text(landLabour));
                require(farmScale > 0, "--farm-scale must be above 0, got " + text(farmScale));
                require(farmExponent > 0 && farmExponent < 1, "--farm-exponent must be in (0, 1), got "
                        + text(farmExponent));
            } else {
                require(farmIncome > 0 && farmIncome < wage, "--farm-income must be in (0, --urban-wage), got "
                        + text(farmIncome));
            }
        }

        /** Constant farm income F. */
        public static Options constantFarmIncome(double wage, double jobs, double farmIncome) {
            return new Options(wage, jobs, farmIncome, Double.NaN, Double.NaN, Double.NaN, 240, 1, 100, 0.001);
        }

        /** Common land A·N^α shared by the county's N farmers. */
        public static Options commonLand(double wage, double jobs, double landLabour, double farmScale,
                                         double farmExponent) {
            return new Options(wage, jobs, Double.NaN, landLabour, farmScale, farmExponent, 240, 1, 100, 0.001);
        }

        public Options withRun(int months, long seed, int scale) {
            return new Options(wage, jobs, farmIncome, landLabour, farmScale, farmExponent, months, seed, scale,
                    searchRate);
        }

        public Options withJobs(double e) {
            return new Options(wage, e, farmIncome, landLabour, farmScale, farmExponent, months, seed, scale,
                    searchRate);
        }

        public Options withSearchRate(double r) {
            return new Options(wage, jobs, farmIncome, landLabour, farmScale, farmExponent, months, seed, scale, r);
        }

        boolean commonLand() { return Double.isNaN(farmIncome); }

    }

    /**
     * What the run measured (real persons), means over the second half of the {@code months} run, and the
     * town labour force's drift over the measured half (see {@link #SETTLED}).
     */
    public record Outcome(double townLabourForce, double unemployment, double realisedHireRate,
                          double believedHireRate, double landLabour, String town, int months, double drift) {}

    private HarrisTodaroCheck() {}

    public static TheoryResult run(Options o, BeltGeography geography) {
        Outcome r = measure(o, geography);
        double f = o.commonLand() ? Double.NaN : o.farmIncome();
        double labour = o.commonLand() ? commonLandSolution(o, r.landLabour()) : o.jobs() * o.wage() / f;
        double hire = Math.min(1, o.jobs() / labour); // 1 at the corner of full employment
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("urban_wage", text(o.wage()));
        inputs.put("jobs", text(o.jobs()));
        if (o.commonLand()) {
            inputs.put("land_labour", text(Math.round(r.landLabour())));
            inputs.put("farm_scale", text(o.farmScale()));
            inputs.put("farm_exponent", text(o.farmExponent()));
        } else {
            inputs.put("farm_income", text(o.farmIncome()));
        }
        inputs.put("town", r.town());
        inputs.put("months", Integer.toString(o.months()));
        inputs.put("months_run", Integer.toString(r.months()));
        inputs.put("seed", Long.toString(o.seed()));
        inputs.put("scale", Integer.toString(o.scale()));
        inputs.put("search_rate", text(o.searchRate()));
        return new TheoryResult("harris-todaro", inputs, List.of(
                TheoryLine.withinShare("town_labour_force", r.townLabourForce(), labour, 0.05),
                TheoryLine.within("unemployment_rate", r.unemployment(), 1 - hire, 0.02),
                TheoryLine.withinShare("hire_rate_realised", r.realisedHireRate(), hire, 0.05),
                TheoryLine.withinShare("hire_rate_believed", r.believedHireRate(), r.realisedHireRate(), 0.10),
                // the lines above hold in the steady state only: a run that has not settled says so here
                TheoryLine.within("steady_state_drift", r.drift(), 0, SETTLED)));
    }

    /**
     * The Todaro paradox: the town labour force's response to {@code extraJobs} more jobs, per job, beside
     * w/F (constant farm income only).
     */
    public static TheoryLine paradox(Options o, double extraJobs, BeltGeography geography) {
        if (o.commonLand()) throw new SettingException("the paradox line needs a constant --farm-income");
        double before = measure(o, geography).townLabourForce();
        double after = measure(o.withJobs(o.jobs() + extraJobs), geography).townLabourForce();
        double slope = (after - before) / extraJobs;
        return TheoryLine.withinShare("town_labour_force_per_job", slope, o.wage() / o.farmIncome(), 0.10);
    }

    /**
     * L_U in (E, N) with w·E/L_U = α·A·(N − L_U)^(α−1); or, when the land's marginal product with N − E
     * farmers is already at least w (so that not even E want the town's jobs), the corner of full
     * employment in town: L_U ≤ E with w = α·A·(N − L_U)^(α−1).
     */
    static double commonLandSolution(Options o, double n) {
        double e = o.jobs(), w = o.wage(), a = o.farmScale(), alpha = o.farmExponent();
        if (n <= e) throw new SettingException("the county's labour " + Math.round(n) + " is not above --jobs");
        UnivariateFunction excess = l -> w * e / l - alpha * a * Math.pow(n - l, alpha - 1);
        if (excess.value(e) <= 0) {
            double farmers = Math.pow(alpha * a / w, 1 / (1 - alpha)); // where the marginal product is w
            return Math.max(0, Math.min(e, n - farmers));
        }
        return new BrentSolver(1e-9, 1e-6).solve(200, excess, e, n - 1e-6 * n);
    }

    static Outcome measure(Options o, BeltGeography geography) {
        LimitingSetting setting = new LimitingSetting(
                "run.scale", Integer.toString(o.scale()), "run.months", Integer.toString(Math.min(600, o.months())), // not read: the check steps the schedule itself
               
                "run.decisionRule", "expected-income", "farm.netIncomePerMu", "0",
                "farm.sideIncome", o.commonLand() ? "0" : text(o.farmIncome()),
                "labor.servicesWage", "20000", "labor.maxCommuteKm", "0", "labor.dormitoryCost", "0",
                "labor.otherTowns", "false", "labor.careShareWomen", "0", "labor.wageFloor", text(o.wage()),
                "labor.searchRate", text(o.searchRate()), "policy.subsidyMonths", "360");
        if (o.commonLand()) {
            setting.put("farm.commonLandScale", text(o.farmScale()), "farm.commonLandExponent", text(o.farmExponent()));
        }
        JobLottery lottery = new JobLottery(o.jobs());
        BeltModel m = setting.model(o.seed(), geography, () -> List.of(lottery));
        m.start();
        Town town = o.commonLand() ? countyNearest(m, o.landLabour()) : largestTown(m);
        lottery.town = town;
        int scale = m.belt().scale();
        // Month by month: the town labour force, unemployment, land labour, realised and believed hire
        // rates (NaN in a month nobody applied).
        List<double[]> months = new ArrayList<>();
        int run = o.months();
        for (int t = 0; t < run; t++) {
            m.schedule.step(m);
            int waiting = m.employment().seekersWaitingIn(town.index());
            int employed = lottery.firm == null ? 0 : lottery.firm.getWorkerCount();
            boolean rated = town.hiring().lastApplicants() > 0;
            months.add(new double[]{(double) (employed + waiting) * scale,
                    employed + waiting == 0 ? 0 : (double) waiting / (employed + waiting),
                    (double) (farmersOf(m.belt(), town) + employed + waiting) * scale,
                    rated ? town.hiring().lastRealisedRate() : Double.NaN,
                    rated ? town.hiring().lastBelievedRate() : Double.NaN});
            // Not settled yet at the end: go on a year at a time, up to the longest run allowed.
            if (t == run - 1 && run + 12 <= MAX_MONTHS && drift(months) > SETTLED) run += 12;
        }
        m.finish();
        List<double[]> half = months.subList(months.size() / 2, months.size());
        return new Outcome(mean(half, 0), mean(half, 1), mean(half, 3), mean(half, 4), mean(half, 2), town.id(),
                months.size(), drift(months));
    }

    /** Longest run, months. */
    static final int MAX_MONTHS = 1200;
    /**
     * A run counts as settled when the town labour force's mean over the last quarter of the run is within
     * this share of its mean over the second quarter (the start of the measured half): half the 5 % the
     * labour-force line allows. (Two adjacent quarters would pass a slow approach still far from its end.)
     */
    static final double SETTLED = 0.025;

    /** |mean of the last quarter − mean of the second quarter| / their mean, of the town labour force. */
    static double drift(List<double[]> months) {
        int q = months.size() / 4;
        if (q == 0) return Double.POSITIVE_INFINITY;
        double a = mean(months.subList(q, 2 * q), 0), b = mean(months.subList(months.size() - q, months.size()), 0);
        return a + b == 0 ? 0 : Math.abs(b - a) / ((a + b) / 2);
    }

    /** Mean of column k over the months where it is a number (NaN if none is). */
    private static double mean(List<double[]> months, int k) {
        double sum = 0;
        int n = 0;
        for (double[] row : months) {
            if (Double.isNaN(row[k])) continue;
            sum += row[k];
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The setting's programme: the town's E jobs are let anew every month. Its firm's workers are laid off
     * at the start of the month (they lived in town, so they stay to search), a new firm opens when the old
     * one closed, and nobody's reservation wage stands in the way of a job (the theory has none).
     */
    private static final class JobLottery implements Programme {
        private static final double FUNDS = 1e12;
        private final double jobs;
        Town town;
        Firm firm;

        JobLottery(double jobs) { this.jobs = jobs; }

        @Override
        public void run(BeltModel m) {
            if (firm == null || !firm.isAlive()) {
                firm = m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, town, jobs);
            }
            firm.addCash(FUNDS - firm.getCash()); // the setting's jobs exist whatever the firm's accounts
            while (!firm.workers().isEmpty()) {
                m.laborMarket().layOff(m, firm.workers().get(firm.workers().size() - 1));
            }
            Persons ps = m.belt().persons();
            for (int i = 0; i < ps.size(); i++) if (ps.isAlive(i)) ps.setReservationWage(i, 0);
        }
    }

    private static Town largestTown(BeltModel m) {
        return m.belt().towns().stream().max(Comparator.comparingLong(Town::getPopulation)).orElseThrow();
    }

    /** The town whose county's farmers (real persons, at the start) are nearest {@code labour}. */
    private static Town countyNearest(BeltModel m, double labour) {
        int scale = m.belt().scale();
        return m.belt().towns().stream()
                .min(Comparator.comparingDouble(t -> Math.abs((double) farmersOf(m.belt(), t) * scale - labour)))
                .orElseThrow();
    }

    private static int farmersOf(Belt belt, Town town) {
        Persons ps = belt.persons();
        int n = 0;
        for (int i = 0; i < ps.size(); i++) {
            if (ps.isAlive(i) && ps.status(i) == Status.FARMING
                    && belt.townOfHousehold(ps.household(i)) == town.index()) n++;
        }
        return n;
    }
}
