package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sxbelt.params.ParamSchema.*;

/**
 * The location pulls {@link TownClusters} remembers are the rules' own values, and are worked out again
 * after a new count, a count set by hand or a changed parameter.
 */
class ClusterPullsTest {

    private static void sameAsTheRules(TownClusters c, BeltModel m) {
        ParamValues p = m.params();
        for (Town t : m.belt().towns()) {
            for (Industry k : Industry.values()) {
                String where = k + " in " + t.id();
                assertEquals(AgglomerationForces.labourPooling(k, t, c, p), c.poolingPull(k, t, p), 0, where);
                assertEquals(AgglomerationForces.inputOutput(k, t, c, p), c.linkPull(k, t, p), 0, where);
                assertEquals(Congestion.labourReserve(t, c, p), c.reservePull(k, t, p), 0, where);
                assertEquals(LocalCosts.of(k, t, c, p), c.localCosts(k, t, p), where);
            }
        }
    }

    @Test
    void rememberedPullsAreTheRulesOwnValues() {
        BeltModel m = TestRuns.model(1, TestRuns.baseline("run.scale", "1000", "run.months", "36"));
        m.start();
        TownClusters c = m.clusters();
        sameAsTheRules(c, m);  // before the first count
        for (int month = 0; month < 30; month++) m.schedule.step(m);
        sameAsTheRules(c, m);  // after counts of a belt with parks at work
        Town t = TestRuns.largestTown(m);
        double pooling = c.poolingPull(Industry.GARMENTS, t, m.params());
        m.params().set(LABOUR_POOLING, m.params().get(LABOUR_POOLING) + 0.5);
        assertNotEquals(pooling, c.poolingPull(Industry.GARMENTS, t, m.params()), "a changed parameter is not served from memory");
        sameAsTheRules(c, m);
        c.set(t, Industry.TEXTILES, 5_000, 4_000, 20_000, m.belt().towns().size());
        sameAsTheRules(c, m);  // a count set by hand
        m.finish();
    }
}
