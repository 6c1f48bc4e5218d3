package org.sxbelt.gui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Town;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map drawn off-screen (no Console, no window) after a few simulated months. */
class MapRenderingTest {

    private static BeltGUI gui;
    private static BufferedImage image;

    @BeforeAll
    static void render() throws Exception {
        gui = GuiTestSupport.startedGui(Labels.Lang.EN, 30);
        image = draw(gui);
        File dir = new File("target/gui-test");
        dir.mkdirs();
        ImageIO.write(image, "png", new File(dir, "map.png"));
    }

    static BufferedImage draw(BeltGUI g) {
        BufferedImage img = new BufferedImage(BeltGUI.MAP_WIDTH, BeltGUI.MAP_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        g.map().paint(g2, g, new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight()));
        g2.dispose();
        return img;
    }

    @Test
    void mapIsNotBlank() {
        assertTrue(GuiTestSupport.variance(image) > 50, "grey-level variance " + GuiTestSupport.variance(image));
        assertTrue(GuiTestSupport.count(image, BeltMap.BACKGROUND, 0) > image.getWidth() * image.getHeight() / 3,
                "the background should still cover much of the map");
    }

    @Test
    void townsAreColouredByTheChosenIndicator() {
        Set<Integer> colours = new HashSet<>();
        int found = 0;
        for (Town t : gui.model().belt().towns()) {
            Color c = gui.map().townColor(t);
            colours.add(c.getRGB());
            if (GuiTestSupport.count(image, c, 2) > 20) found++;
        }
        assertTrue(found >= gui.model().belt().towns().size() / 2, "town colours found on the map: " + found);
        assertTrue(colours.size() > 5, "towns should differ in colour: " + colours.size());
        assertFalse(Double.isNaN(gui.map().townValue(gui.model().belt().town(0))), "values after the first month");
    }

    @Test
    void roadsVillagesFirmsAndFlowsAreDrawn() {
        assertTrue(GuiTestSupport.count(image, BeltMap.ROAD, 3) > 500, "road pixels");
        assertTrue(GuiTestSupport.count(image, BeltMap.VILLAGE, 3) > 200, "village pixels");
        assertTrue(gui.map().villageDots() > 100 && gui.map().villageDots() <= BeltMap.MAX_VILLAGE_DOTS);
        assertFalse(gui.model().belt().liveFirms().isEmpty(), "firms after eight months");
        int industryPixels = 0;
        for (Firm f : gui.model().belt().liveFirms()) {
            industryPixels = Math.max(industryPixels, GuiTestSupport.count(image, BeltMap.industryColor(f.industry()), 1));
        }
        assertTrue(industryPixels > 10, "firm squares in industry colours");
        assertFalse(gui.map().flows(BeltMap.FlowVolume.Kind.COMMUTE).isEmpty(), "commuting flows");
        assertFalse(gui.map().flows(BeltMap.FlowVolume.Kind.MIGRANT_XJ).isEmpty(), "migration flows");
        assertEquals(gui.model().belt().liveFirms().size(), gui.map().firmField().getAllObjects().numObjs);
    }

    @Test
    void firmPositionsAreDeterministicAndNearTheirTown() {
        for (Firm f : gui.model().belt().liveFirms()) {
            assertEquals(BeltMap.firmLocation(f), BeltMap.firmLocation(f));
            if (f.village() == null) {
                var t = BeltMap.project(f.town().county().lon(), f.town().county().lat());
                assertTrue(t.distance(BeltMap.firmLocation(f)) < 30, "park firm within 30 km of its town");
            }
        }
    }

    @Test
    void recolouringChangesTheMap() {
        MapColoring before = gui.map().coloring();
        try {
            gui.setColoring(MapColoring.POVERTY_RATE);
            BufferedImage poverty = draw(gui);
            // Compare whole images: one town's exact colour may be hidden under firms or flows.
            int changed = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (image.getRGB(x, y) != poverty.getRGB(x, y)) changed++;
                }
            }
            assertTrue(changed > 100, "pixels changed by recolouring: " + changed);
        } finally {
            gui.setColoring(before);
        }
    }
}
