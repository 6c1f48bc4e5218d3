package org.sxbelt.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A forest plot: one row per scenario, its effect against the reference (a dot) with its 95% interval
 * (a bar), at one or two months, and a vertical line at zero; rendered to PNG in memory.
 */
final class ForestPlot {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 620;

    /** One row: a label and, per month drawn, effect and interval (NaN: not drawn). */
    record Row(String label, double[] effect, double[] low, double[] high) {}

    private static final Color[] COLOURS = {new Color(0x56B4E9), new Color(0x0072B2)};

    private ForestPlot() {}

    static int height(int rows) {
        return 110 + 34 * Math.max(1, rows);
    }

    /** The plot as PNG; {@code months} names the series (e.g. 2020-12 and 2030-12), rows are drawn top down. */
    static byte[] png(String title, String xLabel, List<String> months, List<Row> rows, PeopleNumberFormat format) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        int n = rows.size();
        for (int s = 0; s < months.size(); s++) {
            XYIntervalSeries series = new XYIntervalSeries(months.get(s));
            double offset = months.size() == 1 ? 0 : (s == 0 ? 0.17 : -0.17);
            for (int i = 0; i < n; i++) {
                Row r = rows.get(i);
                double e = r.effect()[s];
                if (Double.isNaN(e)) continue;
                double lo = Double.isNaN(r.low()[s]) ? e : r.low()[s];
                double hi = Double.isNaN(r.high()[s]) ? e : r.high()[s];
                double y = n - 1 - i + offset;
                series.add(e, lo, hi, y, y, y);
            }
            data.addSeries(series);
        }
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) labels[n - 1 - i] = rows.get(i).label();
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        y.setRange(-0.6, n - 0.4);
        NumberAxis x = new NumberAxis(xLabel);
        x.setNumberFormatOverride(format);
        x.setAutoRangeIncludesZero(true);
        double extent = 0;
        for (Row row : rows) {
            for (double[] a : new double[][]{row.effect(), row.low(), row.high()}) {
                for (double v : a) if (!Double.isNaN(v)) extent = Math.max(extent, Math.abs(v));
            }
        }
        if (extent == 0) x.setRange(-1, 1); // no effect anywhere: a plain axis around 0, not one of 1e-9
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(false);
        r.setErrorStroke(new BasicStroke(2.2f));
        r.setCapLength(6);
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        for (int s = 0; s < months.size(); s++) {
            r.setSeriesPaint(s, COLOURS[(s + (months.size() == 1 ? 1 : 0)) % COLOURS.length]);
            r.setSeriesShape(s, s == 0 && months.size() > 1 ? new Rectangle2D.Double(-4, -4, 8, 8)
                    : new Ellipse2D.Double(-5, -5, 10, 10));
            r.setSeriesLinesVisible(s, false);
        }
        r.setErrorPaint(null); // bars in the series colour
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xEEEEEE));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        ValueMarker zero = new ValueMarker(0, new Color(0x555555), new BasicStroke(1.2f));
        plot.addDomainMarker(zero);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, months.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        ChartFonts.apply(chart, format.chinese());
        return TimeSeriesChart.encode(chart, WIDTH, height(n));
    }
}
