package org.sxbelt.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI saves its state and opens it again (issue 20 item 3): the opened state goes on exactly as the
 * saved one would have, map and ticker follow it, and a file that is not a checkpoint is refused.
 */
class SaveAndLoadStateTest {

    @TempDir
    Path tmp;

    @Test
    void anOpenedStateGoesOnAsTheSavedOneWould() throws Exception {
        BeltGUI saved = GuiTestSupport.startedGui(Labels.Lang.EN, 4);
        Path file = tmp.resolve("class.checkpoint");
        saved.saveState(file);

        BeltGUI opened = GuiTestSupport.startedGui(Labels.Lang.EN, 1);
        assertTrue(opened.readNewStateFromCheckpoint(file.toFile()));
        assertNotSame(saved.model(), opened.model());
        assertEquals(4, opened.model().monthsDone());
        for (int i = 0; i < 3; i++) {
            saved.step();
            opened.step();
        }
        assertEquals(7, opened.model().monthsDone());
        assertEquals(saved.model().observer().latestBelt(), opened.model().observer().latestBelt(),
                "the opened state's months 5-7 are the saved run's");
        assertTrue(GuiTestSupport.variance(MapRenderingTest.draw(opened)) > 0, "the map draws the opened state");
    }

    @Test
    void aFileThatIsNotACheckpointIsRefusedInOneLine() throws IOException {
        BeltGUI gui = GuiTestSupport.startedGui(Labels.Lang.EN, 1);
        Path junk = Files.writeString(tmp.resolve("notes.checkpoint"), "not a checkpoint");
        IOException e = assertThrows(IOException.class, () -> gui.readNewStateFromCheckpoint(junk.toFile()));
        assertTrue(e.getMessage().contains("not a checkpoint file") && !e.getMessage().contains("\n"), e.getMessage());
        assertEquals(1, gui.model().monthsDone(), "the running state is kept");
    }
}
