package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * The demand shocks of ODD §7.3.5 and the rival destination of §7.4.2: each rule on its own, then each
 * shock's effect on the baseline, paired by seed (the same six seeds with and without the shock,
 * from 2015-01, 36 months at scale 500; the runs are identical until the shock first changes a
 * firm's orders, freight or a relocating firm's choice).
 */
class DemandShocksTest {

    private static final String SCALE = "500";
    private static final int MONTHS = 36;
    /**
     * Six seeds: with three, the jobs of the firms consumption aid buys from and the rival's draw on
     * relocations fell within seed noise whenever a change elsewhere shifted the stream (both were
     * disabled from issue 14's exit test until 2026-12-04, when they passed again on three seeds).
     */
    private static final long[] SEEDS = {11, 12, 13, 14, 15, 16};
    /** Runs by their overrides and seed, shared by the tests that compare against the same arm. */
    private static final Map<String, Map<String, Double>> RUNS = new HashMap<>();

    // ---- the rules -------------------------------------------------------------------------------

    @Test
    void widenedSanctionsReachTheIndustriesWithoutCotton() {
        ParamValues p = new ParamValues().set(SANCTIONS, 0.3);
        for (Industry k : Industry.values()) {
            double cottonOnly = FirmEconomics.outsideDemandFactor(k, p);
            assertEquals(k.cottonExposed() ? 0.7 : 1, cottonOnly, 1e-12, k.id());
            double half = FirmEconomics.outsideDemandFactor(k, p.copy().set(SANCTIONS_BREADTH, 0.5));
            assertEquals(k.cottonExposed() ? 0.7 : 0.85, half, 1e-12, k.id());
            double all = FirmEconomics.outsideDemandFactor(k, p.copy().set(SANCTIONS_BREADTH, 1));
            assertEquals(0.7, all, 1e-12, k.id());
        }
        // breadth without sanctions costs nothing
        assertEquals(1, FirmEconomics.outsideDemandFactor(Industry.ELECTRONICS, new ParamValues().set(SANCTIONS_BREADTH, 1)), 0);
    }

    @Test
    void eCommerceCutsTheFreightOfWorkshopsAndOfFoodAndCraftFirmsOnly() {
        BeltModel m = TestRuns.model(1, TestRuns.defaults("run.scale", SCALE));
        m.start();
        Town t = TestRuns.largestTown(m);
        ParamValues p = m.params();
        ParamValues online = p.copy().set(ECOMMERCE, 0.3);
        for (Industry k : Industry.values()) {
            for (boolean village : new boolean[]{false, true}) {
                // e-commerce cuts the haul to buyers, not the cost of declaring exports at customs
                double customs = CustomsClearance.costShare(k, t, p);
                double before = FirmEconomics.freightShare(k, t, village, p) - customs;
                double after = FirmEconomics.freightShare(k, t, village, online) - customs;
                boolean cut = village || k == Industry.AGRO_PROCESSING || k == Industry.CARPETS_CRAFTS;
                assertTrue(before > 0, k.id());
                assertEquals(cut ? 0.7 * before : before, after, 1e-12, k.id() + (village ? " workshop" : " park"));
            }
        }
        m.finish();
    }

    @Test
    void theRivalPullsHarderAsEasternWagesRiseAndWhereSanctionsWouldBite() {
        ParamValues p = new ParamValues();
        assertEquals(0, RivalDestination.weight(Industry.GARMENTS, 40, 1.5, p), 0, "no rival by default");
        p.set(RIVAL_PULL, 1);
        double lambda = p.get(LOCATION_LOGIT_SCALE);
        double east2015 = Math.exp(lambda * p.get(STAY_EAST_MARGIN));
        // at 2015 wages the rival weighs as much as staying east, times its pull
        assertEquals(40 * east2015, RivalDestination.weight(Industry.GARMENTS, 40, 1, p), 1e-9);
        // eastern wages up 50 %: staying east loses 0.55 x 0.5 of margin, the rival half of that
        double eastLater = Math.exp(lambda * (p.get(STAY_EAST_MARGIN) - p.get(PIECE_RATE_SHARE) * 0.5));
        double ratioLater = RivalDestination.weight(Industry.GARMENTS, 1, 1.5, p) / eastLater;
        assertEquals(Math.exp(lambda * p.get(PIECE_RATE_SHARE) * 0.25), ratioLater, 1e-9);
        assertTrue(ratioLater > 1, "the rival gains on staying east as eastern wages rise: " + ratioLater);
        // cotton sanctions: the rival gains what they would cost a garment firm in the belt, not an electronics firm
        p.set(SANCTIONS, 0.3);
        double garments = RivalDestination.weight(Industry.GARMENTS, 1, 1, p), electronics = RivalDestination.weight(Industry.ELECTRONICS, 1, 1, p);
        assertEquals(east2015, electronics, 1e-9);
        assertEquals(east2015 * Math.exp(lambda * (1 - p.get(PIECE_RATE_SHARE)) * 0.3), garments, 1e-9);
    }

