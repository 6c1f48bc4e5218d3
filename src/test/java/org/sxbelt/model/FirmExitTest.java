package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.sxbelt.params.ParamValues;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sxbelt.params.ParamSchema.PATIENCE_MONTHS;
import static org.sxbelt.params.ParamSchema.SUBSIDY_MONTHS;
import static org.sxbelt.params.ParamSchema.SUBSIDY_TAPER_MONTHS;

/**
 * {@link FirmDynamics#exitReason} on firms built by hand, one case per reason and at the edges of
 * its rules: support ends at age 36 here, "after support" lasts 24 months, patience is 6 losses,
 * orders below 0.8 have collapsed. And the satellites of a closing park firm close with it.
 */
class FirmExitTest {

    private static final ParamValues P = new ParamValues().set(SUBSIDY_MONTHS, 36).set(SUBSIDY_TAPER_MONTHS, 0)
            .set(PATIENCE_MONTHS, 6);
    private static final int SUPPORT_ENDS = 36;

    /** A firm opened in month 0 with this cash, run of losses and orders. */
    private static Firm firm(double cash, int losses, double orders) {
        Firm f = Firm.builder().id(1).industry(Industry.GARMENTS).origin(SourceRegion.LOCAL).capacity(10).build();
        f.addCash(cash);
        for (int i = 0; i < losses; i++) f.recordProfit(-1, 0);
        f.setOrders(orders);
        return f;
    }

    private static ExitReason reason(Firm f, double support, int month) {
        return FirmDynamics.exitReason(f, support, month, P);
    }

    @Test
    void cashRunningOutClosesEvenWithSupport() {
        assertEquals(ExitReason.CASH_RAN_OUT, reason(firm(-1, 0, 1), 1, 10));
        assertEquals(ExitReason.CASH_RAN_OUT, reason(firm(-1, 0, 1), 0, SUPPORT_ENDS + 24), "24 months on");
        assertNull(reason(firm(0, 0, 1), 0, SUPPORT_ENDS), "no cash is not negative cash");
    }

    @Test
    void cashRunningOutWithinTwoYearsOfTheEndOfSupport() {
        assertEquals(ExitReason.CASH_RAN_OUT_AFTER_SUPPORT, reason(firm(-1, 0, 1), 0, SUPPORT_ENDS));
        assertEquals(ExitReason.CASH_RAN_OUT_AFTER_SUPPORT, reason(firm(-1, 0, 1), 0, SUPPORT_ENDS + 23));
        assertEquals(ExitReason.CASH_RAN_OUT, reason(firm(-1, 0, 1), 0, SUPPORT_ENDS - 1), "still supported");
    }

    @Test
    void lossesCloseOnlyWithoutSupportAndAfterPatience() {
        assertEquals(ExitReason.PERSISTENT_LOSSES, reason(firm(1, 6, 1), 0, SUPPORT_ENDS + 24));
        assertEquals(ExitReason.LOSSES_AFTER_SUPPORT, reason(firm(1, 6, 1), 0, SUPPORT_ENDS + 23));
        assertEquals(ExitReason.LOSSES_AFTER_SUPPORT, reason(firm(1, 6, 1), 0, SUPPORT_ENDS));
        assertNull(reason(firm(1, 5, 1), 0, SUPPORT_ENDS), "one loss short of patience");
        assertNull(reason(firm(1, 6, 1), 0.5, SUPPORT_ENDS), "losses are borne while supported");
    }

    @Test
    void lossesWithCollapsedOrders() {
        assertEquals(ExitReason.ORDERS_COLLAPSED, reason(firm(1, 6, 0.79), 0, SUPPORT_ENDS));
        assertEquals(ExitReason.ORDERS_COLLAPSED, reason(firm(1, 6, 0), 0, SUPPORT_ENDS + 24));
        assertEquals(ExitReason.LOSSES_AFTER_SUPPORT, reason(firm(1, 6, 0.8), 0, SUPPORT_ENDS),
                "0.8 has not collapsed");
        assertNull(reason(firm(1, 0, 0), 0, SUPPORT_ENDS), "no orders but no losses yet");
    }

    @Test
    void aFirmOfFewerPlacesThanASuperFirmsMinimumWaitsLongerForItsWorkers() {
        int[][] placesAndMonths = {{1, 12}, {2, 6}, {3, 6}, {4, 3}, {10, 3}};
        for (int[] pm : placesAndMonths) {
            Firm f = Firm.builder().id(1).industry(Industry.GARMENTS).origin(SourceRegion.LOCAL).capacity(pm[0]).build();
            assertEquals(pm[1], FirmDynamics.monthsWithoutWorkersAllowed(f), pm[0] + " places");
            for (int month = 1; month < pm[1]; month++) {
                f.recordStaffing();
                assertNull(reason(f, 1, month), pm[0] + " places, month " + month + " without workers");
            }
            f.recordStaffing();
            assertEquals(ExitReason.NO_WORKERS, reason(f, 1, pm[1]), pm[0] + " places");
        }
    }

    @Test
    void aFirmWithNoWorkerForThreeMonthsInARowGivesUp() {
        Firm f = firm(1, 0, 1);
        for (int month = 1; month < FirmDynamics.MAX_MONTHS_WITHOUT_WORKERS; month++) {
            f.recordStaffing();
            assertNull(reason(f, 1, month), "month " + month + " without workers");
        }
        f.recordStaffing();
        assertEquals(ExitReason.NO_WORKERS, reason(f, 1, 3));
        Firm broke = firm(-1, 0, 1);
        for (int month = 0; month < FirmDynamics.MAX_MONTHS_WITHOUT_WORKERS; month++) broke.recordStaffing();
        assertEquals(ExitReason.CASH_RAN_OUT, reason(broke, 1, 3), "cash is checked first");
        f.workers().add(7);
        f.recordStaffing();
        assertNull(reason(f, 1, 4), "a worker ends the run");
    }

    @Test
    void satellitesCloseWithTheirHeadquarters() {
        BeltModel m = TestRuns.model(1, TestRuns.noNewFirms("run.scale", "1000"));
        m.start();
        Town town = TestRuns.largestTown(m);
        Firm hq = m.firmFactory().openInPark(Industry.GARMENTS, SourceRegion.LOCAL, town, 200);
        Village v = town.villages().stream().filter(Village::canHostWorkshop).findFirst().orElseThrow();
        Firm satellite = m.firmFactory().openSatellite(hq, v, 50, 1);
        m.firmFactory().close(hq, ExitReason.PERSISTENT_LOSSES);
        assertFalse(satellite.isAlive());
        assertEquals(ExitReason.PERSISTENT_LOSSES, hq.closeReason());
        assertEquals(ExitReason.HEADQUARTERS_CLOSED, satellite.closeReason());
        m.finish();
    }

    /** The ids are the reason column of firm_events.csv: changing one changes every run's output. */
    @Test
    void idsAreTheLoggedText() {
        assertEquals(List.of("cash ran out", "cash ran out after support ended", "losses after support ended",
                        "persistent losses", "orders collapsed", "no workers", "headquarters closed"),
                Arrays.stream(ExitReason.values()).map(ExitReason::id).toList());
    }
}
