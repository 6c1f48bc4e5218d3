package org.sxbelt.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.params.Scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Urn-ball matching identity, on the real model: when U applicants each apply to one of V
 * single-vacancy firms chosen uniformly at random, and each firm hires one of its applicants, the
 * number of matches M has E[M | U] = V (1 - (1 - 1/V)^U) and
 * Var[M | U] = V (1-1/V)^U + V (V-1) (1-2/V)^U - V^2 (1-1/V)^(2U).
 *
 * <p>Code path pinned: {@code LaborMarket.step} on a full {@link BeltModel} -
 * {@code Vacancies.open} (one vacancy per firm), {@code JobChoice} with {@code pickFirm} (an
 * applicant's firm drawn with probability proportional to vacancies, here uniform); everyone commutes
 * daily and nobody looks beyond their own county town, so no applicant waits in town between months
 * and the applicants of a month are that month's searchers, {@code apply} (one application per seeker), and
 * {@code hire} (the first {@code vacancies()} of the shuffled applicants are hired, the rest
 * rejected).
 *
 * <p>Limiting setting: schema defaults without timed events; no distant jobs, no workshops, no
 * satellites, no firm entry; orders fixed at 1 (no volatility). Each month, before the step, the
 * test closes last month's firms and opens V fresh one-worker firms (capacity exactly 1) in the
 * belt's largest town, so the town has exactly V vacancies and every other town none; every job
 * seeker in the belt who applies at all applies to one of them. U is counted without touching
 * private state: everyone's reservation wage is set to 2 before the step and
 * {@code labor.reservationDecay} = 0.5, so a rejected applicant ends the month at exactly 1, a hired
 * one at the job's pay, and everyone else at 2. The town's own hiring tally is checked to agree
 * with the U and M counted this way. (Seekers turned away from a dormitory job may stay in town and
 * apply again the next month: they are applicants like any other.)
 *
 * <p>Calibration of the check: over 45 further seeds (V = 4 and 12) the z statistic below had mean
 * 0.03 and standard deviation 0.93, as it should for an exact identity; frictionless matching
 * (M = min(U, V)) is off by more than 8 standard errors.
 */
class MatchingTest {

    private static final float RESERVATION = 2f;
    private static final int MONTHS = 400;

    @ParameterizedTest(name = "V = {0} firms, search rate {1}, seed {2}")
    @CsvSource({"4, 0.004, 11", "12, 0.012, 1"})
    void meanMatchesFollowTheUrnBallIdentity(int v, String searchRate, long seed) {
        Scenario s = TestRuns.noNewFirms(
                "run.scale", "1000",
                "market.xinjiangDemand", "0", "market.xpccDemand", "0", "market.inlandDemand", "0",
                "policy.transferQuota", "0", "labor.peerSearchRate", "0", "labor.maxCommuteKm", "300", "labor.otherTowns", "false", "labor.searchRate", searchRate, "labor.reservationDecay", "0.5",
                // order-based training would hold posts outside the one round of applications
                "policy.orderTrainingShare", "0",
                // an ill hire leaves within the month, outside the one round of applications counted
                "health.illnessRate", "0");
        BeltModel m = TestRuns.model(seed, s);
        m.start();
        Persons ps = m.belt().persons();
        int scale = m.belt().scale();
        Town town = TestRuns.largestTown(m);

        double sumM = 0, sumF = 0, sumVar = 0, sumMin = 0;
        long sumU = 0;
        int otherTownHires = 0;
        for (int t = 0; t < MONTHS; t++) {
            TestRuns.closeEveryFirm(m);
            assertTrue(m.belt().liveFirms().isEmpty());
            for (int i = 0; i < ps.size(); i++) if (ps.isAlive(i)) ps.setReservationWage(i, RESERVATION);
            List<Firm> firms = new ArrayList<>();
            Set<Integer> ids = new HashSet<>();
            for (int k = 0; k < v; k++) {
                Firm f = m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, town, scale);
                assertEquals(1, f.getCapacity());
                assertEquals(1, f.vacancies());
                firms.add(f);
                ids.add(f.id());
            }

            m.schedule.step(m);

            int matches = 0;
            for (Firm f : firms) {
                assertTrue(f.isAlive(), "test firms survive their first month");
                assertTrue(f.getWorkerCount() <= 1, "a single-vacancy firm hires at most one");
                matches += f.getWorkerCount();
            }
            int rejected = 0;
            for (int i = 0; i < ps.size(); i++) {
                if (!ps.isAlive(i)) continue;
                Status st = ps.status(i);
                if (st.isLocalWageWork()) {
                    assertTrue(ids.contains(ps.employer(i)), "only the test firms hire");
                    if (st == Status.OTHER_TOWN) otherTownHires++;
                } else {
                    assertTrue(!st.isDistant(), "no distant jobs in this setting");
                    if (ps.reservationWage(i) == RESERVATION * 0.5f) rejected++;
                }
            }
            int u = matches + rejected;
            assertEquals(u, town.hiring().lastApplicants(), "month " + t + ": the town counted every applicant");
            assertEquals(matches, town.hiring().lastHires(), "month " + t + ": the town counted every hire");
            assertTrue(matches <= Math.min(u, v), "month " + t + ": M = " + matches + ", U = " + u);
            if (u > 0) assertTrue(matches >= 1, "month " + t + ": someone applied, so someone was hired");
            double q1 = Math.pow(1 - 1.0 / v, u);
            sumF += v * (1 - q1);
            sumVar += v * q1 + v * (v - 1.0) * Math.pow(1 - 2.0 / v, u) - (double) v * v * q1 * q1;
            sumM += matches;
            sumMin += Math.min(u, v);
            sumU += u;
        }
        m.finish();

        double meanU = (double) sumU / MONTHS;
        // The design puts U where the urn-ball friction matters (neither U << V nor U >> V).
        assertTrue(meanU > 0.8 * v && meanU < 4 * v, "mean applicants " + meanU + " for " + v + " vacancies");
        assertEquals(0, otherTownHires, "each county's seekers stay with their own town (labor.otherTowns false)");
        double z = (sumM - sumF) / Math.sqrt(sumVar);
        assertTrue(Math.abs(z) < 4, String.format("sum M = %.0f, sum E[M|U] = %.2f, z = %.2f", sumM, sumF, z));
        assertEquals(1.0, sumM / sumF, 0.03, "mean matches / urn-ball expectation");
        // The check has power: frictionless matching (min(U, V)) would be rejected by far.
        double zMin = (sumMin - sumM) / Math.sqrt(sumVar);
        assertTrue(zMin > 8, String.format("min(U,V) predicts %.0f matches, got %.0f (z = %.1f)", sumMin, sumM, zMin));
    }
}