    @Test
    void theScenariosSetTheirLeversAtTheirDates() {
        Scenario widen = ScenarioLoader.loadResource("sanctions-widen");
        assertEquals(0, valueAt(widen, SANCTIONS, "2020-12"), 0);
        assertEquals(0.3, valueAt(widen, SANCTIONS, "2021-01"), 0);
        assertEquals(0, valueAt(widen, SANCTIONS_BREADTH, "2022-06"), 0);
        assertEquals(1, valueAt(widen, SANCTIONS_BREADTH, "2022-07"), 0);
        Scenario aid = ScenarioLoader.loadResource("consumption-aid");
        assertEquals(0, valueAt(aid, CONSUMPTION_AID, "2018-12"), 0);
        assertEquals(146, valueAt(aid, CONSUMPTION_AID, "2025-12"), 0);
        assertEquals(0, valueAt(aid, CONSUMPTION_AID, "2026-01"), 0);
        Scenario online = ScenarioLoader.loadResource("e-commerce");
        assertEquals(0, valueAt(online, ECOMMERCE, "2017-12"), 0);
        assertEquals(0.15, valueAt(online, ECOMMERCE, "2019-12"), 0);
        assertEquals(0.3, valueAt(online, ECOMMERCE, "2020-01"), 0);
        Scenario rival = ScenarioLoader.loadResource("rival-destinations");
        assertEquals(0, valueAt(rival, RIVAL_PULL, "2017-12"), 0);
        assertEquals(20, valueAt(rival, RIVAL_PULL, "2018-01"), 0);
        assertEquals(50, valueAt(rival, RIVAL_PULL, "2021-01"), 0);
        Scenario stoppage = ScenarioLoader.loadResource("pandemic-stoppage");
        assertEquals(0, valueAt(stoppage, STOPPAGE, "2020-01"), 0);
        assertEquals(1, valueAt(stoppage, STOPPAGE, "2020-03"), 0);
        assertEquals(0, valueAt(stoppage, STOPPAGE, "2020-04"), 0);
        // the baseline has none of them at any time
        Scenario baseline = ScenarioLoader.loadDefault();
        for (Param p : List.of(SANCTIONS, SANCTIONS_BREADTH, CONSUMPTION_AID, ECOMMERCE, RIVAL_PULL, STOPPAGE)) {
            assertEquals(0, baseline.params().get(p), 0, p.key());
            for (TimedEvent e : baseline.events()) assertTrue(e.param() != p, "baseline sets " + e);
        }
    }

    /** The value of {@code p} in {@code s} during {@code month} (its start value, then its events so far). */
    private static double valueAt(Scenario s, Param p, String month) {
        int m = SimMonthFormat.parse(month), latest = Integer.MIN_VALUE;
        double v = s.params().get(p);
        for (TimedEvent e : s.events()) {
            if (e.param() == p && e.month() <= m && e.month() >= latest) {
                latest = e.month();
                v = e.value();
            }
        }
        return v;
    }

    // ---- the effects on the baseline, paired by seed ---------------------------------------------

    @Test
    void widenedSanctionsCutJobsInTheIndustriesWithoutCotton() {
        String[] cotton = {"shock.sanctions", "0.3"};
        String[] all = {"shock.sanctions", "0.3", "shock.sanctionsBreadth", "1"};
        Comparison others = compare("jobs in industries without cotton, month 36", s -> s.get("jobs_non_cotton"), all, cotton);
        Comparison cottonJobs = compare("jobs in cotton-exposed industries, month 36", s -> s.get("jobs_cotton"), all, cotton);
        System.out.println(others + "\n" + cottonJobs);
        // a 30 % loss of outside orders lays off and closes far more than a tenth of their jobs ...
        assertTrue(others.shocked < 0.9 * others.reference, others.toString());
        // ... while the cotton industries, sanctioned alike in both arms, are not cut like them (by seed they
        // differ by up to a quarter either way: the towns' labour markets and firm maps part after month 0)
        assertTrue(cottonJobs.shocked > 0.8 * cottonJobs.reference, cottonJobs.toString());
    }

