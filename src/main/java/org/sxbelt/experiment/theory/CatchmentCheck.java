package org.sxbelt.experiment.theory;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sxbelt.experiment.theory.LimitingSetting.text;
import static org.sxbelt.experiment.theory.SettingException.require;

/**
 * Commuting catchments. Every county town has more park jobs at wage w than anyone would take, let anew
 * each month; everyone else farms for w0; a park job is reached by a daily commute that costs τ a month
 * per km of distance (km over the village's road quality, so a km of poor road counts for more); nobody
 * lives in a dormitory or looks beyond their own county; search opportunities arrive at
 * {@code labor.searchRate} for everyone alike. Under the expected-income rule a seeker applies exactly
 * when {@code w − τ·d > w0}: a hard catchment at {@code d = (w − w0)/τ}. Under the logit rule the share of
 * a village's seekers who apply is {@code E^β / (E^β + w0^β)} with {@code E = h(w − τd) + (1 − h)w0}
 * (h what the village believes of the town), which crosses 1/2 at the same distance, whatever h.
 *
 * <p>Lines: {@code catchment_km}, the farthest village that sent anyone (expected income) or the distance at
 * which the share applying, by 5 km bands, falls through 1/2 (logit); for expected income also the
 * applicants from beyond the catchment (0), for logit the largest z of the bands' applicants against the
 * closed form (within 4).
 */
public final class CatchmentCheck {

    public enum Rule {
        EXPECTED_INCOME("expected-income"), LOGIT("logit");

        private final String id;

        Rule(String id) { this.id = id; }

        public String id() { return id; }

        public static Rule of(String id) {
            for (Rule r : values()) if (r.id.equals(id)) return r;
            throw new SettingException("--rule must be expected-income or logit, got " + id);
        }
    }

    private static final double DAYS_BOTH_WAYS = 2 * 22;
    private static final double BAND_KM = 5;

    public record Options(double wage, double homeIncome, double costPerKm, Rule rule, double beta, int months,
                          long seed, int scale) {
        public Options {
            require(wage > 0 && wage <= 5000, "--wage must be in (0, 5000] yuan/month, got " + text(wage));
            require(homeIncome >= 0 && homeIncome < wage && homeIncome <= 3000,
                    "--home-income must be in [0, min(--wage, 3000)), got " + text(homeIncome));
            require(costPerKm > 0 && costPerKm <= DAYS_BOTH_WAYS * 10,
                    "--cost-per-km must be in (0, 440] yuan a month per km, got " + text(costPerKm));
            require(beta > 0 && beta <= 50, "--beta must be in (0, 50], got " + text(beta));
            require(months >= 24 && months <= 600, "--months must be in [24, 600], got " + months);
            require(scale >= 1 && scale <= 10_000, "--scale must be in [1, 10000], got " + scale);
        }

        public static Options of(double wage, double homeIncome, double costPerKm, Rule rule) {
            return new Options(wage, homeIncome, costPerKm, rule, 4, 60, 1, 200);
        }

        public Options withCost(double c) { return new Options(wage, homeIncome, c, rule, beta, months, seed, scale); }

        /** With the logit rule's scale. */
        public Options withBeta(double b) { return new Options(wage, homeIncome, costPerKm, rule, b, months, seed, scale); }

        /** With the run's length, seed and scale. */
        public Options withRun(int m, long s, int sc) {
            return new Options(wage, homeIncome, costPerKm, rule, beta, m, s, sc);
        }

        double catchmentKm() { return (wage - homeIncome) / costPerKm; }

    }

    private CatchmentCheck() {}

