package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.PovertyStatus;
import org.sxbelt.params.Scenario;

import static org.junit.jupiter.api.Assertions.*;
import static org.sxbelt.agents.PovertyStatus.*;

/**
 * Issue 14 item 3: the official exit test of the December review (own income without the top-up, and the
 * three guarantees; ODD 7.7.3) and the dynamic monitoring with its lag and its help that can fail (ODD 7.7.4).
 */
class ExitTestAndMonitoringTest {

    // review(status, byIncome, toppedUp, guarantees, poorUnsecured)

    @Test
    void aHouseholdAboveTheLineWithAnUnsafeHouseDoesNotExit() {
        assertEquals(REGISTERED_POOR, HouseholdEconomy.review(REGISTERED_POOR, true, false, false, false));
        assertEquals(EXITED, HouseholdEconomy.review(REGISTERED_POOR, true, false, true, false));
        // an exited household that loses a guarantee returns, whatever its income
        assertEquals(RETURNED, HouseholdEconomy.review(EXITED, true, false, false, false));
        assertEquals(RETURNED, HouseholdEconomy.review(SECURED, false, true, false, false));
        assertEquals(EXITED, HouseholdEconomy.review(RETURNED, true, false, true, false));
    }

    @Test
    void aToppedUpHouseholdIsSecuredByTransferNotExitedByIncome() {
        assertEquals(SECURED, HouseholdEconomy.review(REGISTERED_POOR, false, true, true, false));
        assertEquals(SECURED, HouseholdEconomy.review(EXITED, false, true, true, false), "falls back on the floor: not a return");
        assertEquals(EXITED, HouseholdEconomy.review(SECURED, true, true, true, false), "exits by income once its own income suffices");
        assertEquals(RETURNED, HouseholdEconomy.review(SECURED, false, false, true, true), "the top-up gone: returns");
        assertEquals(NEW_POOR, HouseholdEconomy.review(NON_POOR, false, false, true, true));
        assertEquals(NON_POOR, HouseholdEconomy.review(NON_POOR, false, true, false, false),
                "a household never registered is registered on income, not on a guarantee");
    }

