package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * The distant labour markets' demand curves, market-clearing wage and return hazard (ODD §7.2.1-7.2.2), and the
 * substitution of migration for local jobs they are there to produce.
 */
class DistantMarketsTest {

    private static ParamValues defaults() {
        return Scenario.defaults().params().copy();
    }

    private static DistantMarket xinjiang() {
        return new DistantMarket(0, "xinjiang", "north Xinjiang", "北疆", false, XJ_WAGE, XJ_DEMAND, XJ_LIVING_COST,
                MANDARIN_XINJIANG, false);
    }

    @Test
    void demandAtAHigherWageIsLower() {
        ParamValues p = defaults();
        DistantMarket d = xinjiang();
        double at2015 = DistantDemand.demand(p, d, false);
        assertEquals(p.get(XJ_DEMAND), at2015, 1e-9, "the 2015 wage buys the 2015 demand");
        d.setRelativeWage(1.1);
        double dearer = DistantDemand.demand(p, d, false);
        assertTrue(dearer < at2015, dearer + " vs " + at2015);
        assertEquals(Math.pow(1.1, -p.get(DEMAND_ELASTICITY)), dearer / at2015, 1e-9, "isoelastic");
        d.setRelativeWage(0.9);
        assertTrue(DistantDemand.demand(p, d, false) > at2015);
    }

    @Test
    void theWageMovesTowardTheLevelAtWhichEmployersWantTheBeltWorkersOnOffer() {
        ParamValues p = defaults();
        DistantMarket d = xinjiang();
        double demand = p.get(XJ_DEMAND);
        assertEquals(1.0, DistantDemand.clearingWage(p, d, false, demand), 1e-12, "supply = demand at trend: trend wage");
        double crowded = DistantDemand.clearingWage(p, d, false, 1.5 * demand);
        assertEquals(Math.pow(1.5, -1 / p.get(DEMAND_ELASTICITY)), crowded, 1e-12, "D(w*) = S + U");
        d.setRelativeWage(crowded);
        assertEquals(1.5 * demand, DistantDemand.demand(p, d, false), 1e-6, "at the clearing wage they want all on offer");
        d.setRelativeWage(1);
        double next = DistantDemand.nextRelativeWage(p, d, false, 1.5 * demand);
        assertTrue(next < 1 && next > crowded, "partial adjustment: " + next);
        assertEquals(p.get(WAGE_ADJUSTMENT) * Math.log(crowded), Math.log(next), 1e-12);
        assertTrue(DistantDemand.nextRelativeWage(p, d, false, 0.5 * demand) > 1, "fewer on offer: the wage rises");
        assertEquals(1.0, DistantDemand.nextRelativeWage(p, d, false, 0), 0, "nobody on offer: no reading, the wage holds");
    }

    /**
     * In a run, fewer places for the same belt seekers (half the north-Xinjiang demand at each wage)
     * leave more of them on offer for each place wanted and lower the wage the market pays.
     */
    @Test
    void fewerPlacesForTheSameSeekersLowerTheDistantWageInARun() {
        double normal = meanWage("50000"), halved = meanWage("25000");
        assertTrue(halved < normal, "market_wage_xinjiang 2017-18: demand halved " + halved + " vs " + normal);
    }

    private static double meanWage(String demand) {
        double s = 0;
        long[] seeds = {1, 2};
        for (long seed : seeds) {
            BeltModel m = TestRuns.model(seed, TestRuns.baseline("run.scale", "1000", "run.months", "48",
                    "market.xinjiangDemand", demand));
            TestRuns.BeltSeries series = new TestRuns.BeltSeries();
            m.addIndicatorSink(series);
            m.runToEnd();
            s += series.mean("market_wage_xinjiang", 24, 48);
        }
        return s / seeds.length;
    }

    @Test
    void homesicknessFadesWithMonthsAwayAndTheCasualHabitBitesAfterTheFirstWage() {
        ParamValues p = defaults();
        DistantReturn r = new DistantReturn(p, java.util.List.of(xinjiang()));
        assertEquals(p.get(HOMESICK_RETURN), r.homesickness(1), 1e-12);
        assertTrue(r.homesickness(6) < r.homesickness(1) && r.homesickness(24) < r.homesickness(6));
        double first = r.hazard(0, 1, false), second = r.hazard(0, 2, false), late = r.hazard(0, 60, false);
        assertTrue(first > second + 0.5 * p.get(CASUAL_HABIT_SHARE), "casual habit after the first wage: " + first);
        assertTrue(second > late, second + " vs " + late);
        assertTrue(late >= p.get(FAMILY_RETURN_RATE) && late < p.get(FAMILY_RETURN_RATE) + 0.01, "family events remain");
        assertEquals((1 - p.get(ESCORT_COST_CUT)) * first, r.hazard(0, 1, true), 1e-12, "escorted: lower hazard");
    }

    /** The return hazard in the Xinjiang market when it wants {@code excess} fewer belt workers than are there. */
    private static DistantReturn returns(ParamValues p, double excess) {
        DistantMarket d = xinjiang();
        d.setExcessShare(excess);
        return new DistantReturn(p, java.util.List.of(d));
    }