    public static TheoryResult run(Options o, BeltGeography geography) {
        double searchRate = 0.05;
        LimitingSetting setting = new LimitingSetting(
                "run.scale", Integer.toString(o.scale()), "run.months", Integer.toString(o.months()),
                "run.decisionRule", o.rule().id(), "labor.logitScale", text(o.beta()),
                "farm.netIncomePerMu", "0", "farm.sideIncome", text(o.homeIncome()), "labor.servicesWage", "20000",
                "labor.wageFloor", text(o.wage()), "labor.maxCommuteKm", "300", "labor.dormitoryCost", "5000",
                "labor.otherTowns", "false", "labor.commuteCostPerKm", text(o.costPerKm() / DAYS_BOTH_WAYS),
                "labor.searchRate", text(searchRate), "labor.peerSearchRate", "0", "policy.mobilisation", "1");
        OpenJobs jobs = new OpenJobs();
        BeltModel m = setting.model(o.seed(), geography, () -> List.of(jobs));
        m.start();
        List<Village> villages = m.belt().villages();
        int nv = villages.size();
        double[] farmerMonths = new double[nv], applied = new double[nv], expectedShare = new double[nv],
                variance = new double[nv];
        Persons ps = m.belt().persons();
        int burnIn = 12;
        for (int t = 0; t < o.months(); t++) {
            m.schedule.step(m);
            if (t < burnIn) continue;
            int[] farmers = jobs.farmersAtStart;
            double[] belief = jobs.beliefAtStart;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.isAlive(i) && ps.status(i) == Status.PARK) applied[m.belt().villageOfPerson(i)]++;
            }
            for (int v = 0; v < nv; v++) {
                if (farmers[v] == 0) continue;
                double p = searchRate * share(o, distance(villages.get(v)), belief[v]);
                farmerMonths[v] += farmers[v];
                expectedShare[v] += farmers[v] * p;
                variance[v] += farmers[v] * p * (1 - p);
            }
        }
        m.finish();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("wage", text(o.wage()));
        inputs.put("home_income", text(o.homeIncome()));
        inputs.put("cost_per_km", text(o.costPerKm()));
        inputs.put("rule", o.rule().id());
        if (o.rule() == Rule.LOGIT) inputs.put("beta", text(o.beta()));
        inputs.put("months", Integer.toString(o.months()));
        inputs.put("seed", Long.toString(o.seed()));
        inputs.put("scale", Integer.toString(o.scale()));
        double dMax = o.catchmentKm();
        List<TheoryLine> lines = new ArrayList<>();
        if (o.rule() == Rule.EXPECTED_INCOME) {
            double farthest = 0, beyond = 0;
            for (int v = 0; v < nv; v++) {
                if (applied[v] == 0) continue;
                double d = distance(villages.get(v));
                farthest = Math.max(farthest, d);
                if (d > dMax) beyond += applied[v];
            }
            lines.add(TheoryLine.withinShare("catchment_km", farthest, dMax, 0.05));
            lines.add(TheoryLine.within("applicants_beyond_catchment", beyond, 0, 0));
        } else {
            int bands = (int) Math.ceil(2 * dMax / BAND_KM) + 1;
            double[] obs = new double[bands], exp = new double[bands], var = new double[bands], seekers = new double[bands];
            for (int v = 0; v < nv; v++) {
                int b = (int) (distance(villages.get(v)) / BAND_KM);
                if (b >= bands) continue;
                obs[b] += applied[v];
                exp[b] += expectedShare[v];
                var[b] += variance[v];
                seekers[b] += farmerMonths[v] * searchRate;
            }
            double crossing = Double.NaN, worstZ = 0;
            double previous = Double.NaN;
            for (int b = 0; b < bands; b++) {
                if (var[b] > 0) worstZ = Math.max(worstZ, Math.abs(obs[b] - exp[b]) / Math.sqrt(var[b]));
                if (seekers[b] < 50) continue;
                double share = obs[b] / seekers[b];
                double mid = (b + 0.5) * BAND_KM;
                if (!Double.isNaN(previous) && Double.isNaN(crossing) && previous >= 0.5 && share < 0.5) {
                    double prevMid = mid - BAND_KM;
                    crossing = prevMid + (previous - 0.5) / (previous - share) * BAND_KM;
                }
                previous = share;
            }
            lines.add(TheoryLine.withinShare("catchment_km", crossing, dMax, 0.10));
            lines.add(TheoryLine.within("choice_share_z", worstZ, 0, 4));
        }
        return new TheoryResult("catchment", inputs, lines);
    }

    /** Distance in km of quality-1 road: what the commute's cost is proportional to. */
    static double distance(Village v) { return v.getKmToTown() / v.getRoadQuality(); }

    /** The closed-form chance that a seeker of a village at distance d applies to the town. */
    private static double share(Options o, double d, double belief) {
        double net = o.wage() - o.costPerKm() * d;
        if (net <= 1) return 0; // not an option: the pay does not cover the commute
        if (o.rule() == Rule.EXPECTED_INCOME) return net > o.homeIncome() ? 1 : 0;
        double e = belief * net + (1 - belief) * o.homeIncome();
        double stay = Math.pow(Math.max(1, o.homeIncome()), o.beta()), go = Math.pow(Math.max(1, e), o.beta());
        return go / (go + stay);
    }


    /**
     * The setting's programme: every town keeps more park jobs than anyone would take, let anew each month
     * (the month's workers are laid off and, as commuters, go home); nobody's reservation wage stands in the
     * way. It also notes, before the month's market, each village's farmers and what they believe of their
     * town.
     */
    private static final class OpenJobs implements Programme {
        private static final double JOBS = 1e6;
        private final List<Firm> firms = new ArrayList<>();
        int[] farmersAtStart = new int[0];
        double[] beliefAtStart = new double[0];

        @Override
        public void run(BeltModel m) {
            if (firms.isEmpty()) {
                for (Town t : m.belt().towns()) firms.add(m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, t, JOBS));
            }
            for (int k = 0; k < firms.size(); k++) {
                Firm f = firms.get(k);
                if (!f.isAlive()) firms.set(k, f = m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, f.town(), JOBS));
                f.addCash(1e15 - f.getCash());
                while (!f.workers().isEmpty()) m.laborMarket().layOff(m, f.workers().get(f.workers().size() - 1));
            }
            Persons ps = m.belt().persons();
            List<Village> villages = m.belt().villages();
            farmersAtStart = new int[villages.size()];
            beliefAtStart = new double[villages.size()];
            for (int i = 0; i < ps.size(); i++) {
                if (!ps.isAlive(i)) continue;
                ps.setReservationWage(i, 0);
                if (ps.status(i) == Status.FARMING) farmersAtStart[m.belt().villageOfPerson(i)]++;
            }
            for (Village v : villages) {
                beliefAtStart[v.getIndex()] = v.isUrbanWard() ? 0 : m.laborMarket().believedTownHireChance(v.getIndex(), v.town().index());
                if (v.isUrbanWard()) farmersAtStart[v.getIndex()] = 0;
            }
        }
    }
}
