package org.sxbelt.gui;

import org.junit.jupiter.api.Test;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import sim.util.Interval;
import sim.util.Properties;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slider bean: live parameters, ranges from the schema, names and tooltips for MASON's inspector. */
class PolicyLeversTest {

    @Test
    void settersWriteTheLiveParametersWithinTheSchemaRange() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 1);
        PolicyLevers l = gui.levers();
        l.setWageSubsidy(0.4);
        assertEquals(0.4, gui.model().params().get(ParamSchema.WAGE_SUBSIDY));
        l.setWageSubsidy(0.4312);                                 // snapped to the lever's step of 0.05
        assertEquals(0.45, gui.model().params().get(ParamSchema.WAGE_SUBSIDY));
        l.setWageSubsidy(0.4);
        l.setSubsidyMonths(60);
        assertEquals(60, gui.model().params().getInt(ParamSchema.SUBSIDY_MONTHS));
        l.setExportDemand(5);                                     // above the range: clamped to max
        assertEquals(ParamSchema.EXPORT_DEMAND.max(), gui.model().params().get(ParamSchema.EXPORT_DEMAND));
        l.setTransferQuota(2500);
        assertEquals(2500, l.getTransferQuota());
        l.setCommuteCostPerKm(1.5);
        l.setTrainingSeats(40);
        assertEquals(40, l.getTrainingSeats());
        l.setCounterpartAid(0);
        assertEquals(0, gui.model().params().get(ParamSchema.COUNTERPART_AID));
        gui.step();                                                // the model runs on with the new values
        assertEquals(0.4, gui.model().params().get(ParamSchema.WAGE_SUBSIDY));
    }

    @Test
    void masonSeesSlidersNamesAndDescriptions() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.ZH, 0);
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) names.add(p.getName(i));
        // names and units in the chosen language
        assertTrue(names.contains("工资补贴 (占工资总额比例)"), names.toString());
        int i = names.indexOf("工资补贴 (占工资总额比例)");
        Interval dom = (Interval) p.getDomain(i);
        assertEquals(0, dom.getMin().doubleValue());
        assertEquals(0.6, dom.getMax().doubleValue(), "classroom range, not the schema's 0-1");
        assertTrue(p.getDescription(i).contains("policy.wageSubsidy"));
        for (Param q : PolicyLevers.params()) {
            Interval d = gui.levers().interval(q);
            PolicyLevers.Range r = PolicyLevers.range(q);
            assertTrue(d.getMin().doubleValue() >= q.min() && d.getMax().doubleValue() <= q.max(), q.key());
            // MASON's slider is 80 px wide: at least 4 px per step, so a drag moves step by step
            double px = 80 * r.step() / (d.getMax().doubleValue() - d.getMin().doubleValue());
            assertTrue(px >= 4 && px <= 16, q.key() + ": " + px + " px per step");
            assertTrue(!names.contains("?"), names.toString());
        }
        assertTrue(p.getDomain(names.indexOf("地图着色")) instanceof String[]);
    }

    @Test
    void aLeverTheTeacherSetIsLockedAgainstTimedEvents() {
        // baseline raises counterpart aid to 1.3 in 2018-01 (month 36)
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 0);
        assertTrue(gui.levers().scheduledMonths(ParamSchema.COUNTERPART_AID).stream().anyMatch(s -> s.startsWith("2018-01")));
        assertEquals("none (the scenario's timed events apply)", gui.levers().getLockedLevers());
        gui.levers().setCounterpartAid(0.5);
        assertTrue(gui.levers().isLocked(ParamSchema.COUNTERPART_AID));
        assertTrue(gui.levers().nameCounterpartAid().startsWith("[locked]"), gui.levers().nameCounterpartAid());
        assertEquals("Counterpart aid intensity", gui.levers().getLockedLevers());
        gui.runMonths(37);
        assertEquals(0.5, gui.model().params().get(ParamSchema.COUNTERPART_AID), "the 2018 event was passed over");
        GuiTestSupport.flushSwing();
        assertTrue(gui.ticker().shown().stream().anyMatch(s -> s.contains("not applied")), "the ticker says so");
        // unlocked, a restart replays the scenario's own values and events
        gui.levers().setUnlockLevers(true);
        assertTrue(!gui.levers().isLocked(ParamSchema.COUNTERPART_AID));
        gui.start();
        assertEquals(1.0, gui.model().params().get(ParamSchema.COUNTERPART_AID), "scenario value at a new start");
        gui.runMonths(37);
        assertEquals(1.3, gui.model().params().get(ParamSchema.COUNTERPART_AID), 1e-9);
    }

    @Test
    void speedIsMonthsPerSecondDefaultTwo() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 0);
        assertEquals(2.0, gui.monthsPerSecond());
        String[] choices = (String[]) gui.levers().domSpeed();
        assertEquals("2 months/s", choices[gui.levers().getSpeed()]);
        gui.levers().setSpeed(0);
        assertEquals(0.5, gui.monthsPerSecond());
    }

    @Test
    void leverPanelFollowsTimedEvents() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 0);
        assertTrue(gui.getInspector().isVolatile(), "the Console refreshes the lever values every month");
        gui.runMonths(37);
        assertEquals(1.3, gui.levers().getCounterpartAid(), 1e-9);
        // the refreshed sliders write back what they show (one of 1,000 positions): no lock, no snap
        double quota = gui.levers().getTransferQuota(), seats = gui.levers().getTrainingSeats();
        gui.levers().setTransferQuota(quota + 3);
        gui.levers().setTrainingSeats(seats);
        gui.levers().setCounterpartAid(1.3 + 0.001);
        assertEquals(quota, gui.levers().getTransferQuota());
        assertEquals(seats, gui.levers().getTrainingSeats());
        assertEquals("none (the scenario's timed events apply)", gui.levers().getLockedLevers());
    }

    @Test
    void tooltipWarnsWhenTheScenarioWillOverwriteALever() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 0);
        for (Param q : PolicyLevers.params()) {
            List<String> when = gui.levers().scheduledMonths(q);
            String des = gui.levers().describe(q);
            assertEquals(!when.isEmpty(), des.contains("overwrite"), q.key() + ": " + des);
        }
    }

    @Test
    void mapColouringAndLanguageAreChoices() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 1);
        gui.levers().setMapColoring(MapColoring.MEAN_WAGE.ordinal());
        assertEquals(MapColoring.MEAN_WAGE, gui.map().coloring());
        gui.levers().setLanguage(Labels.Lang.ZH.ordinal());
        assertEquals(Labels.Lang.ZH, gui.labels().lang());
        assertEquals("地图着色", gui.levers().nameMapColoring());
    }
}
