package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An XPCC city's park shared with its local partner county takes the firms the other cannot (ODD §7.4.2). */
class SharedParksTest {

    private static final Industry K = Industry.GARMENTS;

    private static BeltModel belt() {
        BeltModel m = TestRuns.model(1, TestRuns.noNewFirms("run.scale", "1000", "run.months", "1"));
        m.start();
        return m;
    }

    private static Town town(BeltModel m, String id) { return m.belt().town(m.belt().geography().byId(id).index()); }

    private static void fill(Town t) { t.occupy(K, t.freeSpace(K)); }

    @Test
    void aFirmTurnedAwayInAksuOpensInAralOnlyWithTheLever() {
        BeltModel m = belt();
        Town aksu = town(m, "aksu_city"), aral = town(m, "aral");
        fill(aksu);
        assertTrue(aral.freeSpace(K) >= 1000, "Aral has room: " + aral.freeSpace(K));
        ParamValues off = m.params().copy(), on = m.params().copy().set(ParamSchema.SHARED_PARKS, 1);
        double unmet = aksu.getUnmetSpace();
        assertNull(m.sharedParks().site(m.belt(), aksu, K, 1000, off), "separate parks: turned away");
        assertEquals(unmet + 1000, aksu.getUnmetSpace(), 1e-9, "and recorded in the town it chose");
        assertSame(aral, m.sharedParks().site(m.belt(), aksu, K, 1000, on), "shared: it opens in Aral");
        assertEquals(unmet + 1000, aksu.getUnmetSpace(), 1e-9, "nothing more refused");
        assertSame(aral, m.sharedParks().site(m.belt(), aral, K, 1000, on), "a town with room keeps its firm");
    }

    @Test
    void bothFullMeansTurnedAwayAndOtherTownsHaveNoPartner() {
        BeltModel m = belt();
        ParamValues on = m.params().copy().set(ParamSchema.SHARED_PARKS, 1);
        Town tumxuk = town(m, "tumxuk"), bachu = town(m, "bachu"), hotan = town(m, "hotan_city");
        fill(tumxuk);
        fill(bachu);
        assertNull(m.sharedParks().site(m.belt(), tumxuk, K, 1000, on));
        assertEquals(bachu.index(), m.sharedParks().partner(tumxuk.index(), on));
        assertEquals(town(m, "moyu").index(), m.sharedParks().partner(town(m, "kunyu").index(), on));
        assertEquals(-1, m.sharedParks().partner(hotan.index(), on));
        assertEquals(-1, m.sharedParks().partner(tumxuk.index(), m.params()), "off by default");
    }
}
