package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/** The rules of the village scale farm and of the household's lease decision (ODD 7.7.2, 7.7.5). */
class CooperativesTest {

    private static Conditions january2015(ParamValues p) {
        Conditions c = new Conditions();
        c.advance(0, p);
        return c;
    }

    @Test
    void oneWorkerPerMuPerHiredWorkerRoundedWithTheVillagesOffset() {
        ParamValues p = new ParamValues().set(MU_PER_HIRED_WORKER, 40);
        assertEquals(5, Cooperatives.posts(200, p, 0.5));
        assertEquals(0, Cooperatives.posts(19, p, 0.5));
        assertEquals(1, Cooperatives.posts(20, p, 0.5));
        assertEquals(0, Cooperatives.posts(10, p, 0.7));
        assertEquals(1, Cooperatives.posts(10, p, 0.8));
        // over offsets spread evenly in [0, 1), 10 mu employ a quarter of a worker on average
        double sum = 0;
        for (int k = 0; k < 1000; k++) sum += Cooperatives.posts(10, p, (k + 0.5) / 1000);
        assertEquals(0.25, sum / 1000, 1e-9);
    }

    @Test
    void profitIsScaledOutputLessRentAndWages() {
        ParamValues p = new ParamValues().set(FARM_INCOME_PER_MU, 900).set(SCALE_GAIN, 0.2).set(LAND_RENT, 500)
                .set(WAGE_FLOOR, 1500);
        Conditions c = january2015(p);
        // 100 mu of land that yielded twice the average with its owners, 2 hired workers
        double output = 200 * 900 * 1.2 / 12;
        double expected = output - 100 * 500 / 12.0 - 2 * 1500;
        assertEquals(expected, Cooperatives.monthlyProfit(100, 200, 2, p, c), 1e-9);
        assertTrue(Cooperatives.monthlyProfit(100, 100, 2, p.copy().set(SCALE_GAIN, 0), c)
                < Cooperatives.monthlyProfit(100, 100, 2, p, c), "scale gain raises profit");
    }

    @Test
    void rentMovesWithTheFarmPriceIndex() {
        ParamValues p = new ParamValues().set(LAND_RENT, 600).set(FARM_INCOME_GROWTH, 0.1);
        Conditions c = january2015(p);
        assertEquals(50, Cooperatives.rentPerMu(p, c), 1e-9);
        for (int t = 1; t <= 12; t++) c.advance(t, p);
        assertEquals(55, Cooperatives.rentPerMu(p, c), 1e-6);
    }

    /**
     * The farms of a belt in January 2015 (crop prices on trend), one of its farm households made a
     * 10-mu household of productivity 1 that leases nothing and is offered a lease of 4 mu.
     */
    /** The household {@link #household()} made the 10-mu household. */
    private static int farmHousehold;

    private static FarmSide household() {
        BeltModel m = TestRuns.model(1, TestRuns.defaults("run.scale", "1000"));
        m.start();
        m.schedule.step(m); // January 2015: prices on their trend, so a farm household's land earns its 2015 income
        Households hh = m.belt().households();
        FarmSide farm = m.farm();
        int h = 0;
        while (Math.abs(farm.revenue(h) - 1) > 1e-12 || farm.greenhouse(h, 2, m.params(), m.conditions()) != 0) h++; // a farm household
        hh.setLand(h, 10);
        hh.setLeasedLand(h, 0);
        hh.setFarmProductivity(h, 1);
        farmHousehold = h;
        m.finish();
        return farm;
    }

    @Test
    void aHouseholdWithHandsForEveryMuLosesWhatTheLandYields() {
        ParamValues p = new ParamValues().set(FARM_INCOME_PER_MU, 900).set(MU_PER_WORKER, 6).set(LAND_RENT, 500);
        Conditions c = january2015(p);
        FarmSide hh = household();
        // two farmers work all 10 mu: leasing 4 mu loses 4 x 900 / 12 and brings 4 x 500 / 12
        double gain = LeaseChoice.gain(hh, farmHousehold, 4, 2, p, c, 0);
        assertEquals(4 * (500 - 900) / 12.0, gain, 1e-9);
        assertEquals(0, hh.households().leasedLand(farmHousehold), "the comparison leaves the lease as it was");
        // a dividend of 500 a mu a year tips the balance
        assertTrue(LeaseChoice.gain(hh, farmHousehold, 4, 2, p, c, 500 / 12.0) > 0);
    }

    @Test
    void aHouseholdWhoseMembersWorkAwayLosesLittle() {
        ParamValues p = new ParamValues().set(FARM_INCOME_PER_MU, 900).set(MU_PER_WORKER, 6).set(LAND_RENT, 500);
        Conditions c = january2015(p);
        FarmSide hh = household();
        // nobody farms: relatives work 0.3 of a worker's 6 mu of the 10; on 6 mu left the same 0.3 works 1.8 mu
        double gain = LeaseChoice.gain(hh, farmHousehold, 4, 0, p, c, 0);
        double lost = 10 * 900 * (0.3 / (10 / 6.0)) / 12 - 6 * 900 * 0.3 / 12;
        assertEquals(4 * 500 / 12.0 - lost, gain, 1e-9);
        assertTrue(gain > 0, "land that lay idle is worth leasing");
    }
}
