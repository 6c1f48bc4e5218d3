package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The per-person copy of the home village ({@link Persons#village}) that the monthly passes read instead
 * of going through the household: it must agree with the household's village for every living person,
 * also after years of deaths and births into freed slots; and the households must be laid out village by
 * village, as the passes over households assume.
 */
class HomeVillageCopyTest {

    @Test
    void everyPersonsVillageIsTheirHouseholdsAfterYearsOfBirthsAndDeaths() {
        BeltModel m = TestRuns.model(1, TestRuns.baseline("run.scale", "500", "run.months", "36"));
        m.start();
        Persons ps = m.belt().persons();
        int slotsAtStart = ps.size();
        while (m.monthsDone() < 36) m.schedule.step(m);
        Households hh = m.belt().households();
        int checked = 0;
        for (int p = 0; p < ps.size(); p++) {
            if (!ps.isAlive(p)) continue;
            assertEquals(hh.village(ps.household(p)), ps.village(p), "person " + p);
            assertEquals(m.belt().townOfHousehold(ps.household(p)), m.belt().townOfPerson(p), "person " + p);
            checked++;
        }
        assertTrue(checked > 0.9 * slotsAtStart, "persons checked: " + checked);
        assertTrue(ps.size() > slotsAtStart, "births beyond the first slots: " + ps.size() + " slots");
    }

    @Test
    void householdsAreLaidOutVillageByVillage() {
        BeltModel m = TestRuns.model(1, TestRuns.baseline("run.scale", "500", "run.months", "1"));
        m.start();
        Households hh = m.belt().households();
        for (org.sxbelt.agents.Village v : m.belt().villages()) {
            for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
                assertEquals(v.getIndex(), hh.village(h), "household " + h);
            }
        }
    }

    @Test
    void aVillageIndexBeyondACharIsRefused() {
        Persons ps = new Persons(4);
        assertThrows(IllegalArgumentException.class,
                () -> ps.add(0, 70_000, 30, false, org.sxbelt.agents.Status.FARMING));
    }
}
