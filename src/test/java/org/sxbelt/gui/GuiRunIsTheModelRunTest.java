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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    /** What the Console does at ▶: reseeds the model with its seed, then starts the GUI. */
    private static void pressPlay(BeltGUI gui) {
        gui.model().setSeed(gui.model().seed());
        gui.start();
    }

    private static Map<String, Double> after(BeltGUI gui, int months) {
        for (int i = 0; i < months; i++) gui.step();
        return new TreeMap<>(gui.model().observer().latestBelt());
    }

    @Test
    void theFirstPlayAfterThePreviewPlaysThePreviewsStartAndGivesTheRunOfAFreshStart() {
        BeltGUI fresh = new BeltGUI(model(), Labels.Lang.EN);
        fresh.start();
        Map<String, Double> expected = after(fresh, MONTHS);
        fresh.finish();

        BeltGUI gui = new BeltGUI(model(), Labels.Lang.EN);
        gui.preview();
        org.sxbelt.model.Belt previewed = gui.model().belt();
        pressPlay(gui);
        assertSame(previewed, gui.model().belt(), "the preview's belt is played, not built again");
        assertEquals(expected, after(gui, MONTHS));
        gui.finish();
    }

    @Test
    void aLeverSetBeforeTheFirstPlayOrAStopMakesAFreshStart() {
        BeltGUI gui = new BeltGUI(model(), Labels.Lang.EN);
        gui.preview();
        org.sxbelt.model.Belt previewed = gui.model().belt();
        org.sxbelt.params.Param lever = ParamSchema.WAGE_SUBSIDY;
        gui.model().hold(lever, true);
        gui.model().params().set(lever, gui.model().params().get(lever) == 0 ? 0.3 : 0);
        pressPlay(gui);
        assertNotSame(previewed, gui.model().belt(), "a locked lever the preview did not start with: built again");

        BeltGUI other = new BeltGUI(model(), Labels.Lang.EN);
        other.preview();
        previewed = other.model().belt();
        other.finish();   // ■ before ▶
        pressPlay(other);
        assertNotSame(previewed, other.model().belt(), "after a stop: built again");
        other.finish();
        gui.finish();
    }

    private static BeltGUI pair() {
        BeltGUI a = new BeltGUI(model(), Labels.Lang.EN);
        a.pairWith(new BeltGUI(model(), Labels.Lang.EN), new CompareCharts("baseline", "baseline", Labels.of(Labels.Lang.EN)));
        return a;
    }

    @Test
    void sideBySideBothPreviewsArePlayedAndGiveTheRunsOfAFreshStart() {
        BeltGUI fresh = pair();
        fresh.start();
        fresh.runMonths(4);
        Map<String, Double> a = new TreeMap<>(fresh.model().observer().latestBelt());
        Map<String, Double> b = new TreeMap<>(fresh.partner().model().observer().latestBelt());
        fresh.finish();
        fresh.partner().finish();

        BeltGUI gui = pair();
        gui.preview();
        org.sxbelt.model.Belt pa = gui.model().belt(), pb = gui.partner().model().belt();
        pressPlay(gui);
        assertSame(pa, gui.model().belt());
        assertSame(pb, gui.partner().model().belt());
        gui.runMonths(4);
        assertEquals(a, new TreeMap<>(gui.model().observer().latestBelt()));
        assertEquals(b, new TreeMap<>(gui.partner().model().observer().latestBelt()));
        gui.finish();
        gui.partner().finish();
    }
}
