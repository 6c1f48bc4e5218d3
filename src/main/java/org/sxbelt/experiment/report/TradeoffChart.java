package org.sxbelt.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.sxbelt.experiment.discovery.Step;
import org.sxbelt.experiment.discovery.Trajectory;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.TreeMap;

/**
 * PRIM's coverage-density trade-off (as EMA Workbench's {@code show_tradeoff}): one point per box of the
 * trajectory, coverage across and density up, coloured by the number of restricted factors, the chosen
 * box ringed.
 */
public final class TradeoffChart {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public static final int WIDTH = 700;
    public static final int HEIGHT = 560;

    private TradeoffChart() {}

    /** The chart as PNG bytes. */
    public static byte[] png(String title, Trajectory t, int chosen) {
        XYSeriesCollection data = new XYSeriesCollection();
        TreeMap<Integer, XYSeries> byRestricted = new TreeMap<>();
        for (Step s : t.steps()) {
            int k = s.restricted().size();
            byRestricted.computeIfAbsent(k, n -> new XYSeries(n + (n == 1 ? " factor" : " factors") + " restricted",
                    false, true)).add(s.coverage(), s.density());
        }
        for (XYSeries s : byRestricted.values()) data.addSeries(s);
        XYSeries mark = new XYSeries("chosen box (step " + chosen + ")", false, true);
        mark.add(t.step(chosen).coverage(), t.step(chosen).density());
        data.addSeries(mark);

        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int n = byRestricted.size();
        for (int i = 0; i < n; i++) {
            // light to dark blue with the number of restricted factors
            float f = n == 1 ? 0.5f : (float) i / (n - 1);
            r.setSeriesPaint(i, new Color(Math.round(170 - 150 * f), Math.round(210 - 150 * f), Math.round(240 - 90 * f)));
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        r.setSeriesPaint(n, new Color(0xD55E00));
        r.setSeriesShape(n, new Ellipse2D.Double(-8, -8, 16, 16));
        r.setSeriesShapesFilled(n, false);
        r.setSeriesOutlineStroke(n, new BasicStroke(2.5f));
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);
        NumberAxis x = new NumberAxis("Coverage (share of the runs of interest inside the box)");
        x.setRange(0, 1.05);
        x.setTickUnit(new NumberTickUnit(0.1));
        NumberAxis y = new NumberAxis("Density (share of the box's runs that are of interest)");
        y.setRange(0, 1.05);
        y.setTickUnit(new NumberTickUnit(0.1));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
        }
        return TimeSeriesChart.encode(chart, WIDTH, HEIGHT);
    }
}
