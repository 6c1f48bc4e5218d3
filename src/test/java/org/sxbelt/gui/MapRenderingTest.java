package org.sxbelt.gui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Town;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
    void countyAndPrefectureOutlinesAreTheBaseLayer() {
        int county = GuiTestSupport.count(image, BeltMap.COUNTY_BORDER, 3);
        int prefecture = GuiTestSupport.count(image, BeltMap.PREFECTURE_BORDER, 3);
        assertTrue(county > 500, "county boundary pixels " + county);
        assertTrue(prefecture > 500, "prefecture boundary pixels " + prefecture);
        java.util.List<String> order = new java.util.ArrayList<>(gui.map().layers().keySet());
        assertEquals("County colours", order.get(0), "the choropleth lies under everything");
        assertEquals("Counties", order.get(1), "the outlines right above it");
    }

    @Test
    void countiesAreFilledByTheChosenIndicator() {
        // each county with data is filled with its ramp colour at the choropleth's opacity over the background
        int coloured = 0;
        for (org.sxbelt.agents.Town t : gui.model().belt().towns()) {
            double v = gui.map().townValue(t);
            if (Double.isNaN(v)) continue;
            Color c = BeltMap.rampColor(gui.map().coloring().position(v));
            double a = BeltMap.CHOROPLETH_ALPHA / 255.0;
            Color over = new Color((int) Math.round(a * c.getRed() + (1 - a) * BeltMap.BACKGROUND.getRed()),
                    (int) Math.round(a * c.getGreen() + (1 - a) * BeltMap.BACKGROUND.getGreen()),
                    (int) Math.round(a * c.getBlue() + (1 - a) * BeltMap.BACKGROUND.getBlue()));
            if (GuiTestSupport.count(image, over, 2) > 300) coloured++;
        }
        assertTrue(coloured >= gui.model().belt().towns().size() / 2, "counties filled in their colour: " + coloured);
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
    void theRailwaysAreALayerOfTheirOwnThatCanBeSwitchedOff() {
        java.util.List<String> order = new java.util.ArrayList<>(gui.map().layers().keySet());
        assertTrue(order.indexOf("Railways") > order.indexOf("Counties") && order.indexOf("Railways") < order.indexOf("Towns"),
                "railways over the base map, under the towns: " + order);
        assertTrue(gui.map().isVisible("Railways"), "on by default");
        int on = GuiTestSupport.count(image, BeltMap.RAIL, 3);
        assertTrue(on > 400, "rail pixels with the layer on: " + on);
        gui.map().setVisible("Railways", false);
        try {
            int off = GuiTestSupport.count(draw(gui), BeltMap.RAIL, 3);
            assertTrue(off < 20, "rail pixels with the layer off: " + off);
        } finally {
            gui.map().setVisible("Railways", true);
        }
    }

    /** In 2017 (the map after 30 months) Hotan–Ruoqiang (opened 2022-06) is dashed, Kashgar–Hotan (2011) solid. */
    @Test
    void aLineNotYetOpenIsDashed() {
        BufferedImage img = layerAlone("Railways", true);
        org.sxbelt.geo.BeltGeography geo = gui.model().geography();
        double solid = inkPerPixelOfLength(img, geo.byId("pishan"), geo.byId("moyu"));
        double dashed = inkPerPixelOfLength(img, geo.byId("cele"), geo.byId("yutian"));
        assertTrue(solid > 1.0, "ink along Pishan–Moyu per pixel of line: " + solid);
        // drawn (an absent line has no ink at all), with gaps: well under the solid line's ink
        assertTrue(dashed > 0.15 && dashed < 0.75 * solid, "dashed Cele–Yutian " + dashed + " against solid " + solid);
    }

    /** The layer {@code name} drawn alone on white, antialiased or not. */
    private static BufferedImage layerAlone(String name, boolean antialias) {
        BufferedImage img = new BufferedImage(BeltGUI.MAP_WIDTH, BeltGUI.MAP_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        g2.setPaint(Color.WHITE);
        g2.fillRect(0, 0, img.getWidth(), img.getHeight());
        if (antialias) g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        FieldPortrayal2D layer = gui.map().layers().get(name);
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight());
        layer.draw(null, g2, new DrawInfo2D(gui, layer, area, area));
        g2.dispose();
        return img;
    }

    /** Rail-coloured pixels within 5 px of the middle 60 % of the straight segment a–b, per pixel of its length. */
    private static double inkPerPixelOfLength(BufferedImage img, org.sxbelt.geo.County a, org.sxbelt.geo.County b) {
        Double2D pa = BeltMap.project(a.lon(), a.lat()), pb = BeltMap.project(b.lon(), b.lat());
        double k = img.getWidth() / BeltMap.WIDTH_KM;
        double ax = pa.x * k, ay = pa.y * k, bx = pb.x * k, by = pb.y * k;
        double len = Math.hypot(bx - ax, by - ay);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                double t = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / (len * len);
                if (t < 0.2 || t > 0.8) continue;
                double dist = Math.abs((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / len;
                if (dist > 5) continue;
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - BeltMap.RAIL.getRed()) <= 40 && Math.abs((rgb & 255) - BeltMap.RAIL.getBlue()) <= 40) n++;
            }
        }
        return n / (0.6 * len);
    }

    @Test
    void roadsVillagesFirmsAndFlowsAreDrawn() {
        assertTrue(GuiTestSupport.count(image, BeltMap.ROAD, 3) > 500, "road pixels");
        assertTrue(gui.map().villageDots() > 100 && gui.map().villageDots() <= BeltMap.MAX_VILLAGE_DOTS);
        // alone, every dot shows; on the map the towns, firms and flows drawn over them hide most
        int alone = GuiTestSupport.count(layerAlone("Villages", false), BeltMap.VILLAGE, 3);
        assertTrue(alone > 4 * gui.map().villageDots(), "village pixels of the layer alone: " + alone + " for " + gui.map().villageDots() + " dots");
        int onMap = GuiTestSupport.count(image, BeltMap.VILLAGE, 3);
        assertTrue(onMap > 100, "village pixels on the map: " + onMap);
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

    /**
     * Each firm's square is drawn at its place mapped to pixels: a pixel of its industry colour
     * within 2 px of the spot, on the firm layer drawn alone (town names go over firms on the full
     * map). Checked for the firms with no other firm within 6 km, whose squares nothing covers.
     */
    @Test
    void firmsAreDrawnAtTheirPlace() {
        BufferedImage layer = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = layer.createGraphics();
        FieldPortrayal2D firmLayer = gui.map().layers().get("Firms");
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, layer.getWidth(), layer.getHeight());
        firmLayer.draw(null, g, new DrawInfo2D(gui, firmLayer, area, area));
        g.dispose();
        double pxPerKmX = layer.getWidth() / BeltMap.WIDTH_KM, pxPerKmY = layer.getHeight() / BeltMap.HEIGHT_KM;
        Map<Firm, Double2D> places = new HashMap<>();
        for (Firm f : gui.model().belt().liveFirms()) places.put(f, BeltMap.firmLocation(f));
        int isolated = 0;
        for (Map.Entry<Firm, Double2D> e : places.entrySet()) {
            Double2D at = e.getValue();
            boolean crowded = places.entrySet().stream()
                    .anyMatch(o -> o.getKey() != e.getKey() && o.getValue().distance(at) < 6);
            if (crowded) continue;
            isolated++;
            int x = (int) (at.x * pxPerKmX), y = (int) (at.y * pxPerKmY);
            Color colour = BeltMap.industryColor(e.getKey().industry());
            assertTrue(GuiTestSupport.count(layer.getSubimage(x - 2, y - 2, 5, 5), colour, 1) > 0,
                    e.getKey() + " drawn at pixel " + x + "," + y);
        }
        assertTrue(isolated > 20, "firms apart from others: " + isolated);
    }

    /** Park firms cluster around their town; workshops ring their village, leaving its dot visible. */
    @Test
    void firmsArePlacedNearTheirTownOrVillage() {
        for (Firm f : gui.model().belt().liveFirms()) {
            Double2D at = BeltMap.firmLocation(f);
            assertEquals(at, gui.map().firmField().getObjectLocation(f), "the firm layer holds the firm at its place");
            if (f.village() == null) {
                Double2D town = BeltMap.project(f.town().county().lon(), f.town().county().lat());
                assertTrue(town.distance(at) < 30, "park firm within 30 km of its town: " + town.distance(at));
            } else {
                Double2D village = BeltMap.project(f.village().getLon(), f.village().getLat());
                double km = village.distance(at);
                assertTrue(km >= 4 && km <= 8, "workshop 4-8 km from its village dot: " + km);
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
