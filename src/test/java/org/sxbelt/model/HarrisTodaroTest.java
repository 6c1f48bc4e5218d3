package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.params.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Harris-Todaro (1970): rural workers move to search for an uncertain town job until the expected
 * town wage, hire chance times wage, equals what they earn on the farm. In the model a seeker who
 * goes away to search and is not hired loses the month's home income, so under the expected-income
 * rule they apply exactly when h * w beats the farm fallback F.
 *
 * <p>Limiting setting: every rural worker earns the same fallback F (side income; land yields
 * nothing), every town job must be sought from a dormitory (maxCommuteKm 0, dormitory free), the
 * town pays exactly w (piece rate 0, wage floor w, no growth), and the only jobs are a fixed number of
 * vacancies a month in the belt's largest town; no distant jobs, workshops, entry or training. Urban
 * workers' service wage is set far above w so they stay out. The pool of seekers is large, so if all
 * applied the hire chance would be far below F / w.
 *
 * <p>Prediction: the expected wage seekers perceive, h * w, settles at F whatever the nominal wage:
 * a higher wage is met by a lower hire chance. Expectations adjust toward hires per applicant, and
 * up by the same proportion in months when jobs were open and nobody applied.
 */
class HarrisTodaroTest {

    private static final int VACANCIES = 5;
    private static final int MONTHS = 150;
    private static final int BURN_IN = 30;

    /** After burn-in: mean perceived expected wage h * w, and mean number who searched away unhired. */
    private static double[] run(long seed, double fallback, double wage) {
        Scenario s = TestRuns.noNewFirms(
                "run.scale", "1000", "run.decisionRule", "expected-income",
                "farm.netIncomePerMu", "0", "farm.sideIncome", Double.toString(fallback),
                "labor.servicesWage", "20000", "labor.maxCommuteKm", "0", "labor.dormitoryCost", "0",
                "labor.commuteCostPerKm", "0", "labor.wageFloor", Double.toString(wage), "labor.wageGrowth", "0",
                "firm.pieceRateShare", "0", "market.xinjiangDemand", "0", "market.xpccDemand", "0",
                "market.inlandDemand", "0", "labor.searchRate", "0.3", "labor.peerEffect", "0",
                "labor.quitRate", "0", "labor.casualHabitShare", "0",
                "policy.trainingSeats", "0", "firm.productivityDispersion", "0");
        BeltModel m = TestRuns.model(seed, s);
        m.start();
        Persons ps = m.belt().persons();
        Town town = TestRuns.largestTown(m);
        double expected = 0, waiting = 0;
        for (int t = 0; t < MONTHS; t++) {
            // A fresh firm each month: the same number of vacancies, everyone hired last month goes home.
            for (Firm f : List.copyOf(m.belt().liveFirms())) m.firmFactory().close(f, "test: next round");
            for (int i = 0; i < ps.size(); i++) ps.setReservationWage(i, 1);
            m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, town, VACANCIES * m.belt().scale());
            m.schedule.step(m);
            if (t < BURN_IN) continue;
            expected += town.getHireRate() * wage;
            for (int i = 0; i < ps.size(); i++) if (ps.isAlive(i) && ps.has(i, Persons.SEARCHED_AWAY)) waiting++;
        }
        m.finish();
        int n = MONTHS - BURN_IN;
        return new double[]{expected / n, waiting / n};
    }

    @Test
    void expectedTownWageSettlesAtTheFarmIncome() {
        for (double[] fw : new double[][]{{150, 1500}, {300, 1500}, {300, 3000}, {600, 2000}}) {
            double f = fw[0], w = fw[1];
            double[] r = run(11, f, w);
            assertEquals(1.0, r[0] / f, 0.10,
                    String.format("F %.0f, w %.0f: perceived expected town wage %.0f", f, w, r[0]));
        }
    }

    /**
     * Doubling the town wage halves the perceived hire chance: the expected wage does not move.
     * (With identical seekers the response is all-or-nothing, so the size of the pool waiting in
     * town is set by the pool of seekers, not by the wage; only the expected wage is pinned.)
     */
    @Test
    void aHigherTownWageDoesNotRaiseTheExpectedWage() {
        double[] low = run(12, 300, 1500);
        double[] high = run(12, 300, 3000);
        assertEquals(1.0, high[0] / low[0], 0.10,
                String.format("expected wage %.0f -> %.0f while the wage doubles", low[0], high[0]));
        assertTrue(low[1] > 0 && high[1] > 0, "someone waits in town unhired in both settings");
    }
}
