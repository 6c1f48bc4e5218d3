package org.sxbelt.gui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Status;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Charts and Chinese labels drawn off-screen. */
class ChartAndLabelRenderingTest {

    private static final int MONTHS = 14;
    private static BeltGUI gui;

    @BeforeAll
    static void play() {
        gui = GuiTestSupport.startedGui(Labels.Lang.ZH, MONTHS);
        GuiTestSupport.flushSwing();
    }

    @Test
    void chartsGetOnePointPerMonthAndRender() throws Exception {
        File dir = new File("target/gui-test");
        dir.mkdirs();
        for (BeltCharts.Chart c : gui.charts().all()) {
            assertEquals(MONTHS, c.points(), c.titleKey());
            BufferedImage img = c.chart().createBufferedImage(640, 420);
            ImageIO.write(img, "png", new File(dir, c.titleKey() + ".png"));
            assertTrue(GuiTestSupport.variance(img) > 20, c.titleKey() + " is blank");
        }
        // employment lines carry the status colours: the park line's colour is in the picture
        BufferedImage emp = gui.charts().employment().chart().createBufferedImage(640, 420);
        assertTrue(GuiTestSupport.count(emp, new Color(0x1B, 0x9E, 0x77), 40) > 30, "park line drawn");
        assertEquals(gui.labels().status(Status.FARMING), gui.charts().employment().seriesNames().get(0));
    }

    @Test
    void languageSwitchRelabelsCharts() {
        try {
            gui.setLanguage(Labels.Lang.EN);
            assertEquals("Employment by status", gui.charts().employment().chart().getTitle().getText());
            assertEquals(Status.FARMING.en(), gui.charts().employment().seriesNames().get(0));
            gui.setLanguage(Labels.Lang.ZH);
            assertEquals("按就业状态分的人数", gui.charts().employment().chart().getTitle().getText());
            assertEquals(Status.FARMING.zh(), gui.charts().employment().seriesNames().get(0));
        } finally {
            gui.setLanguage(Labels.Lang.ZH);
        }
    }

    @Test
    void chineseGlyphsRenderAndAreNotTofu() {
        assumeTrue(CjkFonts.available(), "no CJK font installed (e.g. apt-get install fonts-wqy-zenhei)");
        String text = gui.labels().get("chart.poverty");           // 贫困发生率
        Font f = CjkFonts.font(Font.PLAIN, 28f);
        assertEquals(-1, f.canDisplayUpTo(text), CjkFonts.family());
        BufferedImage chinese = render(text, f);
        char[] missing = new char[text.length()];
        Arrays.fill(missing, '\uE000');                            // private use: the font's missing-glyph box
        BufferedImage tofu = render(new String(missing), f);
        int ink = GuiTestSupport.inked(chinese);
        assertTrue(ink > 200, "Chinese text left " + ink + " pixels");
        int differing = 0;
        for (int y = 0; y < chinese.getHeight(); y++) {
            for (int x = 0; x < chinese.getWidth(); x++) if (chinese.getRGB(x, y) != tofu.getRGB(x, y)) differing++;
        }
        assertTrue(differing > ink / 3, "Chinese glyphs look like missing-glyph boxes (" + differing + " pixels differ)");
        // glyphs differ from each other (boxes would all look the same)
        BufferedImage one = render(text.substring(0, 1), f), two = render(text.substring(1, 2), f);
        assertFalse(Arrays.equals(pixels(one), pixels(two)));
    }

    @Test
    void chineseLegendAndChartTitleRender() throws Exception {
        assumeTrue(CjkFonts.available(), "no CJK font installed");
        BufferedImage legend = new BufferedImage(LegendPanel.WIDTH, LegendPanel.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = legend.createGraphics();
        LegendPanel.paintLegend(g, gui.labels(), gui.map().coloring(), legend.getWidth(), legend.getHeight());
        g.dispose();
        ImageIO.write(legend, "png", new File("target/gui-test/legend-zh.png"));
        assertTrue(GuiTestSupport.inked(legend) > 3000, "legend drawn");
        Font title = gui.charts().poverty().chart().getTitle().getFont();
        assertEquals(-1, title.canDisplayUpTo(gui.charts().poverty().chart().getTitle().getText()), title.toString());
    }

    private static BufferedImage render(String s, Font f) {
        BufferedImage img = new BufferedImage(240, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setPaint(Color.BLACK);
        g.setFont(f);
        g.drawString(s, 5, 38);
        g.dispose();
        return img;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