    @Test
    void migrantsBeyondWhatAMarketWantsAreSentHome() {
        DistantReturn r = returns(defaults(), 0.5);
        assertTrue(r.hazard(0, 60, false) > 0.5);
        assertTrue(r.hazard(0, 60, true) < 0.05, "arranged posts are outside the curve");
    }

    /**
     * The trace's cause of a return is read off the same uniform that fell below the hazard: each cause
     * gets its slice of [0, hazard), in the order family event, homesickness, casual habit, market shrank.
     */
    @Test
    void theCauseOfAReturnSplitsTheHazardInSlices() {
        ParamValues p = defaults();
        DistantReturn r = returns(p, 0.2);
        double family = p.get(FAMILY_RETURN_RATE);
        double homesick = 1 - (1 - family) * (1 - r.homesickness(1));
        double casual = 1 - (1 - homesick) * (1 - p.get(CASUAL_HABIT_SHARE));
        double hazard = r.hazard(0, 1, false);
        assertTrue(family > 0 && homesick > family && casual > homesick && hazard > casual);
        assertEquals("returned: family event", r.cause(0, 1, false, 0.5 * family));
        assertEquals("returned: homesick", r.cause(0, 1, false, 0.5 * (family + homesick)));
        assertEquals("returned: casual habit", r.cause(0, 1, false, 0.5 * (homesick + casual)));
        assertEquals("returned: sent home (market shrank)", r.cause(0, 1, false, 0.5 * (casual + hazard)));
        double homesickLater = 1 - (1 - family) * (1 - r.homesickness(2));
        assertEquals("returned: sent home (market shrank)", r.cause(0, 2, false, homesickLater + 1e-9),
                "no casual habit after the first month");
        // Escorted: the same slices, scaled by the cut; never sent home as excess.
        double cut = 1 - p.get(ESCORT_COST_CUT);
        assertEquals("returned: family event", r.cause(0, 1, true, 0.5 * family * cut));
        assertEquals("returned: casual habit", r.cause(0, 1, true, r.hazard(0, 1, true) * 0.999));
    }

    /**
     * Migration substitutes for lost local jobs: without counterpart aid (about half the local wage jobs)
     * more belt workers hold open-market distant jobs (the ones the demand curves govern; organised
     * transfers fill arranged posts by quota) in 2019-2020 than in the baseline: over five seeds at scale
     * 100, more than 2 % more (seen: +3.9 %, higher in every seed). At scale 1000 the effect is lost in the
     * coarseness of the towns' labour markets, so the test runs at 100.
     */
    @Test
    void withoutCounterpartAidMoreWorkersMigrate() {
        long[] seeds = {1, 2, 3, 4, 5};
        double base = 0, noAid = 0;
        StringBuilder bySeed = new StringBuilder();
        for (long seed : seeds) {
            double b = migrants("baseline", seed), n = migrants("no-counterpart-aid", seed);
            base += b;
            noAid += n;
            bySeed.append(String.format(" %.0f/%.0f", n, b));
        }
        String what = "open-market distant migrants, mean of 2019-20, no aid / baseline: " + noAid / base + " (by seed" + bySeed + ")";
        System.out.println(what);
        assertTrue(noAid > 1.02 * base, what);
    }

    /**
     * One equilibrium: before the wage cleared against the stock on offer, the north-Xinjiang market
     * settled seed by seed in one of two states (2020 wage 4,504 / 5,316 / 5,564 / 4,852 / 5,281 in
     * seeds 1-5); now the baseline's seeds agree within 2 % on the wage and 5 % on belt workers there.
     */
    @Test
    void theNorthXinjiangMarketSettlesInOneStateWhateverTheSeed() {
        SummaryStatistics wage = new SummaryStatistics(), there = new SummaryStatistics();
        for (long seed = 1; seed <= 5; seed++) {
            TestRuns.BeltSeries series = baseline(seed);
            wage.addValue(series.mean("market_wage_xinjiang", 60, 72));
            there.addValue(series.mean("migrants_xinjiang", 60, 72) - series.mean("migrants_escorted_xinjiang", 60, 72));
        }
        String what = "2020 north-Xinjiang wage " + wage + " open-market migrants " + there;
        assertTrue(wage.getStandardDeviation() < 0.02 * wage.getMean(), what);
        assertTrue(there.getStandardDeviation() < 0.05 * there.getMean(), what);
    }

    /** The scenario's six-year run at scale 100, run once per scenario and seed for the tests above. */
    private static synchronized TestRuns.BeltSeries run(String scenario, long seed) {
        return RUNS.computeIfAbsent(scenario + "#" + seed, k -> {
            return TestRuns.scenarioSeries(scenario, seed, Map.of("run.scale", "100", "run.months", "72"));
        });
    }

    private static TestRuns.BeltSeries baseline(long seed) { return run("baseline", seed); }

    private static final Map<String, TestRuns.BeltSeries> RUNS = new HashMap<>();

    private static double migrants(String scenario, long seed) {
        TestRuns.BeltSeries series = run(scenario, seed);
        double open = 0;
        for (String market : new String[]{"xinjiang", "xpcc", "inland"}) {
            open += series.mean("migrants_" + market, 48, 72) - series.mean("migrants_escorted_" + market, 48, 72);
        }
        return open;
    }
}
