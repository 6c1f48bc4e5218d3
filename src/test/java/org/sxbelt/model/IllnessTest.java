package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/** Serious illness as a hazard: who pays the bill, and the months an ill worker is out (ODD 7.7.7). */
class IllnessTest {

    @Test
    void insuranceThenAssistancePayTheBillOfARegisteredHousehold() {
        ParamValues p = new ParamValues().set(HEALTH_INSURANCE, 0.5).set(MEDICAL_ASSISTANCE, 0.6);
        assertEquals(0.2, Illness.outOfPocket(p, 1, true, true), 1e-12, "80 % paid for the registered poor (003 ~1058)");
        assertEquals(0.5, Illness.outOfPocket(p, 1, true, false), 1e-12, "assistance is for the registered poor only");
        assertEquals(0.4, Illness.outOfPocket(p, 1, false, true), 1e-12, "uninsured: assistance pays its share of the whole bill");
        assertEquals(1.0, Illness.outOfPocket(p, 1, false, false), 1e-12, "uninsured and not assisted: the whole bill");
        assertEquals(1.0, Illness.outOfPocket(p.set(HEALTH_INSURANCE, 0).set(MEDICAL_ASSISTANCE, 0), 1, true, true), 1e-12);
    }

    /** An ill park worker leaves the job, neither searches nor farms for the illness's months, then is free again. */
    @Test
    void anIllWorkerIsOutForTheIllnessMonthsThenRecovers() {
        int months = 4;
        Scenario s = TestRuns.baseline("run.scale", "1000", "health.illnessMonths", String.valueOf(months),
                "health.illnessRate", "0", "labor.searchRate", "1");
        BeltModel m = TestRuns.model(1, s);
        m.start();
        for (int t = 0; t < 12; t++) m.schedule.step(m);
        Persons ps = m.belt().persons();
        int worker = -1;
        for (int i = 0; i < ps.size() && worker < 0; i++) {
            if (ps.isAlive(i) && ps.status(i) == Status.PARK && !m.isUrban(ps.household(i))) worker = i;
        }
        assertTrue(worker >= 0, "a rural park worker to fall ill");
        int firm = ps.employer(worker);
        m.illness().fallIll(m, worker);
        assertFalse(ps.status(worker).isLocalWageWork(), "the ill worker has left the job");
        assertFalse(m.belt().firm(firm).workers().removeValue(worker), "and the firm's payroll");
        assertTrue(ps.has(worker, Persons.ILL));
        int onset = m.month();
        // Every month while ill: not in work, not a seeker, no farm pay counted for them.
        while (m.month() < onset + months - 1) {
            m.schedule.step(m);
            if (!ps.isAlive(worker)) return; // died meanwhile: nothing more to check
            assertTrue(ps.has(worker, Persons.ILL), "still ill in month " + m.month());
            Status st = ps.status(worker);
            assertFalse(st.isLocalWageWork() || st.isDistant() || st == Status.TOWN_SEEKER || st == Status.COOPERATIVE,
                    "ill persons do not search or work, month " + m.month() + ": " + st);
        }
        m.schedule.step(m);
        m.schedule.step(m);
        if (ps.isAlive(worker)) assertFalse(ps.has(worker, Persons.ILL), "recovered after " + months + " months");
    }

    /** More medical assistance leaves registered households less to pay out of pocket, on the same illnesses. */
    @Test
    void medicalAssistanceLowersWhatHouseholdsPay() {
        double[] outOfPocket = new double[2], assisted = new double[2];
        for (int k = 0; k < 2; k++) {
            Scenario s = TestRuns.baseline("run.scale", "1000", "policy.medicalAssistance", k == 0 ? "0" : "1");
            BeltModel m = TestRuns.model(3, s);
            m.start();
            for (int t = 0; t < 24; t++) m.schedule.step(m); // 2015-16, before the baseline's 2018 assistance
            outOfPocket[k] = m.accounts().totalCumulative(Flow.MEDICAL_OUT_OF_POCKET);
            assisted[k] = m.accounts().totalCumulative(Flow.SPEND_MEDICAL_ASSISTANCE);
        }
        assertEquals(0, assisted[0], 1e-9, "no assistance without the lever");
        assertTrue(assisted[1] > 0, "assistance paid with it");
        assertTrue(outOfPocket[1] < outOfPocket[0], "out of pocket " + outOfPocket[1] + " vs " + outOfPocket[0]);
    }
}