    @Test
    void consumptionAidFillsTheFoodAndCraftFirmsItBuysFrom() {
        String[] aid = {"shock.consumptionAid", "146"};
        Comparison fill = compare("workers per capacity slot of agro-processing and craft firms, month 36",
                s -> s.get("fill_bought"), aid, NONE);
        Comparison others = compare("workers per capacity slot of the other firms, month 36",
                s -> s.get("fill_others"), aid, NONE);
        Comparison jobs = compare("agro-processing + crafts jobs, month 36", s -> s.get("jobs_bought"), aid, NONE);
        System.out.println(fill + "\n" + others + "\n" + jobs);
        assertTrue(fill.shocked > fill.reference + 0.03, fill.toString());
        assertTrue(Math.abs(others.shocked - others.reference) < 0.03, others.toString());
        assertTrue(jobs.shocked > jobs.reference, jobs.toString());
    }

    @Test
    void eCommerceRaisesTheMarginsOfWorkshopsAndFoodAndCraftFirmsOnly() {
        String[] online = {"shock.ecommerce", "0.3"};
        Comparison sellers = compare("profit per yuan of value added, workshops and food and craft firms, month 36",
                s -> s.get("margin_online"), online, NONE);
        Comparison others = compare("profit per yuan of value added, other park firms, month 36",
                s -> s.get("margin_others"), online, NONE);
        System.out.println(sellers + "\n" + others);
        // freight is about a fifth to a third of their value added, so a 30 % cut adds several points at
        // first; the sellers' entry and hiring it draws erode part of that by month 36 (seen: +4.2 points
        // before the town functions of issue 12 were merged, +1.1 after), so the test asks for a gain
        // that stands out against the other firms' change, not for its first-round size
        assertTrue(sellers.shocked - sellers.reference > 0.005 + Math.max(0, others.shocked - others.reference),
                sellers + "\n" + others);
        assertTrue(Math.abs(others.shocked - others.reference) < 0.02, others.toString());
    }

    /**
     * With park space never short (the ample-park-space device) and many candidates, the firms that
     * open are the firms that choose the belt: a rival abroad takes some of them. (In the baseline
     * the parks are full and the firms turned away are many, so a rival first thins the queue.) The
     * rival weighs 40: since the initial economy replays three years of entry (ODD 5.7), the towns'
     * clusters make the belt weigh more against the outside options, and a weight of 20 took only a
     * tenth of the first year's relocations (ratio 0.89, higher in one of six seeds).
     */
    @Test
    void aRivalDestinationDrawsRelocatingFirmsAwayFromTheBelt() {
        String[] ample = {"policy.initialParkSpace", "200000", "firm.candidatesPerMonth", "100"};
        String[] rival = {"policy.initialParkSpace", "200000", "firm.candidatesPerMonth", "100", "shock.rivalPull", "40"};
        Comparison c = compare("relocations in the first year", s -> s.get("relocations_year1"), rival, ample);
        System.out.println(c);
        assertTrue(c.shocked < 0.85 * c.reference, c.toString());
    }

    /**
     * The 2020 stoppage of {@code pandemic-stoppage} against the baseline, same seed: identical until
     * January 2020, then in February and March no distant pay and park pay cut to what village
     * workshops still pay.
     */
    @Test
    void thePandemicStoppageHaltsDistantAndParkPayForTwoMonths() {
        int jan = SimMonthFormat.parse("2020-01"), mar = SimMonthFormat.parse("2020-03");
        Map<String, String> settings = Map.of("run.scale", "1000", "run.months", Integer.toString(mar + 1));
        TestRuns.BeltSeries base = series(TestRuns.with(ScenarioLoader.loadDefault(), settings));
        TestRuns.BeltSeries stop = series(TestRuns.with(ScenarioLoader.loadResource("pandemic-stoppage"), settings));
        assertEquals(base.get(jan, "distant_pay"), stop.get(jan, "distant_pay"), 0, "the runs part only when the stoppage begins");
        for (int t = jan + 1; t <= mar; t++) {
            assertTrue(base.get(t, "distant_pay") > 0, "baseline distant pay in month " + t);
            assertEquals(0, stop.get(t, "distant_pay"), 0, "distant pay during the stoppage");
            double pay = stop.get(t, "firm_wage_bill") / base.get(t, "firm_wage_bill");
            assertTrue(pay < 0.7, "park firms pay nothing during the stoppage, workshops go on: wage bill x" + pay);
        }
    }

