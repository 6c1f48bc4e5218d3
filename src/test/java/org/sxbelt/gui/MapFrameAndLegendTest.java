package org.sxbelt.gui;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.geo.CountyShapes;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing the map or its legend draws is cut off: the map's frame holds every county outline and
 * gateway, and the legend wraps its long lines and fits whole under the side-by-side charts.
 */
class MapFrameAndLegendTest {

    @Test
    void theFrameHoldsEveryCountyOutlineAndGateway() {
        BeltGeography geo = BeltGeography.loadDefault();
        CountyShapes shapes = CountyShapes.loadDefault();
        for (County c : geo.counties()) {
            Envelope e = shapes.shape(c.id()).getEnvelopeInternal();
            assertTrue(e.getMinX() > BeltMap.LON_MIN && e.getMaxX() < BeltMap.LON_MAX
                    && e.getMinY() > BeltMap.LAT_MIN && e.getMaxY() < BeltMap.LAT_MAX, c.id() + " leaves the frame: " + e);
        }
        for (County c : geo.allUnits()) {
            assertTrue(c.lon() > BeltMap.LON_MIN && c.lon() < BeltMap.LON_MAX && c.lat() > BeltMap.LAT_MIN
                    && c.lat() < BeltMap.LAT_MAX, c.id() + " leaves the frame");
        }
    }

    @Test
    void longLinesWrapWithinTheWidthInEnglishAndChinese() {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setFont(CjkFonts.font(Font.PLAIN, 12f));
        java.awt.FontMetrics fm = g.getFontMetrics();
        int width = 150;
        for (String text : new String[]{"Counties and towns coloured by (towns: circle size = population)",
                "县域与城镇着色（城镇圆圈大小 = 人口）县域与城镇着色"}) {
            java.util.List<String> lines = LegendPanel.wrap(fm, text, width);
            assertTrue(lines.size() >= 2, "wrapped: " + lines);
            for (String line : lines) assertTrue(fm.stringWidth(line) <= width, "too wide: " + line);
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "no text lost");
        }
        assertEquals(java.util.List.of("Counties and towns", "coloured by"),
                LegendPanel.wrap(fm, "Counties and towns coloured by", fm.stringWidth("Counties and towns c")),
                "English breaks at the last space that fits");
        assertEquals(java.util.List.of("short"), LegendPanel.wrap(fm, "short", width));
        g.dispose();
    }

    @Test
    void theLegendFitsUnderTheSideBySideCharts() {
        int y = BeltGUI.MAP_HEIGHT + Snapshot.COMPARE_CHART_HEIGHT;
        assertTrue(Snapshot.COMPARE_HEIGHT - y >= LegendPanel.HEIGHT, "the compare view's legend strip is shorter than the legend");
    }
}
