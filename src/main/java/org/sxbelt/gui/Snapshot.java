package org.sxbelt.gui;

import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.SimMonthFormat;
import sim.portrayal.SimpleInspector;

import javax.swing.SwingUtilities;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The GUI's whole window set drawn into one image without a screen (java.awt.headless works): the
 * map, its legend, the event ticker, the four charts and the Console's lever panel (MASON's own
 * {@link SimpleInspector} over {@link PolicyLevers}, painted off-screen), laid out as the windows
 * are on a 1600 x 1000 screen. With two GUIs ({@link #compare}) the two maps sit side by side above
 * the overlaid charts of {@link CompareCharts}. {@code gui --snapshot} writes it; tests read its pixels.
 */
public final class Snapshot {

    /** Where each part of a single snapshot lies (tests look inside these rectangles). */
    public static final java.awt.Rectangle MAP = new java.awt.Rectangle(0, 0, BeltGUI.MAP_WIDTH, BeltGUI.MAP_HEIGHT);
    public static final java.awt.Rectangle LEGEND = new java.awt.Rectangle(0, BeltGUI.MAP_HEIGHT, LegendPanel.WIDTH, LegendPanel.HEIGHT);
    public static final java.awt.Rectangle TICKER = new java.awt.Rectangle(LegendPanel.WIDTH, BeltGUI.MAP_HEIGHT,
            BeltGUI.MAP_WIDTH - LegendPanel.WIDTH, LegendPanel.HEIGHT);
    public static final int WIDTH = BeltGUI.MAP_WIDTH + 2 * BeltGUI.CHART_WIDTH;
    public static final int HEIGHT = BeltGUI.MAP_HEIGHT + LegendPanel.HEIGHT;
    public static final java.awt.Rectangle CONSOLE = new java.awt.Rectangle(BeltGUI.MAP_WIDTH, 2 * BeltGUI.CHART_HEIGHT,
            2 * BeltGUI.CHART_WIDTH, HEIGHT - 2 * BeltGUI.CHART_HEIGHT);

    /** Chart {@code i} (0..3) of a single snapshot. */
    public static java.awt.Rectangle chart(int i) {
        return new java.awt.Rectangle(BeltGUI.MAP_WIDTH + (i % 2) * BeltGUI.CHART_WIDTH, (i / 2) * BeltGUI.CHART_HEIGHT,
                BeltGUI.CHART_WIDTH, BeltGUI.CHART_HEIGHT);
    }

    private Snapshot() {}

    /** One GUI's windows in one image (call from any thread; Swing work runs on the event thread). */
    public static BufferedImage of(BeltGUI gui) {
        return onSwing(() -> {
            BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            hints(g);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawMap(g, gui, MAP);
            drawLegend(g, gui, LEGEND);
            drawTicker(g, gui, TICKER);
            List<BeltCharts.Chart> charts = gui.charts().all();
            for (int i = 0; i < charts.size(); i++) {
                java.awt.Rectangle r = chart(i);
                g.drawImage(charts.get(i).chart().createBufferedImage(r.width, r.height), r.x, r.y, null);
            }
            drawConsole(g, gui, CONSOLE);
            frames(g, List.of(MAP, LEGEND, TICKER, chart(0), chart(1), chart(2), chart(3), CONSOLE));
            g.dispose();
            return img;
        });
    }

    /** Side-by-side layout: {@code COMPARE_MAP(i)} are the two maps. */
    public static java.awt.Rectangle compareMap(int i) {
        return new java.awt.Rectangle(i * BeltGUI.MAP_WIDTH, 0, BeltGUI.MAP_WIDTH, BeltGUI.MAP_HEIGHT);
    }

    public static final int COMPARE_CHART_WIDTH = BeltGUI.MAP_WIDTH / 2;
    public static final int COMPARE_CHART_HEIGHT = 280;
    public static final int COMPARE_WIDTH = 2 * BeltGUI.MAP_WIDTH;
    /** Tall enough for the whole legend under the charts. */
    public static final int COMPARE_HEIGHT = BeltGUI.MAP_HEIGHT + COMPARE_CHART_HEIGHT + LegendPanel.HEIGHT;

    /** Overlaid chart {@code i} (0..3) of the side-by-side layout. */
    public static java.awt.Rectangle compareChart(int i) {
        return new java.awt.Rectangle(i * COMPARE_CHART_WIDTH, BeltGUI.MAP_HEIGHT, COMPARE_CHART_WIDTH, COMPARE_CHART_HEIGHT);
    }

    /** Two GUIs run in lockstep: two maps, the overlaid charts, then the legend and both tickers. */
    public static BufferedImage compare(BeltGUI a, BeltGUI b, CompareCharts charts) {
        return onSwing(() -> {
            BufferedImage img = new BufferedImage(COMPARE_WIDTH, COMPARE_HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            hints(g);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, COMPARE_WIDTH, COMPARE_HEIGHT);
            drawMap(g, a, compareMap(0));
            drawMap(g, b, compareMap(1));
            for (int i = 0; i < charts.all().size(); i++) {
                java.awt.Rectangle r = compareChart(i);
                g.drawImage(charts.all().get(i).createBufferedImage(r.width, r.height), r.x, r.y, null);
            }
            int y = BeltGUI.MAP_HEIGHT + COMPARE_CHART_HEIGHT, h = COMPARE_HEIGHT - y;
            java.awt.Rectangle legend = new java.awt.Rectangle(0, y, LegendPanel.WIDTH, h);
            int tw = (COMPARE_WIDTH - LegendPanel.WIDTH) / 2;
            java.awt.Rectangle ta = new java.awt.Rectangle(LegendPanel.WIDTH, y, tw, h);
            java.awt.Rectangle tb = new java.awt.Rectangle(LegendPanel.WIDTH + tw, y, tw, h);
            drawLegend(g, a, legend);
            drawTicker(g, a, ta);
            drawTicker(g, b, tb);
            frames(g, List.of(compareMap(0), compareMap(1), compareChart(0), compareChart(1), compareChart(2),
                    compareChart(3), legend, ta, tb));
            g.dispose();
            return img;
        });
    }

    // ---- parts ------------------------------------------------------------------------------------

    private static void drawMap(Graphics2D g, BeltGUI gui, java.awt.Rectangle r) {
        Graphics2D m = (Graphics2D) g.create(r.x, r.y, r.width, r.height);
        gui.map().paint(m, gui, new Rectangle2D.Double(0, 0, r.width, r.height));
        m.dispose();
    }

    private static void drawLegend(Graphics2D g, BeltGUI gui, java.awt.Rectangle r) {
        Graphics2D m = (Graphics2D) g.create(r.x, r.y, r.width, r.height);
        LegendPanel.paintLegend(m, gui.labels(), gui.map().coloring(), r.width, r.height);
        m.dispose();
    }

    private static void drawTicker(Graphics2D g, BeltGUI gui, java.awt.Rectangle r) {
        Graphics2D m = (Graphics2D) g.create(r.x, r.y, r.width, r.height);
        hints(m);
        m.setPaint(Color.WHITE);
        m.fillRect(0, 0, r.width, r.height);
        m.setPaint(Color.BLACK);
        m.setFont(CjkFonts.font(Font.BOLD, 13f));
        String head = gui.labels().get("ticker.title") + " — " + scenarioLine(gui);
        m.drawString(head, 8, 18);
        m.setFont(CjkFonts.font(Font.PLAIN, 12f));
        List<String> shown = gui.ticker().shown();
        int y = 38;
        if (shown.isEmpty()) m.drawString(gui.labels().get("ticker.empty"), 8, y);
        for (String s : shown) {
            if (y > r.height - 4) break;
            m.drawString(s, 8, y);
            y += 16;
        }
        m.dispose();
    }

    /** Scenario name and month shown, e.g. "baseline, 2019-12". */
    static String scenarioLine(BeltGUI gui) {
        return gui.model().scenario().name() + ", " + BeltMap.shownMonth(gui.model());
    }

    /** The Console's model tab: a title line, then MASON's inspector of the levers, painted off-screen. */
    private static void drawConsole(Graphics2D g, BeltGUI gui, java.awt.Rectangle r) {
        Graphics2D m = (Graphics2D) g.create(r.x, r.y, r.width, r.height);
        hints(m);
        m.setPaint(new Color(0xEE, 0xEE, 0xEE));
        m.fillRect(0, 0, r.width, r.height);
        m.setPaint(Color.BLACK);
        m.setFont(CjkFonts.font(Font.BOLD, 13f));
        int horizon = gui.model().params().getInt(ParamSchema.MONTHS);
        m.drawString(gui.labels().get("console.title") + " — " + scenarioLine(gui) + "  (" + gui.labels().get("console.horizon") + " "
                + SimMonthFormat.format(horizon - 1) + ")", 8, 18);
        SimpleInspector inspector = new SimpleInspector(gui.levers(), gui, null);
        setFonts(inspector);
        inspector.setSize(r.width, r.height - 26);
        layout(inspector);
        Graphics2D p = (Graphics2D) m.create(0, 26, r.width, r.height - 26);
        inspector.printAll(p);
        p.dispose();
        m.dispose();
    }

    private static void setFonts(Container c) {
        for (Component k : c.getComponents()) {
            Font f = k.getFont();
            if (f != null && CjkFonts.available()) k.setFont(CjkFonts.font(f.getStyle(), f.getSize2D()));
            if (k instanceof Container kc) setFonts(kc);
        }
    }

    private static void layout(Component c) {
        c.doLayout();
        if (c instanceof Container k) for (Component x : k.getComponents()) layout(x);
    }

    private static void frames(Graphics2D g, List<java.awt.Rectangle> parts) {
        g.setPaint(new Color(0x99, 0x99, 0x99));
        g.setStroke(new BasicStroke(1f));
        for (java.awt.Rectangle r : parts) g.drawRect(r.x, r.y, r.width - 1, r.height - 1);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    private static <T> T onSwing(java.util.function.Supplier<T> work) {
        if (SwingUtilities.isEventDispatchThread()) return work.get();
        Object[] out = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> { });   // the ticker's queued events land first
            SwingUtilities.invokeAndWait(() -> out[0] = work.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the snapshot", e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException(c);
        }
        @SuppressWarnings("unchecked") T t = (T) out[0];
        return t;
    }
}
