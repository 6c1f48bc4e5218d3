package org.sxbelt.gui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Town;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.util.Double2D;
import sim.util.Properties;

import javax.swing.JLabel;
import javax.swing.JTextField;
import java.awt.Component;
import java.awt.Container;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One click on the map picks the town under the cursor; its inspector reads in the chosen language. */
class MapInspectionTest {

    private static BeltGUI gui;
    private static final Rectangle2D.Double AREA = new Rectangle2D.Double(0, 0, BeltGUI.MAP_WIDTH, BeltGUI.MAP_HEIGHT);

    @BeforeAll
    static void start() {
        gui = GuiTestSupport.startedGui(Labels.Lang.EN, 13);
    }

    private static double[] pixel(Town t) {
        Double2D km = BeltMap.project(t.county().lon(), t.county().lat());
        return new double[]{km.x * AREA.width / BeltMap.WIDTH_KM, km.y * AREA.height / BeltMap.HEIGHT_KM};
    }

    @Test
    void aClickOnATownPicksTheTownNotTheRoadsFirmsOrLinesUnderIt() {
        int towns = 0;
        for (Town t : gui.model().belt().towns()) {
            double[] px = pixel(t);
            sim.util.Bag[] hits = gui.map().objectsAt(gui, AREA, px[0], px[1]);
            int under = 0;
            for (sim.util.Bag b : hits) under += b.numObjs;
            LocationWrapper w = BeltMap.pick(hits);
            assertNotNull(w, t + ": nothing under its centre");
            if (w.getObject() == t) towns++;
            else assertTrue(w.getObject() instanceof Town, t + " picked " + w.getObject() + " among " + under);
            if (t.index() == 0) assertTrue(under >= 2, "more than the town lies under its centre: " + under);
        }
        // towns sharing one place (a city inside its county) may pick the neighbour; nearly all pick themselves
        assertTrue(towns >= gui.model().belt().towns().size() - 3, "towns picking themselves: " + towns);
        assertEquals(null, BeltMap.pick(gui.map().objectsAt(gui, AREA, 5, AREA.height - 5)), "an empty corner");
    }

    @Test
    void townInspectorShowsUnitsAndNamesInTheLanguage() {
        Town t = gui.model().belt().town(0);
        Map<String, String> en = fields(t);
        assertTrue(en.get("Population (census)").matches("[0-9,]+ persons"), en.toString());
        assertTrue(en.get("Poverty rate (rural)").matches("[0-9.]+ %"), en.toString());
        assertTrue(en.get("Jobs in the town park").endsWith(" persons"), en.toString());
        for (String v : en.values()) assertFalse(v.matches(".*\\.[0-9]{4,}.*"), "raw number: " + v);
        gui.setLanguage(Labels.Lang.ZH);
        try {
            Map<String, String> zh = fields(t);
            assertTrue(zh.containsKey("人口（普查）"), zh.keySet().toString());
            assertTrue(zh.get("人口（普查）").endsWith(" 人"), zh.toString());
            for (String name : zh.keySet()) assertFalse(name.matches("[A-Za-z ]+"), "English name in Chinese mode: " + name);
        } finally {
            gui.setLanguage(Labels.Lang.EN);
        }
    }

    @Test
    void firmsAggregatePerTownAndExtraLayersStartHidden() {
        assertFalse(gui.map().isVisible("Migration"), "migration arrows off by default");
        assertFalse(gui.map().isVisible("Firms"), "single firm squares off by default");
        assertTrue(gui.map().isVisible("Firms by town") && gui.map().isVisible("Commuting sheds"));
        List<String> order = new ArrayList<>(gui.map().layers().keySet());
        assertEquals("Labels", order.get(order.size() - 1), "labels above everything");
        assertTrue(order.indexOf("Towns") > order.indexOf("Firms by town"), "towns over their firm pies");
        Properties p = Properties.getProperties(new TownInspection(gui.model().belt().town(0), gui.model(), gui.labels()));
        assertTrue(p.numProperties() > 10);
    }

    @Test
    void villageInspectorShowsAHouseholdsLastTwelveMonths() {
        Object[] drawn = gui.map().villageField().getAllObjects().objs;
        org.sxbelt.agents.Village v = null;
        for (Object o : drawn) {
            if (o instanceof org.sxbelt.agents.Village x && gui.map().history(x) != null) { v = x; break; }
        }
        assertNotNull(v, "a drawn village with a watched household");
        Map<String, String> f = fields(v, "Villages");
        assertTrue(f.get("A household of the village").matches("#[0-9]+: [0-9,]+ persons · .+"), f.toString());
        for (int i = 1; i <= 12; i++) {
            String row = f.get(i + " month(s) ago");
            assertNotNull(row, f.keySet().toString());
            assertTrue(row.matches("20[0-9]{2}-[0-9]{2}: .+ · -?[0-9,]+ yuan \\(farm -?[0-9]+, policy -?[0-9]+, wages and other [0-9]+\\)"), row);
        }
        assertTrue(f.get("1 month(s) ago").startsWith("2016-01"), "newest first: " + f.get("1 month(s) ago"));
        assertTrue(f.get("12 month(s) ago").startsWith("2015-02"), f.get("12 month(s) ago"));
    }

