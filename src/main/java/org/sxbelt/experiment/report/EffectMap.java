package org.sxbelt.experiment.report;

import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sxbelt.geo.County;
import org.sxbelt.geo.CountyShapes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A choropleth of the belt: each county's area coloured by a value (a scenario's effect), on a diverging
 * scale symmetric around zero. The areas are the real county boundaries of {@link CountyShapes}
 * (geo/counties.geojson), drawn on the GUI's plane (longitude scaled by the cosine of the seats' mean
 * latitude), with the seats as dots; the XPCC cities, cut out of the counties around them, carry their
 * own values. Rendered to PNG in memory.
 */
final class EffectMap {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 340;
    static final int HEIGHT = 270;
    /** Margin around the shapes, km. */
    static final double MARGIN_KM = 8;
    static final Color NEGATIVE = new Color(0x2166AC);
    static final Color POSITIVE = new Color(0xB2182B);
    static final Color NO_DATA = new Color(0xCCCCCC);
    static final Color BORDER = new Color(0x666666);

    private EffectMap() {}

    /**
     * @param values county id to value (missing or NaN: grey)
     * @param range  the largest absolute value of the scale (shared by the maps of one indicator)
     */
    static byte[] png(String title, List<County> counties, Map<String, Double> values, double range,
                      PeopleNumberFormat format) {
        int top = 24, bottom = 34;
        int mapH = HEIGHT - top - bottom;
        CountyShapes shapes = CountyShapes.loadDefault();
        double lat0 = 0;
        for (County c : counties) lat0 += c.lat() / counties.size();
        double cos = Math.cos(Math.toRadians(lat0));
        int n = counties.size();
        double[] cx = new double[n], cy = new double[n];
        Envelope box = new Envelope();
        for (int i = 0; i < n; i++) {
            cx[i] = counties.get(i).lon() * cos * 111.32;
            cy[i] = counties.get(i).lat() * 110.57;
            box.expandToInclude(cx[i], cy[i]);
            Geometry shape = shapes.shape(counties.get(i).id());
            if (shape != null) {
                Envelope e = shape.getEnvelopeInternal();
                box.expandToInclude(e.getMinX() * cos * 111.32, e.getMinY() * 110.57);
                box.expandToInclude(e.getMaxX() * cos * 111.32, e.getMaxY() * 110.57);
            }
        }
        box.expandBy(MARGIN_KM);
        double minX = box.getMinX(), maxY = box.getMaxY();
        double kmPerPx = Math.max(box.getWidth() / WIDTH, box.getHeight() / mapH);
        double offX = (WIDTH - box.getWidth() / kmPerPx) / 2, offY = (mapH - box.getHeight() / kmPerPx) / 2;
        ShapeWriter toScreen = new ShapeWriter((src, dest) -> dest.setLocation(
                (src.x * cos * 111.32 - minX) / kmPerPx + offX,
                (maxY - src.y * 110.57) / kmPerPx + offY + top));
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Shape[] areas = new Shape[n];
        for (int i = 0; i < n; i++) {
            Geometry shape = shapes.shape(counties.get(i).id());
            if (shape == null) continue;
            areas[i] = toScreen.toShape(shape);
            Double v = values.get(counties.get(i).id());
            g.setColor(colour(v == null ? Double.NaN : v, range));
            g.fill(areas[i]);
        }
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Shape a : areas) {
            if (a != null) g.draw(a);
        }
        g.setColor(new Color(0x333333));
        for (int i = 0; i < n; i++) {
            int px = (int) Math.round((cx[i] - minX) / kmPerPx + offX);
            int py = (int) Math.round((maxY - cy[i]) / kmPerPx + offY) + top;
            g.fillOval(px - 2, py - 2, 4, 4);
        }
        g.setFont(ChartFonts.font(format.chinese(), Font.BOLD, 13));
        g.drawString(title, 6, 17);
        // the colour bar
        int barX = 40, barW = WIDTH - 80, barY = HEIGHT - bottom + 6;
        for (int i = 0; i < barW; i++) {
            double v = range * (2.0 * i / (barW - 1) - 1);
            g.setColor(colour(v, range));
            g.fillRect(barX + i, barY, 1, 9);
        }
        g.setColor(new Color(0x666666));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(barX, barY, barW, 9);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String lo = range > 0 ? format.text(-range) : "", hi = range > 0 ? format.text(range) : "";
        g.drawString(lo, Math.max(1, barX - g.getFontMetrics().stringWidth(lo) / 2), barY + 22);
        g.drawString("0", barX + barW / 2 - 3, barY + 22);
        g.drawString(hi, Math.min(WIDTH - g.getFontMetrics().stringWidth(hi) - 1, barX + barW - g.getFontMetrics().stringWidth(hi) / 2), barY + 22);
        g.dispose();
        return TimeSeriesChart.png(img);
    }

    /** White at zero, towards blue below and red above, full colour at ±range; grey for NaN. */
    static Color colour(double v, double range) {
        if (Double.isNaN(v)) return NO_DATA;
        double t = range <= 0 ? 0 : Math.max(-1, Math.min(1, v / range));
        Color end = t < 0 ? NEGATIVE : POSITIVE;
        double a = Math.abs(t);
        return new Color((int) Math.round(255 + (end.getRed() - 255) * a), (int) Math.round(255 + (end.getGreen() - 255) * a),
                (int) Math.round(255 + (end.getBlue() - 255) * a));
    }
}
