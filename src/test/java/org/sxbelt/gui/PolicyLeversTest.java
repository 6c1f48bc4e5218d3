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
        l.setSubsidyMonths(60);
        assertEquals(60, gui.model().params().getInt(ParamSchema.SUBSIDY_MONTHS));
        l.setExportDemand(5);                                     // above the range: clamped to max
        assertEquals(ParamSchema.EXPORT_DEMAND.max(), gui.model().params().get(ParamSchema.EXPORT_DEMAND));
        l.setTransferQuota(2500);
        assertEquals(2500, l.getTransferQuota());
        l.setCommuteCostPerKm(1.5);
        l.setTrainingSeats(40);
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
        assertTrue(names.contains("工资补贴 (share of wage bill)"), names.toString());
        int i = names.indexOf("工资补贴 (share of wage bill)");
        Interval dom = (Interval) p.getDomain(i);
        assertEquals(ParamSchema.WAGE_SUBSIDY.min(), dom.getMin().doubleValue());
        assertEquals(ParamSchema.WAGE_SUBSIDY.max(), dom.getMax().doubleValue());
        assertTrue(p.getDescription(i).contains("policy.wageSubsidy"));
        for (Param q : PolicyLevers.params()) {
            Interval d = PolicyLevers.interval(q);
            assertEquals(q.min(), d.getMin().doubleValue(), q.key());
            assertEquals(q.max(), d.getMax().doubleValue(), q.key());
        }
        assertTrue(p.getDomain(names.indexOf("地图着色")) instanceof String[]);
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
