package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.params.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * Industrial upgrading ({@link Upgrading}) has costs and trade-offs: an upgraded firm needs fewer
 * workers for the same orders, each producing more, pays for its equipment and hires only trained
 * or skilled workers; relocating firms expect the capital charge; and upgrading from the start costs
 * park jobs while raising park pay.
 */
class UpgradingTest {

    private static Firm open(String... kv) {
        BeltModel m = TestRuns.model(1, TestRuns.defaults(kv));
        m.start();
        return m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, TestRuns.largestTown(m), 13_000);
    }

    @Test
    void anUpgradedFirmNeedsFewerWorkersEachProducingMoreAtACapitalCharge() {
        // no history before 2015 (ODD 5.7): its firms weigh the capital charge, so the lever would move the stream
        Firm plain = open("run.scale", "100", "firm.historyMonths", "0");
        Firm up = open("run.scale", "100", "firm.historyMonths", "0", "policy.upgrading", "0.3");
        assertEquals(130, plain.getCapacity(), 1);
        assertEquals(100, up.getCapacity(), 1, "the same orders with 1/1.3 of the workers");
        assertEquals(1.3, up.outputPerWorker(), 1e-12);
        assertEquals(0.3 * 200_000, up.capitalPerPlace(), 1e-6);
        assertTrue(up.skilledHiresOnly());
        assertFalse(plain.skilledHiresOnly());
        assertEquals(plain.productivityCeiling(), up.productivityCeiling(), 1e-12, "same draw, same ceiling: equipment multiplies output");
        BeltModel m = TestRuns.model(1, TestRuns.defaults("run.scale", "100"));
        m.start();
        double charge = FirmEconomics.capitalCharge(up, m.params(), 100);
        assertEquals(60_000 * (1.0 / 120 + 0.0435 / 12) * up.getCapacity() * 100, charge, 1e-6);
        assertEquals(0, FirmEconomics.capitalCharge(plain, m.params(), 100));
    }

    @Test
    void relocatingFirmsExpectTheCapitalCharge() {
        BeltModel m = TestRuns.model(1, TestRuns.defaults("run.scale", "1000"));
        m.start();
        Town t = TestRuns.largestTown(m);
        Scenario free = TestRuns.defaults("run.scale", "1000", "policy.upgrading", "0.3", "policy.upgradingCapital", "0");
        Scenario costly = TestRuns.defaults("run.scale", "1000", "policy.upgrading", "0.3");
        BeltModel a = TestRuns.model(1, free);
        BeltModel b = TestRuns.model(1, costly);
        double plain = FirmEconomics.expectedMargin(Industry.GARMENTS, t, m.params(), 0);
        double withoutCost = FirmEconomics.expectedMargin(Industry.GARMENTS, t, a.params(), 0);
        double withCost = FirmEconomics.expectedMargin(Industry.GARMENTS, t, b.params(), 0);
        assertTrue(withoutCost > plain, "free equipment: more output per worker raises the margin " + withoutCost + " vs " + plain);
        assertTrue(withCost < withoutCost, "the equipment's charge lowers it " + withCost + " vs " + withoutCost);
    }

    /**
     * Upgrading from 2015 (0.3, the scenario's size) against none, same seed, 1:500, to 2018-12:
     * fewer park jobs, higher mean park pay, and every worker of an upgraded firm trained or skilled.
     */
    @Test
    void upgradingCostsParkJobsWhileRaisingParkPay() {
        TestRuns.BeltSeries plain = new TestRuns.BeltSeries();
        TestRuns.BeltSeries up = new TestRuns.BeltSeries();
        BeltModel a = TestRuns.model(11, TestRuns.baseline("run.scale", "500", "run.months", "48"));
        a.addIndicatorSink(plain);
        a.runToEnd();
        BeltModel b = TestRuns.model(11, TestRuns.baseline("run.scale", "500", "run.months", "48", "policy.upgrading", "0.3"));
        b.addIndicatorSink(up);
        b.start();
        for (int t = 0; t < 48; t++) b.schedule.step(b);
        int upgraded = 0;
        Persons ps = b.belt().persons();
        for (Firm f : b.belt().liveFirms()) {
            if (!f.skilledHiresOnly()) continue;
            upgraded++;
            IntList w = f.workers();
            for (int i = 0; i < w.size(); i++) {
                int p = w.get(i);
                assertTrue(ps.has(p, Persons.TRAINED) || ps.skill(p) > 0, "unskilled worker " + p + " at upgraded firm " + f.id());
            }
        }
        b.finish();
        assertTrue(upgraded > 0);
        double jobs = plain.mean("jobs_park", 36, 48), jobsUp = up.mean("jobs_park", 36, 48);
        double wage = plain.mean("wage_mean_park", 36, 48), wageUp = up.mean("wage_mean_park", 36, 48);
        System.out.printf("2018 park jobs %.0f -> %.0f, mean park wage %.0f -> %.0f%n", jobs, jobsUp, wage, wageUp);
        assertTrue(jobsUp < jobs, "park jobs " + jobsUp + " vs " + jobs);
        assertTrue(wageUp > wage, "park wage " + wageUp + " vs " + wage);
    }
}