    @Test
    void villageInspectorSaysInWordsWhatTheHouseholdsTracedMemberLastDecided() {
        org.sxbelt.agents.Persons ps = gui.model().belt().persons();
        assertTrue(gui.model().tracePersons() == DecisionLog.PERSONS && gui.model().trace() != null, "the GUI traces a sample");
        assertTrue(gui.map().decisions().size() > 0, "rows kept");
        int drawn = 0, withTraced = 0, traced = 0;
        org.sxbelt.agents.Village shown = null;
        for (Object o : gui.map().villageField().getAllObjects().objs) {
            if (!(o instanceof org.sxbelt.agents.Village v) || gui.map().history(v) == null) continue;
            drawn++;
            HouseholdHistory h = gui.map().history(v);
            int p = h.tracedMember();
            if (p == org.sxbelt.agents.Persons.NONE) continue;
            withTraced++;
            if (gui.model().traced(p)) traced++;   // else died (their slot may hold a newborn since)
            DecisionLog.Row r = gui.map().decisions().last(p);
            if (shown == null && r != null && r.household() == h.household() && !r.options().isEmpty()) shown = v;
        }
        // the watched household is one with a traced member where the village has one (all do at scale 500)
        assertTrue(withTraced > 0.9 * drawn && traced > 0.9 * withTraced, "drawn villages " + drawn + ", with a traced member " + withTraced
                + ", still traced " + traced);
        assertNotNull(shown, "a drawn village whose traced member weighed options; with a traced member: " + withTraced);
        Map<String, String> f = fields(shown, "Villages");
        assertTrue(f.get("Traced member (decision trace)").matches("#[0-9]+ · .+"), f.toString());
        assertTrue(f.get("Last decision (month: status before → after)").matches("20[0-9]{2}-[0-9]{2}: [a-z ]+ → [a-z ]+"), f.toString());
        assertTrue(f.get("Options weighed (expected income, yuan; the model's words)").matches(".*[0-9].*"), f.toString());
        assertFalse(f.get("Chosen (the model's words)").isBlank(), f.toString());
        assertTrue(f.get("Why (the model's words, in English)").length() > 3, f.toString());
        gui.setLanguage(Labels.Lang.ZH);
        try {
            Map<String, String> zh = fields(shown, "Villages");
            String last = zh.get("最近一次决定（月份：之前状态 → 之后状态）");
            assertNotNull(last, zh.keySet().toString());
            assertTrue(last.matches("20[0-9]{2}-[0-9]{2}: \\P{IsLatin}+ → \\P{IsLatin}+"), "statuses in Chinese: " + last);
            assertNotNull(zh.get("原因（模型原文，英文）"), zh.keySet().toString());
        } finally {
            gui.setLanguage(Labels.Lang.EN);
        }
    }

    @Test
    void theDecisionLogKeepsOneRowPerPersonAndIsBounded() {
        DecisionLog log = new DecisionLog();
        for (int p = 0; p < DecisionLog.MAX_ROWS + 50; p++) log.row(0, p, p, 0, "kashgar", "farming", "park", "", "", "x");
        log.row(1, 60, 60, 0, "kashgar", "park", "farming", "", "", "quit");
        log.row(2, 60, 60, 0, "kashgar", "farming", "farming", "", "", "again");
        assertEquals(DecisionLog.MAX_ROWS, log.size());
        assertEquals(null, log.last(0), "the oldest row dropped");
        assertEquals("again", log.last(60).reason(), "the last row kept");
        assertEquals(2, log.last(60).month());
    }

    private static Map<String, String> fields(Town t) { return fields(t, "Towns"); }

    private static Map<String, String> fields(Object t, String layerName) {
        FieldPortrayal2D layer = gui.map().layers().get(layerName);
        Object at = t instanceof Town ? gui.map().places().getObjectLocation(t) : gui.map().villageField().getObjectLocation(t);
        Inspector i = layer.getInspector(new LocationWrapper(t, at, layer), gui);
        List<Component> flat = new ArrayList<>();
        flatten(i, flat);
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        for (Component c : flat) {
            if (c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()) name = l.getText().trim();
            else if (name != null && c instanceof JTextField f) {
                out.put(name, f.getText());
                name = null;
            }
        }
        return out;
    }

    private static void flatten(Component c, List<Component> out) {
        out.add(c);
        if (c instanceof Container k) for (Component d : k.getComponents()) flatten(d, out);
    }
}
