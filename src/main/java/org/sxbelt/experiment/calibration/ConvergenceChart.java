package org.sxbelt.experiment.calibration;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The loss of every evaluation (points) and the best so far (a line), on a log scale, as PNG bytes. */
final class ConvergenceChart {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 800;
    static final int HEIGHT = 500;
    /** Losses are drawn from this floor up (a log axis has no 0). */
    private static final double FLOOR = 1e-6;

    private ConvergenceChart() {}

    static byte[] png(String title, List<CalibrationTable.Row> rows) {
        XYSeries each = new XYSeries("loss of each evaluation", false, true);
        XYSeries best = new XYSeries("best so far", false, true);
        double b = Double.POSITIVE_INFINITY;
        for (CalibrationTable.Row r : rows) {
            each.add(r.evaluation(), Math.max(FLOOR, r.loss()));
            b = Math.min(b, r.loss());
            best.add(r.evaluation(), Math.max(FLOOR, b));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(each);
        data.addSeries(best);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(0, new Color(0x9ECAE1));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, new Color(0x08519C));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        NumberAxis x = new NumberAxis("evaluation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LogAxis y = new LogAxis("loss (mean squared scaled error of the fitted facts)");
        y.setSmallestValue(FLOOR);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtilities.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not throw
        }
        return out.toByteArray();
    }
}
