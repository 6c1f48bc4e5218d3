package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.params.Scenario;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks against theory (brief, section 7).
 *
 * <h2>Harris-Todaro: expected, not nominal, wages equalise</h2>
 * Under {@code run.decisionRule = "expected-income"} a seeker applies where
 * {@code h * net + (1 - h) * fallback} is highest, a failed search away from home earning nothing.
 * The rural-urban condition h * w_town = w_farm is pinned in {@link HarrisTodaroTest}; this class
 * pins the Harris-Todaro arbitrage <em>between destinations</em>: seekers crowd into the destination with the higher
 * expected wage h * w until the queue lowers its hire rate, so in the long run expected wages
 * equalise while nominal wages stay apart, and a higher wage at one destination is met by a longer
 * queue there rather than by a higher expected wage.
 *
 * <p>Limiting setting (schema defaults, no timed events): farm income is zero and side income
 * {@value #FALLBACK}, so every seeker's fallback is the same; commuting and dormitories are
 * free, so the town job pays every seeker exactly the wage floor; the only jobs are one park firm
 * with {@value #PARK_VACANCIES} vacancies in the belt's largest town (closed and reopened fresh each
 * month, so its vacancies are the same every month) and one distant market (north Xinjiang, net
 * {@value #XJ_NET} yuan, Mandarin requirement off) with a fixed number of jobs; no workshops, firm
 * entry, other markets, training or wage growth; reservation wages are reset to a token 2 yuan each
 * month so that past jobs do not filter options. Seekers outside the distant-market age band or with
 * care duties can only take the town job: they keep the town's hire rate moving.
 *
 * <p>Quantities: <em>perceived</em> hire rates are the mean chances the month's applicants believed in
 * ({@code HiringTally.lastBelievedRate}); <em>realised</em> rates are
 * hires over applicants, counted each month (applicants to the town are recovered from the town's
 * own hire-rate update, and the remainder of all applicants, who are rejected or hired, went to the
 * market; the market's hire-rate update is checked against that count).
 *
 * <h2>Commuting catchments shrink with travel cost</h2>
 * Mean home-to-town km of park workers falls when {@code labor.commuteCostPerKm} rises from 0.1 to
 * 2.0, over several seeds of the baseline.
 */
class TheoryChecksTest {

    private static final int PARK_VACANCIES = 10;
    /** Every seeker's income at home: what both destinations are arbitraged against. */
    private static final double FALLBACK = 300;
    private static final double XJ_WAGE = 4000;
    private static final double XJ_LIVING = 700;
    private static final double XJ_NET = XJ_WAGE - XJ_LIVING;
    private static final int BURN_IN = 24;
    private static final int MONTHS = 180;

    /** Long-run averages of one Harris-Todaro run. */
    record HtStats(double parkWage, double perceivedPark, double perceivedMarket, double parkApplicants,
                   double parkHires, double marketApplicants, double marketHires) {

        /** Perceived expected wages h * net of the town job and of the distant market. */
        double perceivedParkIncome() { return perceivedPark * parkWage; }
        /** A seeker who goes away pays the living cost there whether hired or not (JobOption.expected). */
        double perceivedMarketIncome() { return perceivedMarket * XJ_WAGE - XJ_LIVING; }
        double realisedParkIncome() { return parkHires / parkApplicants * parkWage; }
        double realisedMarketIncome() { return marketHires / marketApplicants * XJ_WAGE - XJ_LIVING; }
        double parkApplicantsPerVacancy() { return parkApplicants / PARK_VACANCIES; }
    }

    private static HtStats harrisTodaro(long seed, double parkWage, int marketJobs) {
        Scenario s = TestRuns.noNewFirms(
                "run.scale", "1000", "run.decisionRule", "expected-income",
                "farm.netIncomePerMu", "0", "farm.sideIncome", Double.toString(FALLBACK), "labor.servicesWage", "20000",
                "labor.commuteCostPerKm", "0", "labor.dormitoryCost", "0",
                "labor.wageFloor", Double.toString(parkWage), "labor.wageGrowth", "0",
                "market.xinjiangWage", Double.toString(XJ_WAGE), "market.xinjiangLivingCost", Double.toString(XJ_LIVING),
                "market.xinjiangDemand", Integer.toString(marketJobs * 1000), "market.demandElasticity", "0",
                "market.wageAdjustment", "0", "market.xpccDemand", "0", "market.inlandDemand", "0",
                "labor.mandarinXinjiang", "0", "labor.familyReturnRate", "1", "labor.homesickReturn", "0",
                "labor.searchRate", "0.03", "labor.peerSearchRate", "0", "labor.reservationDecay", "0.5",
                "policy.trainingSeats", "0", "firm.productivityDispersion", "0",
                "health.illnessRate", "0"); // an ill migrant leaves within the month, outside the identity counted

        BeltModel m = TestRuns.model(seed, s);
        m.start();
        Persons ps = m.belt().persons();
        Town town = TestRuns.largestTown(m);
        DistantMarket xj = m.belt().market(0);
        assertEquals(Status.MIGRANT_XJ, xj.status());
        double perceivedPark = 0, perceivedMarket = 0, parkApplicants = 0, parkHires = 0, marketApplicants = 0,
                marketHires = 0;
        for (int t = 0; t < MONTHS; t++) {
            TestRuns.closeEveryFirm(m);
            for (int i = 0; i < ps.size(); i++) if (ps.isAlive(i)) ps.setReservationWage(i, 2);
            Firm park = m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, town,
                    PARK_VACANCIES * m.belt().scale());
            assertEquals(PARK_VACANCIES, park.vacancies());

            m.schedule.step(m);

            int hp = park.getWorkerCount();
            int hx = 0, rejected = 0;
            for (int i = 0; i < ps.size(); i++) {
                if (!ps.isAlive(i)) continue;
                if (ps.status(i) == Status.MIGRANT_XJ && ps.tenure(i) == 1) hx++;
                else if (ps.reservationWage(i) == 1f) rejected++;
            }
            int up = town.hiring().lastApplicants();
            int ux = xj.hiring().lastApplicants();
            assertTrue(up >= hp && ux >= hx, "month " + t + ": applicants " + up + "/" + ux);
            assertEquals(hx, xj.hiring().lastHires(), "month " + t + ": market hires counted as the market counted them");
            if (t < BURN_IN) continue;
            perceivedPark += up > 0 ? town.hiring().lastBelievedRate() : 0;
            perceivedMarket += ux > 0 ? xj.hiring().lastBelievedRate() : 0;
            parkApplicants += up;
            parkHires += hp;
            marketApplicants += ux;
            marketHires += hx;
        }
        m.finish();
        int n = MONTHS - BURN_IN;
        return new HtStats(parkWage, perceivedPark / n, perceivedMarket / n, parkApplicants / n, parkHires / n,
                marketApplicants / n, marketHires / n);
    }

    // ---- Harris-Todaro ------------------------------------------------------------------------

    private static final int QUEUED_MARKET_JOBS = 10;
    private static final long[] SEEDS = {1, 2, 3};

    /** Runs shared by the tests of this class (each setting is simulated once). */
    private static final java.util.Map<String, HtStats> POOLED = new java.util.HashMap<>();

    private static synchronized HtStats pooled(double parkWage, int marketJobs) {
        return POOLED.computeIfAbsent(parkWage + "/" + marketJobs, k -> simulatePooled(parkWage, marketJobs));
    }

    private static HtStats simulatePooled(double parkWage, int marketJobs) {
        double[] sum = new double[6];
        for (long seed : SEEDS) {
            HtStats h = harrisTodaro(seed, parkWage, marketJobs);
            double[] v = {h.perceivedPark(), h.perceivedMarket(), h.parkApplicants(), h.parkHires(),
                    h.marketApplicants(), h.marketHires()};
            for (int i = 0; i < v.length; i++) sum[i] += v[i] / SEEDS.length;
        }
        return new HtStats(parkWage, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
    }

    /**
     * With a queue at the distant market ({@value #QUEUED_MARKET_JOBS} jobs a month), the realised expected
     * wages of both destinations (hires per applicant x wage, less the cost of being there) settle within
     * 20% of the home income {@value #FALLBACK} they are both weighed against, although the market pays 2.2
     * (town wage 1,500) or 1.65 (town wage 2,000) times the town wage.
     */
    @Test
    void expectedWagesEqualiseAcrossDestinationsWhileNominalWagesDiffer() {
        for (double parkWage : new double[]{1500, 2000}) {
            HtStats h = pooled(parkWage, QUEUED_MARKET_JOBS);
            String what = String.format("town wage %.0f: realised expected wage town %.0f, market %.0f (believed %.0f, "
                            + "%.0f); applicants per vacancy town %.2f, market %.2f", parkWage, h.realisedParkIncome(),
                    h.realisedMarketIncome(), h.perceivedParkIncome(), h.perceivedMarketIncome(),
                    h.parkApplicantsPerVacancy(), h.marketApplicants() / QUEUED_MARKET_JOBS);
            assertTrue(XJ_NET / parkWage > 1.6, "the nominal wage gap is large");
            // On actual outcomes: each destination's realised expected wage (hires per applicant x wage,
            // less the cost of being there) settles at the home income both are weighed against.
            assertEquals(1.0, h.realisedParkIncome() / FALLBACK, 0.20, what);
            assertEquals(1.0, h.realisedMarketIncome() / FALLBACK, 0.20, what);
            // Both destinations have queues: that is what equalises expected wages.
            assertTrue(h.parkApplicantsPerVacancy() > 2 && h.marketApplicants() / QUEUED_MARKET_JOBS > 2, what);
        }
    }

    /**
     * Raising the town wage by a third lengthens the town's queue (applicants per vacancy up by at
     * least 15%) so that the realised expected wage there (hires / applicants x wage) stays within
     * 15% of what it was: the higher wage is competed away by more applicants.
     */
    @Test
    void higherTownWageLengthensTheQueueRatherThanRaisingTheExpectedWage() {
        HtStats low = pooled(1500, QUEUED_MARKET_JOBS);
        HtStats high = pooled(2000, QUEUED_MARKET_JOBS);
        String what = String.format("applicants per vacancy %.2f -> %.2f, realised expected wage %.0f -> %.0f",
                low.parkApplicantsPerVacancy(), high.parkApplicantsPerVacancy(), low.realisedParkIncome(),
                high.realisedParkIncome());
        assertTrue(high.parkApplicantsPerVacancy() > 1.15 * low.parkApplicantsPerVacancy(), what);
        assertEquals(1.0, high.realisedParkIncome() / low.realisedParkIncome(), 0.15, what);
    }

    /**
     * Control for the two tests above, so they can fail: when the market has a job for nearly every
     * eligible seeker there is no queue to arbitrage, and the expected wages of the two destinations stay
     * far apart; the town, where seekers can wait, is still arbitraged against home income.
     */
    @Test
    void withoutAQueueExpectedWagesStayApart() {
        HtStats low = pooled(1500, 100);
        HtStats high = pooled(2000, 100);
        assertTrue(low.marketHires() / low.marketApplicants() > 0.8, "market hires nearly every applicant");
        assertTrue(low.perceivedParkIncome() / low.perceivedMarketIncome() < 0.5,
                String.format("expected wage town %.0f vs market %.0f", low.perceivedParkIncome(), low.perceivedMarketIncome()));
        // The town still has its queue (those without the market option wait there): it lengthens with
        // the town wage, by the wage ratio, and the town's realised expected wage stays at the fallback.
        assertEquals(2000.0 / 1500, high.parkApplicantsPerVacancy() / low.parkApplicantsPerVacancy(), 0.15,
                "the town's queue grows with its wage");
        assertEquals(1.0, high.realisedParkIncome() / low.realisedParkIncome(), 0.15,
                String.format("realised expected wage %.0f -> %.0f", low.realisedParkIncome(), high.realisedParkIncome()));
    }

    // ---- commuting catchments ------------------------------------------------------------------

    private static final int COMMUTE_MONTHS = 48;
    private static final int COMMUTE_FROM = 36;

    /** Runs shared by the commuting tests (each setting is simulated once). */
    private static final java.util.Map<String, double[]> COMMUTE = new java.util.HashMap<>();

    /** Mean over months [36, 48) of the commute_km_mean indicator and of daily commuters' km. */
    private static synchronized double[] commuteKm(long seed, double costPerKm, double maxCommuteKm) {
        return COMMUTE.computeIfAbsent(seed + "/" + costPerKm + "/" + maxCommuteKm,
                k -> simulateCommuteKm(seed, costPerKm, maxCommuteKm));
    }

    private static double[] simulateCommuteKm(long seed, double costPerKm, double maxCommuteKm) {
        BeltModel m = TestRuns.model(seed, TestRuns.baseline("run.scale", "1000",
                "run.months", Integer.toString(COMMUTE_MONTHS),
                "labor.commuteCostPerKm", Double.toString(costPerKm), "labor.maxCommuteKm", Double.toString(maxCommuteKm)));
        TestRuns.BeltSeries belt = new TestRuns.BeltSeries();
        m.addIndicatorSink(belt);
        m.start();
        Persons ps = m.belt().persons();
        double dailyKm = 0;
        int daily = 0;
        for (int t = 0; t < COMMUTE_MONTHS; t++) {
            m.schedule.step(m);
            if (t < COMMUTE_FROM) continue;
            for (int i = 0; i < ps.size(); i++) {
                if (!ps.isAlive(i) || ps.status(i) != Status.PARK) continue;
                Village home = m.employment().homeVillage(i);
                if (JobChoice.commutesDaily(m.params(), m.conditions(), home)) {
                    dailyKm += home.getKmToTown();
                    daily++;
                }
            }
        }
        m.finish();
        if (costPerKm < 1) assertTrue(daily > 50, "park workers commuting daily at low cost: " + daily);
        // No daily commuter at all means the catchment has shrunk to nothing: 0 km, not NaN.
        double indicator = belt.mean("commute_km_mean", COMMUTE_FROM, COMMUTE_MONTHS);
        return new double[]{Double.isNaN(indicator) ? 0 : indicator, daily == 0 ? 0 : dailyKm / daily};
    }

    private static void assertShrinks(double maxCommuteKm, int which, String label) {
        double low = 0, high = 0;
        StringBuilder bySeed = new StringBuilder();
        for (long seed : SEEDS) {
            double l = commuteKm(seed, 0.1, maxCommuteKm)[which];
            double h = commuteKm(seed, 2.0, maxCommuteKm)[which];
            bySeed.append(String.format(" seed %d: %.1f -> %.1f km;", seed, l, h));
            assertTrue(h < 0.9 * l, label + " at cost 0.1 -> 2.0 per km:" + bySeed);
            low += l;
            high += h;
        }
        assertTrue(high < 0.75 * low, label + " pooled over seeds:" + bySeed);
    }

    /** The daily catchment (park workers who commute rather than live in a dormitory) in the baseline. */
    @Test
    void dailyCommuteCatchmentShrinksWithTravelCost() {
        assertShrinks(35, 1, "mean km of park workers commuting daily");
    }

    /** Limiting case: everybody commutes daily (maxCommuteKm 300), so the indicator is the catchment. */
    @Test
    void commuteKmIndicatorFallsWithTravelCostWhenEveryoneCommutesDaily() {
        assertShrinks(300, 0, "commute_km_mean with maxCommuteKm 300");
    }

    /** The brief's check as stated, on the baseline (maxCommuteKm 35): daily commuters' mean km falls. */
    @Test
    void commuteKmIndicatorFallsWithTravelCost() {
        assertShrinks(35, 0, "commute_km_mean in the baseline");
    }
}
