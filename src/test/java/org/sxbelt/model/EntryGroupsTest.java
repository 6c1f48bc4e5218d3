package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.SPACE_PER_WORKER;

/**
 * Real firms admitted to a nearly full park at 1:100 ({@link EntryGroups}): each takes its own space
 * at once; with no agent firm of its industry in town it waits, holding that space with no worker
 * for no more than {@link EntryGroups#MAX_WAIT_MONTHS} months, and the group opens as one agent firm
 * standing for all its members once they make {@link SuperFirm#MIN_AGENT_WORKERS} places; with one,
 * it joins that firm at once, which then stands for it too (but its cohort, for survival, is its founders).
 */
class EntryGroupsTest {

    private static final Industry K = Industry.GARMENTS;
    private static final double WORKERS = 60; // 0.6 of an agent place at 1:100

    private static BeltModel started() {
        BeltModel m = TestRuns.model(1, TestRuns.noNewFirms("run.scale", "100"));
        m.start();
        return m;
    }

    /** Leaves room for {@code firms} garment firms of {@link #WORKERS} in {@code t}'s park. */
    private static double roomFor(BeltModel m, Town t, int firms) {
        double space = WORKERS * m.params().get(SPACE_PER_WORKER);
        t.occupy(K, t.freeSpace(K) - firms * space);
        return space;
    }

    private static long firmsOf(Town t) { return t.firms().stream().filter(f -> f.industry() == K).count(); }

    @Test
    void aFirmWithoutAHostTakesItsSpaceAndOpensWithinTheWait() {
        BeltModel m = started();
        Town t = TestRuns.largestTown(m);
        double space = roomFor(m, t, 3);
        EntryGroups groups = new EntryGroups();
        groups.admit(m, K, SourceRegion.LOCAL, t, WORKERS, space);
        assertEquals(2 * space, t.freeSpace(K), 1e-6, "the firm takes its space at once");
        assertEquals(0, firmsOf(t));
        assertTrue(groups.waiting(t, K));
        for (int month = 1; month <= EntryGroups.MAX_WAIT_MONTHS; month++) {
            m.schedule.step(m);
            groups.openOverdue(m);
            assertEquals(month < EntryGroups.MAX_WAIT_MONTHS ? 1 : 0, groups.firmsWaiting(), "after " + month + " months");
        }
        assertEquals(1, firmsOf(t));
        Firm f = t.firms().get(t.firms().size() - 1);
        assertEquals(1, f.represents());
        assertEquals(1, f.getCapacity(), "at least one place");
        assertEquals(space, f.space(), 1e-6);
        assertEquals(2 * space, t.freeSpace(K), 1e-6, "its space is counted once");
    }

    @Test
    void aGroupOpensAsSoonAsItMakesTheAgentPlaces() {
        BeltModel m = started();
        Town t = TestRuns.largestTown(m);
        int members = (int) Math.ceil(SuperFirm.MIN_AGENT_WORKERS * 100 / WORKERS);
        double space = roomFor(m, t, members + 1);
        EntryGroups groups = new EntryGroups();
        for (int i = 0; i < members; i++) groups.admit(m, K, SourceRegion.LOCAL, t, WORKERS, space);
        assertEquals(0, groups.firmsWaiting());
        assertEquals(1, firmsOf(t));
        Firm f = t.firms().get(t.firms().size() - 1);
        assertEquals(members, f.represents());
        assertEquals(members, t.firmsIn(K));
        assertEquals(space, t.freeSpace(K), 1e-6);
    }

    @Test
    void aFirmJoinsTheAgentFirmOfItsIndustryInTown() {
        BeltModel m = started();
        Town t = TestRuns.largestTown(m);
        Firm host = m.firmFactory().openInPark(K, SourceRegion.LOCAL, t, 100, 4);
        double space = roomFor(m, t, 2);
        double hostSpace = host.space();
        new EntryGroups().admit(m, K, SourceRegion.LOCAL, t, WORKERS, space);
        assertEquals(1, firmsOf(t), "no new agent firm");
        assertSame(host, t.firms().get(0));
        assertEquals(5, host.represents());
        assertEquals(4, host.founders(), "the joiner is not of the host's cohort");
        assertEquals(5, t.firmsIn(K));
        assertEquals(hostSpace + space, host.space(), 1e-6);
        assertEquals(space, t.freeSpace(K), 1e-6);
    }
}
