package org.sxbelt.gui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two scenarios in lockstep with the same seed, picked from the GUI's lists (off-screen). */
class SideBySideTest {

    @Test
    void theSameScenarioTwiceGivesNoDifference() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 0);
        List<String> all = BeltGUI.scenarioChoices();
        gui.levers().setCompareWith(1 + all.indexOf("baseline"));
        gui.start();
        assertNotNull(gui.partner());
        gui.runMonths(4);
        assertEquals(4, gui.partner().model().monthsDone(), "lockstep");
        for (int i = 0; i < 4; i++) {
            assertEquals(4, gui.compareCharts().points(i));
            assertEquals(0.0, gui.compareCharts().difference(i), 1e-12, "same scenario, same seed: chart " + i);
        }
    }

    @Test
    void scenariosPickedInTheListsRunFromTheNextStart() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 2);
        List<String> all = BeltGUI.scenarioChoices();
        assertTrue(all.contains("no-counterpart-aid") && all.contains("baseline"), all.toString());
        gui.levers().setScenario(all.indexOf("no-counterpart-aid"));
        gui.levers().setCompareWith(1 + all.indexOf("baseline"));
        assertEquals("baseline", gui.model().scenario().name(), "the running run goes on until restarted");
        gui.start();
        assertEquals("no-counterpart-aid", gui.model().scenario().name());
        assertEquals("baseline", gui.partner().model().scenario().name());
        assertEquals(gui.model().seed(), gui.partner().model().seed(), "same seed");
        assertEquals(0, gui.model().params().get(org.sxbelt.params.ParamSchema.COUNTERPART_AID));
        gui.runMonths(6);
        assertNotEquals(0.0, Math.abs(gui.compareCharts().difference(2)) + Math.abs(gui.compareCharts().difference(1)),
                "no counterpart aid differs from the baseline in park firms or jobs after six months");
        assertEquals(gui.levers().getCompareWith(), 1 + all.indexOf("baseline"));
        gui.levers().setCompareWith(0);
        gui.start();
        assertNull(gui.partner(), "back to one map");
    }
}