    /**
     * In a run to December 2020 (the review is the month's last change of status): every exited household
     * holds the three guarantees, every secured one a top-up; secured households are counted apart from
     * exited ones and their entries apart from exits.
     */
    @Test
    void theDecemberReviewAppliesTheTestInARun() {
        BeltModel m = TestRuns.model(2, TestRuns.baseline("run.scale", "500", "run.months", "72"));
        TestRuns.BeltSeries series = new TestRuns.BeltSeries();
        m.addIndicatorSink(series);
        m.runToEnd();
        Households hh = m.belt().households();
        int exited = 0, secured = 0;
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            PovertyStatus s = hh.poverty(h);
            if (s == EXITED) {
                exited++;
                assertTrue(hh.guaranteesHold(h), "exited household " + h + " lacks a guarantee");
            } else if (s == SECURED) {
                secured++;
                assertTrue(hh.guaranteesHold(h) && hh.floorTopUp(h) > 0, "secured household " + h);
            }
        }
        assertTrue(exited > 0 && secured > 0, "exited " + exited + ", secured " + secured);
        int scale = m.belt().scale();
        assertEquals(exited * scale, series.get(71, "exited_households"), 1e-9);
        assertEquals(secured * scale, series.get(71, "secured_by_transfer_households"), 1e-9);
        double entries = 0;
        for (int t = 11; t < 72; t += 12) entries += series.get(t, "secured_by_transfer");
        assertTrue(entries > 0, "transitions into SECURED are counted");
    }

    private static BeltModel started(String... keyValues) {
        Scenario s = TestRuns.baseline(keyValues);
        BeltModel m = TestRuns.model(1, s);
        m.start();
        return m;
    }

    /** The 2015 line (the conditions are not advanced before the first step). */
    private static double line(BeltModel m) { return m.params().get(org.sxbelt.params.ParamSchema.POVERTY_LINE); }

    /** A rural household never registered, with an income well above any risk line. */
    private static int richRuralHousehold(BeltModel m) {
        Households hh = m.belt().households();
        for (int h = 0; h < hh.size(); h++) {
            if (hh.members(h) > 0 && !m.isUrban(h) && hh.poverty(h) == NON_POOR
                    && hh.annualIncomePerCapita(h) > 3 * line(m)) return h;
        }
        throw new AssertionError("no rich rural household");
    }

    @Test
    void aHouseholdInSuddenHardshipIsNotIdentifiedBeforeTheLag() {
        int lag = 6;
        BeltModel m = started("run.scale", "1000", "monitoring.detection", "1", "monitoring.lagMonths", String.valueOf(lag),
                "monitoring.startYear", "2015", "monitoring.helpSuccess", "0");
        Households hh = m.belt().households();
        int h = richRuralHousehold(m);
        double own = hh.annualIncome(h), riskLine = 1.5 * line(m);
        int shock = 30;
        Monitoring.review(m, new Monitoring.Terms(m), h, own, riskLine, shock - 1);
        assertEquals(Households.NO_MONTH, hh.riskSince(h), "no hardship, no risk");
        Monitoring.recordShock(hh, h, 0.5 * hh.annualIncome(h), 0.25, shock);
        for (int t = shock; t < shock + lag; t++) {
            Monitoring.review(m, new Monitoring.Terms(m), h, own, riskLine, t);
            assertFalse(hh.has(h, Households.MONITORED), "identified " + (t - shock) + " months after the shock, lag " + lag);
        }
        assertEquals(shock, hh.riskSince(h), "the spell starts with the shock");
        Monitoring.review(m, new Monitoring.Terms(m), h, own, riskLine, shock + lag);
        assertTrue(hh.has(h, Households.MONITORED), "identified once the lag has passed (detection 1)");
        // a shock below the share is no hardship; the hardship ends after twelve months and so does monitoring
        Monitoring.review(m, new Monitoring.Terms(m), h, own, riskLine, shock + Monitoring.HARDSHIP_MONTHS);
        assertFalse(hh.has(h, Households.MONITORED));
        Monitoring.recordShock(hh, h, 0.1 * hh.annualIncome(h), 0.25, shock + 13);
        assertEquals(shock, hh.hardshipMonth(h));
    }

    @Test
    void helpCanFailAndIsThenTriedAgain() {
        // help never succeeds: attempts are paid, no project runs
        BeltModel fail = started("run.scale", "1000", "monitoring.detection", "1", "monitoring.lagMonths", "0",
                "monitoring.startYear", "2015", "monitoring.helpSuccess", "0");
        Households hh = fail.belt().households();
        int h = richRuralHousehold(fail);
        double riskLine = 1.5 * line(fail);
        double own = 0.5 * riskLine * hh.members(h);   // marginal: own income below the risk line
        for (int t = 3; t <= 12; t += 3) Monitoring.review(fail, new Monitoring.Terms(fail), h, own, riskLine, t);
        assertTrue(hh.has(h, Households.MONITORED));
        assertEquals(0, hh.helpUntil(h), "no help project after failed attempts");
        double cost = fail.params().get(org.sxbelt.params.ParamSchema.HELP_COST) * fail.belt().scale();
        assertEquals(4 * cost, fail.accounts().get(fail.belt().townOfHousehold(h), Flow.SPEND_MONITORING_HELP), 1e-6,
                "one attempt at each of the four reviews");
        // with success certain the first attempt starts a project, and none is tried while it runs
        BeltModel win = started("run.scale", "1000", "monitoring.detection", "1", "monitoring.lagMonths", "0",
                "monitoring.startYear", "2015", "monitoring.helpSuccess", "1", "monitoring.helpMonths", "24");
        Households hw = win.belt().households();
        int g = richRuralHousehold(win);
        for (int t = 3; t <= 12; t += 3) Monitoring.review(win, new Monitoring.Terms(win), g, own, riskLine, t);
        assertEquals(3 + 24, hw.helpUntil(g));
        assertEquals(cost, win.accounts().get(win.belt().townOfHousehold(g), Flow.SPEND_MONITORING_HELP), 1e-6);
        // no longer at risk: out of monitoring, the project pays on
        Monitoring.review(win, new Monitoring.Terms(win), g, 10 * riskLine * hw.members(g), riskLine, 15);
        assertFalse(hw.has(g, Households.MONITORED));
        assertEquals(27, hw.helpUntil(g));
    }

    @Test
    void withoutDetectionNobodyIsMonitoredAndNoDrawIsMade() {
        BeltModel m = started("run.scale", "1000", "monitoring.detection", "0", "monitoring.lagMonths", "0",
                "monitoring.startYear", "2015");
        Households hh = m.belt().households();
        int h = richRuralHousehold(m);
        double riskLine = 1.5 * line(m);
        m.random.setSeed(7);
        Monitoring.review(m, new Monitoring.Terms(m), h, 0, riskLine, 12);
        long after = m.random.nextLong();
        m.random.setSeed(7);
        assertEquals(m.random.nextLong(), after, "no random number drawn");
        assertFalse(hh.has(h, Households.MONITORED));
        assertEquals(12, hh.riskSince(h), "qualification is still tracked");
    }
}