    private static TestRuns.BeltSeries series(Scenario s) {
        BeltModel m = TestRuns.model(21, s);
        TestRuns.BeltSeries series = new TestRuns.BeltSeries();
        m.addIndicatorSink(series);
        m.runToEnd();
        m.finish();
        return series;
    }

    // ---- runs ------------------------------------------------------------------------------------

    private static final String[] NONE = {};

    private record Comparison(String what, double shocked, double reference, String bySeed) {
        @Override
        public String toString() {
            return what + ": " + shocked + " with the shock vs " + reference + " (ratio "
                    + String.format(java.util.Locale.ROOT, "%.3f", shocked / reference) + "; by seed " + bySeed + ")";
        }
    }

    /** Mean over the seeds of {@code what} with {@code shocked} set from 2015 against {@code reference}. */
    private static Comparison compare(String what, ToDoubleFunction<Map<String, Double>> measure, String[] shocked,
                                      String[] reference) {
        double a = 0, b = 0;
        StringBuilder seen = new StringBuilder();
        for (long seed : SEEDS) {
            double x = measure.applyAsDouble(run(seed, shocked)), y = measure.applyAsDouble(run(seed, reference));
            a += x;
            b += y;
            seen.append(' ').append(String.format(java.util.Locale.ROOT, "%.4g/%.4g", x, y));
        }
        return new Comparison(what, a / SEEDS.length, b / SEEDS.length, seen.toString().trim());
    }

    /** The baseline with {@code keyValues} from 2015, at scale 1000 for 36 months, measured at its end. */
    private static synchronized Map<String, Double> run(long seed, String... keyValues) {
        String key = seed + " " + String.join(" ", keyValues);
        return RUNS.computeIfAbsent(key, k -> {
            String[] all = new String[keyValues.length + 4];
            all[0] = "run.scale";
            all[1] = SCALE;
            all[2] = "run.months";
            all[3] = Integer.toString(MONTHS);
            System.arraycopy(keyValues, 0, all, 4, keyValues.length);
            BeltModel m = TestRuns.model(seed, TestRuns.baseline(all));
            TestRuns.BeltSeries series = new TestRuns.BeltSeries();
            m.addIndicatorSink(series);
            m.runToEnd();
            Map<String, Double> out = new HashMap<>();
            double nonCotton = 0, cotton = 0, bought = 0;
            for (Industry i : Industry.values()) {
                double jobs = series.get(MONTHS - 1, "jobs_" + i.id());
                if (i.cottonExposed()) cotton += jobs;
                else nonCotton += jobs;
                if (DonorPurchases.buys(i)) bought += jobs;
            }
            out.put("jobs_non_cotton", nonCotton);
            out.put("jobs_cotton", cotton);
            out.put("jobs_bought", bought);
            double relocations = 0;
            for (int t = 0; t < 12; t++) relocations += series.get(t, "firm_relocations");
            out.put("relocations_year1", relocations);
            double[] workers = new double[2], capacity = new double[2], profit = new double[2], value = new double[2];
            double revenuePerOutput = m.conditions().wageIndex() * m.belt().scale();
            for (Firm f : m.belt().liveFirms()) {
                int b = DonorPurchases.buys(f.industry()) ? 1 : 0;
                workers[b] += f.getWorkerCount();
                capacity[b] += f.getCapacity();
                if (f.getLastOutput() <= 0) continue;
                int o = ECommerce.sellsOnline(f.industry(), f.village() != null) ? 1 : 0;
                profit[o] += f.getLastProfit();
                value[o] += f.getLastOutput() * f.valueAdded() * revenuePerOutput;
            }
            out.put("fill_bought", workers[1] / capacity[1]);
            out.put("fill_others", workers[0] / capacity[0]);
            out.put("margin_online", profit[1] / value[1]);
            out.put("margin_others", profit[0] / value[0]);
            m.finish();
            return out;
        });
    }
}
