package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.geo.Railways;
import org.sxbelt.params.SimMonthFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.RAIL_COST_RATIO;

/**
 * The railheads of the freight index over time: the yard on the Hotan-Ruoqiang railway opens in June
 * 2022 and brings the towns it serves nearer the markets, leaving the others as they were; and every
 * railhead is a station of the railways the map draws, open by the time the model ships from it.
 */
class FreightDistanceTest {

    private static final int JUNE_2022 = SimMonthFormat.parse("2022-06");

    @Test
    void theHotanRuoqiangYardMakesTheEastOfHotanNearerAndNoTownFarther() {
        BeltGeography geo = TestRuns.geography();
        double rho = new org.sxbelt.params.ParamValues().get(RAIL_COST_RATIO);
        double[] before = FreightDistance.indices(geo, rho, JUNE_2022 - 1), after = FreightDistance.indices(geo, rho, JUNE_2022);
        double[] in2015 = FreightDistance.indices(geo, rho);
        for (County c : geo.counties()) {
            assertEquals(in2015[c.index()], before[c.index()], 0, c.id() + ": nothing changes before the line opens");
            assertTrue(after[c.index()] <= before[c.index()], c.id() + " farther after the line opened");
        }
        int minfeng = geo.byId("minfeng").index(), kashgar = geo.byId("kashgar_city").index();
        assertTrue(after[minfeng] < 0.6 * before[minfeng], "Minfeng ships from its own yard: " + before[minfeng] + " -> " + after[minfeng]);
        assertTrue(after[geo.byId("yutian").index()] < before[geo.byId("yutian").index()], "Yutian trucks to Minfeng's yard");
        assertEquals(before[kashgar], after[kashgar], 0, "the west of the belt is untouched");
        assertTrue(FreightDistance.railheadOpensIn(JUNE_2022) && !FreightDistance.railheadOpensIn(JUNE_2022 + 1));
    }

    @Test
    void everyRailheadIsAStationOfTheMapsRailwaysOpenBeforeItShips() {
        Railways rail = Railways.loadDefault();
        for (FreightDistance.Railhead h : FreightDistance.RAILHEADS) {
            int opened = Integer.MAX_VALUE;
            for (Railways.Line l : rail.lines()) {
                for (Railways.Station s : l.stations()) if (s.place().equals(h.county())) opened = Math.min(opened, s.openedMonth());
            }
            assertTrue(opened != Integer.MAX_VALUE, h.county() + " is no station of geo/railways.csv");
            assertTrue(opened <= Math.max(h.openedMonth(), 0), h.county() + " ships before its line opened");
            if (h.openedMonth() >= 0) assertEquals(opened, h.openedMonth(), h.county() + " opens with its line");
        }
    }

    /** The model's towns take the new indices in the month the yard opens, and keep them. */
    @Test
    void theModelsTownsTakeTheNewIndexInTheMonthTheYardOpens() {
        BeltModel m = TestRuns.model(1, TestRuns.baseline("run.scale", "1000", "run.months", String.valueOf(JUNE_2022 + 2)));
        m.start();
        Town minfeng = null;
        for (Town t : m.belt().towns()) if (t.id().equals("minfeng")) minfeng = t;
        double start = minfeng.getRemoteness();
        for (int t = 0; t < JUNE_2022; t++) m.schedule.step(m);
        assertEquals(start, minfeng.getRemoteness(), 0, "before June 2022");
        m.schedule.step(m); // June 2022
        double opened = minfeng.getRemoteness();
        assertTrue(opened < 0.6 * start, start + " -> " + opened);
        m.schedule.step(m);
        assertEquals(opened, minfeng.getRemoteness(), 0);
        m.finish();
    }
}
