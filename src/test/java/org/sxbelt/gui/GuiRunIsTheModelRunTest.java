package org.sxbelt.gui;

import org.junit.jupiter.api.Test;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GUI only watches: its run (decision trace on) is the model's run of the same seed. */
class GuiRunIsTheModelRunTest {

    static final int MONTHS = 6;

    private static BeltModel model() {
        Scenario sc = ScenarioLoader.loadDefault();
        ParamValues p = sc.params().copy();
        p.set(ParamSchema.SCALE, 500);
        return new BeltModel(1, sc.withParams(p), BeltGeography.loadDefault(), new Government());
    }

    @Test
    void theGuisTracedRunGivesTheIndicatorsOfAnUntracedRun() {
        BeltModel plain = model();
        plain.start();
        for (int i = 0; i < MONTHS; i++) plain.schedule.step(plain);
        Map<String, Double> expected = new TreeMap<>(plain.observer().latestBelt());
        plain.finish();

        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, MONTHS);
        assertTrue(gui.model().trace() != null && gui.map().decisions().size() > 0, "the GUI's run is traced");
        assertEquals(expected, new TreeMap<>(gui.model().observer().latestBelt()));
        gui.finish();
    }
}
