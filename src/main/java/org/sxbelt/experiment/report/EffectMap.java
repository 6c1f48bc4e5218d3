package org.sxbelt.experiment.report;

import org.sxbelt.geo.County;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A choropleth of the belt: each county's area coloured by a value (a scenario's effect), on a diverging
 * scale symmetric around zero. The project has the counties' seats (geo/counties.csv, the points the GUI's
 * map draws its towns at), not their boundaries, so a county's area is approximated by the points nearer
 * to its seat than to any other (a Voronoi cell on the GUI's plane: longitude scaled by the cosine of the
 * mean latitude), cut off 110 km from the seat. Rendered to PNG in memory.
 */
final class EffectMap {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 340;
    static final int HEIGHT = 270;
    static final double MAX_KM = 110;
    static final Color NEGATIVE = new Color(0x2166AC);
    static final Color POSITIVE = new Color(0xB2182B);
    static final Color NO_DATA = new Color(0xCCCCCC);

    private EffectMap() {}

    /**
     * @param values county id to value (missing or NaN: grey)
     * @param range  the largest absolute value of the scale (shared by the maps of one indicator)
     */
    static byte[] png(String title, List<County> counties, Map<String, Double> values, double range,
                      PeopleNumberFormat format) {
        int top = 24, bottom = 34;
        int mapH = HEIGHT - top - bottom;
        double lat0 = 0, minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (County c : counties) lat0 += c.lat() / counties.size();
        double cos = Math.cos(Math.toRadians(lat0));
        int n = counties.size();
        double[] cx = new double[n], cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = counties.get(i).lon() * cos * 111.32;
            cy[i] = counties.get(i).lat() * 110.57;
            minX = Math.min(minX, cx[i]);
            maxX = Math.max(maxX, cx[i]);
            minY = Math.min(minY, cy[i]);
            maxY = Math.max(maxY, cy[i]);
        }
        minX -= MAX_KM * 0.6;
        maxX += MAX_KM * 0.6;
        minY -= MAX_KM * 0.6;
        maxY += MAX_KM * 0.6;
        double kmPerPx = Math.max((maxX - minX) / WIDTH, (maxY - minY) / mapH);
        double offX = (WIDTH - (maxX - minX) / kmPerPx) / 2, offY = (mapH - (maxY - minY) / kmPerPx) / 2;
        int[] owner = new int[WIDTH * mapH];
        for (int py = 0; py < mapH; py++) {
            double y = maxY - (py - offY + 0.5) * kmPerPx;
            for (int px = 0; px < WIDTH; px++) {
                double x = minX + (px - offX + 0.5) * kmPerPx;
                int best = -1;
                double bestD = MAX_KM * MAX_KM;
                for (int i = 0; i < n; i++) {
                    double dx = x - cx[i], dy = y - cy[i], d = dx * dx + dy * dy;
                    if (d < bestD) {
                        bestD = d;
                        best = i;
                    }
                }
                owner[py * WIDTH + px] = best;
            }
        }
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int[] rgb = new int[n];
        for (int i = 0; i < n; i++) {
            Double v = values.get(counties.get(i).id());
            rgb[i] = colour(v == null ? Double.NaN : v, range).getRGB();
        }
        int border = new Color(0x666666).getRGB();
        for (int py = 0; py < mapH; py++) {
            for (int px = 0; px < WIDTH; px++) {
                int o = owner[py * WIDTH + px];
                if (o < 0) continue;
                boolean edge = (px + 1 < WIDTH && owner[py * WIDTH + px + 1] != o)
                        || (py + 1 < mapH && owner[(py + 1) * WIDTH + px] != o);
                img.setRGB(px, py + top, edge ? border : rgb[o]);
            }
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
