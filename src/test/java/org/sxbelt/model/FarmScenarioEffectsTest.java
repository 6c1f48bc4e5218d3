package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Town;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The farm side's scenarios against the baseline, paired by seed (same seed, same crop-price path):
 * the jujube slump (2018-2020) lowers the farm income of the jujube counties; without the farm
 * programmes the households registered poor in 2015 earn less from their farms by the end of 2020.
 * (That the lower farm income reaches the job choice is pinned in {@link FarmSideTest}; the change in
 * wage work it brings is too small to show at this scale: most farmers are surplus labour whose
 * leaving costs the household no farm income.)
 */
class FarmScenarioEffectsTest {

    private static final int SEEDS = 3;
    /** To December 2020: the slump's three years and the campaign's end. */
    private static final int MONTHS = 72;
    private static final int SLUMP_FROM = 36;
    /** Counties where jujube is a fifth of farm income or more (calibration/crops.csv). */
    private static final Set<String> JUJUBE_COUNTIES = Set.of("luopu", "cele", "moyu");

    private record Outcome(double jujubeFarmIncome, double poorFarmIncome) {}

    private static final Outcome[] BASE = new Outcome[SEEDS];
    private static final Outcome[] SLUMP = new Outcome[SEEDS];
    private static final Outcome[] NO_PROGRAMMES = new Outcome[SEEDS];

    @BeforeAll
    static void run() {
        for (int i = 0; i < SEEDS; i++) {
            BASE[i] = run("baseline", i + 1);
            SLUMP[i] = run("jujube-slump", i + 1);
            NO_PROGRAMMES[i] = run("no-farm-programmes", i + 1);
        }
    }

    private static Outcome run(String scenario, long seed) {
        BeltModel m = TestRuns.model(seed, TestRuns.with(ScenarioLoader.loadResource(scenario),
                TestRuns.pairs("run.scale", "500", "run.months", String.valueOf(MONTHS))));
        m.start();
        boolean[] jujube = new boolean[m.belt().towns().size()];
        for (Town t : m.belt().towns()) jujube[t.index()] = JUJUBE_COUNTIES.contains(t.id());
        double farm = 0;
        for (int t = 0; t < MONTHS; t++) {
            if (t == SLUMP_FROM) farm = -cumulativeFarmIncome(m, jujube);
            m.schedule.step(m);
        }
        farm += cumulativeFarmIncome(m, jujube);
        return new Outcome(farm, poorFarmIncome(m));
    }

    private static double cumulativeFarmIncome(BeltModel m, boolean[] counties) {
        double sum = 0;
        for (int k = 0; k < counties.length; k++) if (counties[k]) sum += m.accounts().cumulative(k, Flow.INCOME_FARM);
        return sum;
    }

    /** This month's farm and courtyard income of the rural households registered poor in 2015 (agents' yuan). */
    private static double poorFarmIncome(BeltModel m) {
        Households hh = m.belt().households();
        int[] farmers = m.production().farmersAtHome();
        double sum = 0;
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h) || !hh.has(h, Households.REGISTERED_2015)) continue;
            sum += FarmIncome.monthly(m.farm(), h, farmers[h], m.params(), m.conditions())
                    + m.farm().courtyard(h, m.params(), m.conditions());
        }
        return sum;
    }

    private static String pair(int i, Outcome a, Outcome b) {
        return "seed " + (i + 1) + ": baseline " + a + "; scenario " + b;
    }

    @Test
    void slumpLowersTheJujubeCountiesFarmIncome() {
        for (int i = 0; i < SEEDS; i++) {
            assertTrue(SLUMP[i].jujubeFarmIncome() < 0.95 * BASE[i].jujubeFarmIncome(), pair(i, BASE[i], SLUMP[i]));
        }
    }

    @Test
    void programmesRaiseThePoorHouseholdsFarmIncome() {
        for (int i = 0; i < SEEDS; i++) {
            assertTrue(BASE[i].poorFarmIncome() > 1.05 * NO_PROGRAMMES[i].poorFarmIncome(), pair(i, BASE[i], NO_PROGRAMMES[i]));
        }
    }
}
