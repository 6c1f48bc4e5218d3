package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.SimMonthFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * A relocating firm's expected margin and a firm's monthly accounts read the same schedule on the
 * same bases: a park firm whose month goes as planned (full staffing at the planned productivity and
 * pay, its loan repaid on time) books, per yuan of value added, the planned month's margin, for every
 * instrument switched on; and the expected margin is the mean of those months.
 */
class MarginAgreesWithAccountsTest {

    private static final int SCALE = 1000;
    private static final int CAPACITY = 8;

    @Test
    void plannedMonthsAreWhatTheAccountsBook() {
        BeltModel m = TestRuns.model(1, TestRuns.noNewFirms("run.scale", String.valueOf(SCALE)));
        m.start();
        ParamValues p = m.params();
        p.set(SOCIAL_INSURANCE_SUBSIDY, 0.05).set(POWER_SUBSIDY, 0.4).set(TRAINING_SUBSIDY, 800)
                .set(CREDIT_WAGE_MONTHS, 3).set(CREDIT_MONTHS, 24).set(SUBSIDY_TAPER_MONTHS, 12);
        Town town = TestRuns.largestTown(m);
        // the accounts charge the park's congestion rent: plan with the same (no spillover, no wage premium)
        LocalCosts local = new LocalCosts(1, 0, Congestion.rentFactor(town, p));
        int opened = SimMonthFormat.parse("2020-03");
        for (Industry k : new Industry[] {Industry.GARMENTS, Industry.ELECTRONICS}) {
            double prod = FirmEconomics.plannedProductivity(p, p.get(MAX_LOCAL_PRODUCTIVITY));
            Firm f = Firm.builder().id(0).industry(k).origin(SourceRegion.LOCAL).town(town).openedMonth(opened)
                    .capacity(CAPACITY).space(CAPACITY * SCALE * p.get(SPACE_PER_WORKER))
                    .productivityCeiling(p.get(MAX_LOCAL_PRODUCTIVITY)).valueAdded(k.valueAdded()).build();
            for (int w = 0; w < CAPACITY; w++) f.workers().add(w);
            f.drawLoan(FirmAccounts.openingLoan(f, p, SCALE, 1), p.getInt(CREDIT_MONTHS));
            double sum = 0;
            for (int a = 0; a < SubsidySchedule.PLANNING_MONTHS; a++) {
                FirmBases planned = FirmEconomics.plannedBases(k, town, p, a, local);
                double output = CAPACITY * prod;
                double revenue = output * k.valueAdded() * SCALE;
                f.setMonthTally(output, planned.wages() * revenue / SCALE, 0);
                f.resetHires();
                if (a == 0) for (int w = 0; w < CAPACITY; w++) f.countTrainedHire();
                FirmBases booked = FirmAccounts.bases(f, p, SCALE, 1);
                SubsidySchedule.Statement accounts = SubsidySchedule.settle(k, a, opened + a, booked, p);
                SubsidySchedule.Statement plan = SubsidySchedule.settle(k, a, opened + a, planned, p);
                assertEquals(plan.profit(), accounts.profit() / revenue, 1e-9, k + " at age " + a);
                for (Instrument i : Instrument.values()) {
                    assertEquals(plan.of(i), accounts.of(i) / revenue, 1e-9, i + " of " + k + " at age " + a);
                }
                sum += plan.profit();
                f.repayLoan();
            }
            assertEquals(sum / SubsidySchedule.PLANNING_MONTHS, FirmEconomics.expectedMargin(k, town, p, opened, local), 1e-12);
        }
        m.finish();
    }

    @Test
    void theTextileFundsEndShowsInCottonFirmsExpectedMargins() {
        BeltModel m = TestRuns.model(1, TestRuns.noNewFirms("run.scale", String.valueOf(SCALE)));
        m.start();
        ParamValues p = m.params();
        Town town = TestRuns.largestTown(m);
        int[] months = {SimMonthFormat.parse("2019-01"), SimMonthFormat.parse("2021-01"), SimMonthFormat.parse("2023-01"),
                SimMonthFormat.parse("2024-01")};
        double fundShare = 0;
        for (int i = 1; i < months.length; i++) {
            double before = FirmEconomics.expectedMargin(Industry.GARMENTS, town, p, months[i - 1]);
            double after = FirmEconomics.expectedMargin(Industry.GARMENTS, town, p, months[i]);
            assertTrue(after < before, "garments' margin falls as the fund's end nears: " + before + " -> " + after);
            assertEquals(FirmEconomics.expectedMargin(Industry.ELECTRONICS, town, p, months[i - 1]),
                    FirmEconomics.expectedMargin(Industry.ELECTRONICS, town, p, months[i]), 1e-12, "no fund, no change");
        }
        fundShare = FirmEconomics.expectedMargin(Industry.GARMENTS, town, p, months[0])
                - FirmEconomics.expectedMargin(Industry.GARMENTS, town, p, months[3]);
        p.set(TEXTILE_FUND, 0);
        assertEquals(0, FirmEconomics.expectedMargin(Industry.GARMENTS, town, p, months[0])
                - FirmEconomics.expectedMargin(Industry.GARMENTS, town, p, months[3]), 1e-12, "the fund is the only calendar term");
        assertTrue(fundShare > 0.01, "the fund is worth more than 1 % of value added: " + fundShare);
        m.finish();
    }
}
