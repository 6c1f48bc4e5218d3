package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Declaring exports at Kashgar or Urumqi costs Hotan's firms by road distance (ODD §7.4.5); a Hotan customs office removes it. */
class CustomsClearanceTest {

    private static BeltModel belt() {
        BeltModel m = TestRuns.model(1, TestRuns.noNewFirms("run.scale", "1000", "run.months", "1"));
        m.start();
        return m;
    }

    private static Town town(BeltModel m, String id) { return m.belt().town(m.belt().geography().byId(id).index()); }

    @Test
    void hotanFirmsPayByRoadKmToKashgarAndKashgarPaysNothing() {
        BeltModel m = belt();
        ParamValues p = m.params().copy();
        Town kashgar = town(m, "kashgar_city"), hotan = town(m, "hotan_city"), luopu = town(m, "luopu");
        Industry hair = Industry.HAIR_PRODUCTS;
        assertEquals(0, CustomsClearance.costShare(hair, kashgar, p), 0);
        double km = m.belt().km(hotan.index(), kashgar.index());
        assertTrue(km > 400, "Hotan to Kashgar " + km + " km");
        assertEquals(hair.exportShare() * p.get(ParamSchema.DECLARE_COST_PER_KM) * km,
                CustomsClearance.costShare(hair, hotan, p), 1e-12);
        assertTrue(CustomsClearance.costShare(hair, luopu, p) > CustomsClearance.costShare(hair, hotan, p),
                "Luopu is further from Kashgar than Hotan city");
        double withCost = FirmEconomics.freightShare(hair, hotan, false, p);
        p.set(ParamSchema.DECLARE_COST_PER_KM, 0);
        assertEquals(withCost - hair.exportShare() * 0.00002 * km, FirmEconomics.freightShare(hair, hotan, false, p), 1e-12,
                "the declaring cost is part of the freight share that accounts and location choice read");
    }

    @Test
    void aCustomsOfficeInHotanEndsTheDetour() {
        BeltModel m = belt();
        ParamValues p = m.params().copy();
        Town hotan = town(m, "hotan_city"), luopu = town(m, "luopu"), aksu = town(m, "aksu_city");
        double luopuBefore = CustomsClearance.km(luopu, p), aksuBefore = CustomsClearance.km(aksu, p);
        p.set(ParamSchema.HOTAN_CUSTOMS, 1);
        assertEquals(0, CustomsClearance.costShare(Industry.GARMENTS, hotan, p), 0);
        assertTrue(CustomsClearance.km(luopu, p) < luopuBefore, "Luopu declares at Hotan now");
        assertEquals(aksuBefore, CustomsClearance.km(aksu, p), 0, "Aksu is nearer Kashgar or Urumqi either way");
    }
}
