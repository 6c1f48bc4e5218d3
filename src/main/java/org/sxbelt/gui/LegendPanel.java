package org.sxbelt.gui;

import org.sxbelt.agents.Industry;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.List;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The map legend: the town colour scale of the current colouring with its end values, the
 * industry colours of the firm squares, villages, roads and the three kinds of flow lines.
 * {@link #paintLegend} also draws it into images (tests, screenshots).
 */
public final class LegendPanel extends JComponent {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 404;

    private final BeltGUI gui;

    public LegendPanel(BeltGUI gui) {
        this.gui = gui;
        setPreferredSize(new Dimension(WIDTH, HEIGHT));
        setOpaque(true);
    }

    @Override
    protected void paintComponent(Graphics g) {
        paintLegend((Graphics2D) g, gui.labels(), gui.map().coloring(), getWidth(), getHeight());
    }

    public static void paintLegend(Graphics2D g, Labels l, MapColoring coloring, int w, int h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Font head = CjkFonts.font(Font.BOLD, 13f);
        Font body = CjkFonts.font(Font.PLAIN, 12f);
        int x = 12, y = 20;
        g.setPaint(Color.BLACK);
        g.setFont(head);
        y = drawWrapped(g, l.get("legend.choropleth"), x, y, w - 2 * x, 17) + 18;
        g.setFont(body);
        y = drawWrapped(g, l.get(coloring.labelKey()) + " (" + l.get(coloring.unitKey()) + ")", x, y, w - 2 * x, 16) + 8;
        int rampW = Math.min(260, w - 2 * x);
        for (int i = 0; i < rampW; i++) {
            g.setPaint(BeltMap.rampColor(i / (double) (rampW - 1)));
            g.fillRect(x + i, y, 1, 14);
        }
        g.setPaint(Color.DARK_GRAY);
        g.drawRect(x, y, rampW, 14);
        y += 28;
        g.setPaint(Color.BLACK);
        g.drawString(coloring.format(coloring.low()) + " " + l.get("legend.low"), x, y);
        String hi = "≥ " + coloring.format(coloring.high()) + " " + l.get("legend.high");
        g.drawString(hi, x + rampW - g.getFontMetrics().stringWidth(hi), y);
        y += 18;
        g.setPaint(BeltMap.NO_DATA);
        g.fill(new Ellipse2D.Double(x, y - 10, 12, 12));
        g.setPaint(Color.BLACK);
        g.drawString(l.get("legend.nodata"), x + 20, y);
        y += 26;

        g.setFont(head);
        g.drawString(l.get("legend.industries"), x, y);
        y += 6;
        g.setFont(body);
        int top = y, col = (w - 2 * x) / 2;
        for (Industry k : Industry.values()) {
            int i = k.ordinal(), kx = x + (i % 2) * col;
            int ky = top + 18 * (i / 2 + 1);
            g.setPaint(BeltMap.industryColor(k));
            g.fill(new Rectangle2D.Double(kx, ky - 10, 11, 11));
            g.setPaint(Color.BLACK);
            g.draw(new Rectangle2D.Double(kx, ky - 10, 11, 11));
            g.drawString(l.industry(k), kx + 18, ky);
            y = Math.max(y, ky);
        }
        y += 26;
        g.setPaint(BeltMap.VILLAGE);
        g.fill(new Ellipse2D.Double(x + 3, y - 7, 4, 4));
        g.setPaint(Color.BLACK);
        y = drawWrapped(g, l.get("legend.villages"), x + 20, y, w - x - 20 - 4, 15);
        y += 19;
        line(g, x, y, BeltMap.ROAD, 2.6f);
        y = drawWrapped(g, l.get("legend.roads"), x + 36, y, w - x - 36 - 4, 15);
        y += 19;
        line(g, x, y, BeltMap.RAIL, 2.2f);
        g.setPaint(BeltMap.RAIL);
        for (int tx = x + 4; tx <= x + 26; tx += 6) g.draw(new Line2D.Double(tx, y - 7, tx, y - 1));
        g.setPaint(Color.BLACK);
        y = drawWrapped(g, l.get("legend.railways"), x + 36, y, w - x - 36 - 4, 15);
        y += 19;
        g.setPaint(BeltMap.DESERT_FILL);
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y - 10, 28, 10));
        g.setPaint(BeltMap.DESERT_LABEL);
        g.draw(new java.awt.geom.Rectangle2D.Double(x, y - 10, 28, 10));
        g.setPaint(Color.BLACK);
        y = drawWrapped(g, l.get("legend.desert"), x + 36, y, w - x - 36 - 4, 15);
        y += 19;
        line(g, x, y, BeltMap.COMMUTE, 4f);
        y = drawWrapped(g, l.get("legend.commute"), x + 36, y, w - x - 36 - 4, 15);
        y += 19;
        line(g, x, y, BeltMap.MIGRANT_XJ, 4f);
        y = drawWrapped(g, l.get("legend.migrantXj"), x + 36, y, w - x - 36 - 4, 15);
        y += 19;
        line(g, x, y, BeltMap.MIGRANT_INLAND, 4f);
        y = drawWrapped(g, l.get("legend.migrantInland"), x + 36, y, w - x - 36 - 4, 15);
    }

    /** Draws {@code text} from baseline {@code y} in the lines of {@link #wrap}; returns the baseline of the last. */
    static int drawWrapped(Graphics2D g, String text, int x, int y, int width, int lineHeight) {
        List<String> lines = wrap(g.getFontMetrics(), text, width);
        for (int i = 0; i < lines.size(); i++) g.drawString(lines.get(i), x, y + i * lineHeight);
        return y + (lines.size() - 1) * lineHeight;
    }

    /**
     * {@code text} in lines no wider than {@code width}, broken at the last space that fits, or between
     * any two characters where there is none (Chinese); a glyph wider than the width gets a line of its own.
     */
    static List<String> wrap(java.awt.FontMetrics fm, String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start, space = -1;
            while (end < text.length() && fm.stringWidth(text.substring(start, end + 1)) <= width) {
                if (text.charAt(end) == ' ') space = end;
                end++;
            }
            if (end < text.length() && space > start) end = space;
            if (end == start) end = start + 1;
            lines.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') start++;
        }
        return lines;
    }

    private static void line(Graphics2D g, int x, int y, Color c, float width) {
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(c);
        g.draw(new Line2D.Double(x, y - 4, x + 28, y - 4));
        g.setStroke(new BasicStroke(1f));
        g.setPaint(Color.BLACK);
    }
}
