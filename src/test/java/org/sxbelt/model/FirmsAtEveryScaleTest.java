package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.params.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The super-firm convention ({@link SuperFirm}, {@link EntryGroups}): the baseline read at 1:100
 * (three seeds) and at 1:10 (one seed) over six years gives the same real park firms and workshops
 * (the indicators, which add what each agent firm stands for), jobs per park firm and per workshop,
 * and the five-year survival of the park firms and of the workshops open by the end of 2015 (the initial economy's included), within 10%; no
 * firm ever stays without a worker past {@link FirmDynamics#monthsWithoutWorkersAllowed} (3 months
 * for a firm of at least 4 agent places), and firms with no worker hold less than 2% of the park
 * firms' space in the mean month. Measured (2026-12-06, the initial economy replayed from the entry
 * rules, the loss rule's patience lengthened for firms of few places as the empty-months rule's):
 * survival 0.961 against 0.971 for park firms and 0.852 against 0.897 for workshops; with one patience
 * for all, 0.860 against 0.968, and the test failed (one-place agent firms of the initial economy
 * closing for losses with their worker in place). With every firm closing after 3 empty months,
 * survival was 0.865 and 0.824 and workshops read 11% fewer, so the test failed.
 * On the convention before {@link EntryGroups} (one lucky draw filling a nearly full park with copies
 * of itself) park firms read 13-17% lower at 1:100 and jobs per park firm 17-23% higher, and the
 * comparison failed.
 */
class FirmsAtEveryScaleTest {

    private static final int MONTHS = 72;
    private static final double TOLERANCE = 0.10;
    /** Largest mean share of the park firms' space that firms with no worker may hold. */
    private static final double MAX_EMPTY_SPACE = 0.02;

    /** firms_park, workshops, jobs per park firm and per workshop, 5-year survival of park firms and workshops. */
    private static double[] read(int scale, long seed) {
        Scenario s = TestRuns.baseline("run.scale", Integer.toString(scale), "run.months", Integer.toString(MONTHS));
        BeltModel m = TestRuns.model(seed, s);
        m.start();
        double emptySpace = 0, emptyWorkshops = 0;
        for (int t = 0; t < MONTHS; t++) {
            m.schedule.step(m);
            double held = 0, all = 0, shops = 0, emptyShops = 0;
            for (Firm f : m.belt().liveFirms()) {
                assertTrue(f.monthsWithoutWorkers() < FirmDynamics.monthsWithoutWorkersAllowed(f),
                        () -> f + " has had no worker for " + f.monthsWithoutWorkers() + " months");
                if (f.village() != null) {
                    shops += f.represents();
                    if (f.getWorkerCount() == 0) emptyShops += f.represents();
                    continue;
                }
                all += f.space();
                if (f.getWorkerCount() == 0) held += f.space();
            }
            emptySpace += held / all / MONTHS;
            emptyWorkshops += emptyShops / shops / MONTHS;
        }
        Observer o = m.observer();
        System.out.printf("1:%d seed %d, means of months: share of park firms' space held by firms with no worker %.4f, "
                + "of real workshops with no worker %.4f%n", scale, seed, emptySpace, emptyWorkshops);
        assertTrue(emptySpace < MAX_EMPTY_SPACE, "park space held by firms with no worker: " + emptySpace);
        return new double[]{o.latest("firms_park"), o.latest("workshops"),
                o.latest("jobs_park") / o.latest("firms_park"), o.latest("jobs_workshop") / o.latest("workshops"),
                survival(m, false), survival(m, true)};
    }

    /** Of the real park firms (or village workshops) open by month 11, the initial economy's included, the share open 60 months after opening. */
    private static double survival(BeltModel m, boolean workshops) {
        double cohort = 0, survived = 0;
        for (Firm f : m.belt().firms()) {
            if (f.getOpenedMonth() >= 12 || (f.village() != null) != workshops) continue;
            cohort += f.founders();
            if (f.isAlive() || f.getClosedMonth() >= f.getOpenedMonth() + 60) survived += f.founders();
        }
        return survived / cohort;
    }

    @Test
    void noFirmStandsEmptyForLong() {
        read(100, 1); // asserts, month by month, that no live firm has gone past the limit
    }

    @Test
    void realFirmCountsDoNotDependOnTheScale() {
        double[] fine = read(10, 1);
        double[] coarse = new double[fine.length];
        long[] seeds = {1, 2, 3};
        for (long seed : seeds) {
            double[] r = read(100, seed);
            for (int i = 0; i < r.length; i++) coarse[i] += r[i] / seeds.length;
        }
        String[] names = {"park firms", "workshops", "jobs per park firm", "jobs per workshop",
                "5-year survival of park firms", "5-year survival of workshops"};
        for (int i = 0; i < names.length; i++) System.out.printf("%s: 1:10 %.3f, 1:100 %.3f%n", names[i], fine[i], coarse[i]);
        for (int i = 0; i < names.length; i++) {
            assertEquals(fine[i], coarse[i], TOLERANCE * fine[i], names[i] + " at 1:100 against 1:10");
        }
    }
}
