package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Village;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Processing hubs raise the farm-gate value of the crops of villages within road reach (ODD §7.7.1),
 * in proportion to the land their processing workers can handle.
 */
class FarmHubsTest {

    @Test
    void coverageIsTheLandProcessorsHandleOverTheLandInReachCappedAtOne() {
        double[] c = FarmHubs.coverage(new double[]{100, 1000, 50, 0}, new double[]{10_000, 10_000, 0, 5_000}, 50);
        assertArrayEquals(new double[]{0.5, 1, 0, 0}, c, 1e-12);
    }

    private static BeltModel run(String... overrides) {
        String[] kv = new String[overrides.length + 4];
        kv[0] = "run.scale";
        kv[1] = "1000";
        kv[2] = "run.months";
        kv[3] = "24";
        System.arraycopy(overrides, 0, kv, 4, overrides.length);
        BeltModel m = TestRuns.model(11, TestRuns.baseline(kv));
        m.start();
        for (int t = 0; t < 24; t++) m.schedule.step(m);
        return m;
    }

    private static double farmIncome(BeltModel m) {
        double y = 0;
        for (int t = 0; t < m.belt().towns().size(); t++) y += m.accounts().cumulative(t, Flow.INCOME_FARM);
        return y;
    }

    @Test
    void hubsRaiseFarmIncomeOnlyInReachAndOnlyWithAnUplift() {
        BeltModel hubs = run();
        BeltModel none = run("town.hubUplift", "0");
        BeltModel outOfReach = run("town.hubReachKm", "0"); // no village lies 0 km from a town
        double raised = 0;
        int villages = 0;
        for (Village v : hubs.belt().villages()) {
            if (v.isUrbanWard()) continue;
            villages++;
            double f = hubs.farmHubs().factor(v.getIndex());
            assertTrue(f >= 1 && f <= 1.15 + 1e-12, "factor " + f + " of " + v);
            if (f > 1) raised++;
            assertEquals(1, none.farmHubs().factor(v.getIndex()), 0);
            assertEquals(1, outOfReach.farmHubs().factor(v.getIndex()), 0);
        }
        assertTrue(raised > 0.2 * villages, raised + " of " + villages + " villages reach a hub");
        assertTrue(farmIncome(hubs) > farmIncome(none), "farm income " + farmIncome(hubs) + " vs " + farmIncome(none));
    }
}
