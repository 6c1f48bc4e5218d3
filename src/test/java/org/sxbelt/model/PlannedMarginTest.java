package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.SimMonthFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * {@link PlannedMargin} gives the very double that settling each planned month on its own bases and
 * averaging gives ({@link SubsidySchedule#settle} on {@link FirmEconomics#plannedBases}), for every
 * industry and every instrument switched on or off, with and without a loan, taper, upgrading or a
 * town's own costs, and for firms opening before, across and after the textile fund's end and the
 * tax holiday's stages. Exactness is what keeps the model's output byte for byte what it was.
 */
class PlannedMarginTest {

    /** The reference: each planned month settled on its own, as the model did before. */
    private static double reference(Industry k, Town t, ParamValues p, int month, LocalCosts local) {
        int h = SubsidySchedule.PLANNING_MONTHS;
        double sum = 0;
        for (int a = 0; a < h; a++) sum += SubsidySchedule.settle(k, a, month + a, FirmEconomics.plannedBases(k, t, p, a, local), p).profit();
        return sum / h;
    }

    @Test
    void theHoistedMarginIsTheMonthByMonthOne() {
        BeltModel m = TestRuns.model(1, TestRuns.baseline("run.scale", "1000", "run.months", "12"));
        m.start();
        ParamValues p = m.params();
        Town[] towns = {TestRuns.largestTown(m), m.belt().towns().get(m.belt().towns().size() - 1)};
        LocalCosts[] costs = {LocalCosts.NONE, new LocalCosts(1.3, 0.07, 1.6), new LocalCosts(1, 0, 0.4)};
        int[] months = {0, SimMonthFormat.parse("2019-07"), SimMonthFormat.parse("2023-11"), SimMonthFormat.parse("2029-01")};
        // each setting adds to the ones before, so the last has every instrument on
        Runnable[] settings = {
                () -> {},
                () -> p.set(SUBSIDY_TAPER_MONTHS, 12),
                () -> p.set(SOCIAL_INSURANCE_SUBSIDY, 0.05).set(POWER_SUBSIDY, 0.4).set(TRAINING_SUBSIDY, 800),
                () -> p.set(CREDIT_WAGE_MONTHS, 3).set(CREDIT_MONTHS, 24).set(CREDIT_INTEREST_SUBSIDY, 0.03),
                () -> p.set(UPGRADING, 0.3),
                () -> p.set(WAGE_FLOOR, 4000).set(TAX_HOLIDAY_MONTHS, 6).set(TAX_HALF_MONTHS, 12),
                () -> p.set(RENT_FREE, 0).set(WAGE_SUBSIDY, 0).set(LOGISTICS_SUBSIDY, 0),
        };
        int compared = 0, negative = 0;
        for (Runnable setting : settings) {
            setting.run();
            for (Industry k : Industry.values()) {
                for (Town t : towns) {
                    for (LocalCosts local : costs) {
                        for (int month : months) {
                            double expected = reference(k, t, p, month, local);
                            double actual = FirmEconomics.expectedMargin(k, t, p, month, local);
                            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                                    k + " in " + t.id() + " opening " + month + " with " + local + ": " + expected + " vs " + actual);
                            compared++;
                            if (actual < 0) negative++;
                        }
                    }
                }
            }
        }
        // the settings reach both sides of the tax's max(0, profit)
        assertTrue(negative > 0 && negative < compared, negative + " negative margins of " + compared);
        m.finish();
    }
}
