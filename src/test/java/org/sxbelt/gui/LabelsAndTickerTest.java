package org.sxbelt.gui;

import org.junit.jupiter.api.Test;
import org.sxbelt.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both label bundles, the event ticker's hand-off to Swing, and the gui command without a display. */
class LabelsAndTickerTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsEmpty() {
        Labels zh = Labels.of(Labels.Lang.ZH), en = Labels.of(Labels.Lang.EN);
        assertEquals(en.keys(), zh.keys());
        for (String k : en.keys()) {
            assertFalse(en.get(k).isBlank(), k);
            assertFalse(zh.get(k).isBlank(), k);
        }
        for (MapColoring c : MapColoring.values()) assertFalse(en.get(c.labelKey()).startsWith("?"), c.name());
        assertTrue(zh.get("chart.poverty").codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        assertEquals("?nope?", en.get("nope"));
        assertEquals(Labels.Lang.ZH, Labels.Lang.parse(" ZH "));
        assertThrows(IllegalArgumentException.class, () -> Labels.Lang.parse("fr"));
    }

    @Test
    void tickerReceivesModelEventsOnTheSwingThread() {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 6);
        GuiTestSupport.flushSwing();
        List<String>[] shown = new List[1];
        try {
            javax.swing.SwingUtilities.invokeAndWait(() -> shown[0] = gui.ticker().shown());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertFalse(shown[0].isEmpty(), "firm openings in the first six months");
        assertTrue(shown[0].get(0).matches("\\d{4}-\\d{2}: .*"), shown[0].get(0));
        assertTrue(shown[0].size() <= EventTicker.MAX);
    }

    @Test
    void tickerShowsEventsInTheChosenLanguageAndSwitches() throws Exception {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.ZH, 6);
        GuiTestSupport.flushSwing();
        List<String>[] shown = new List[2];
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            shown[0] = gui.ticker().shown();
            gui.ticker().setChinese(false);
            shown[1] = gui.ticker().shown();
        });
        assertFalse(shown[0].isEmpty(), "firm openings in the first six months");
        assertEquals(shown[0].size(), shown[1].size(), "the same events in both languages");
        assertTrue(shown[0].get(0).matches("\\d{4}-\\d{2}：.*[\\u4e00-\\u9fff].*"), shown[0].get(0));
        assertTrue(shown[1].get(0).matches("\\d{4}-\\d{2}: [ -~]*"), shown[1].get(0));
    }

    @Test
    void guiCommandWithoutADisplaySaysSoAndExitsTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "gui", "--scale", "500");
        assertEquals(2, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("error: ") && e.contains("xvfb-run") && e.strip().lines().count() == 1, e);
        code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "gui", "--lang", "fr");
        assertEquals(2, code);
    }
}
