package org.sxbelt.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;

/**
 * A monthly time-series chart of several series' means with their 95% confidence bands
 * ({@link DeviationRenderer} over a {@link YIntervalSeriesCollection}), rendered to PNG in memory.
 */
public final class TimeSeriesChart {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public static final int WIDTH = 900;
    public static final int HEIGHT = 400;

    /** Colour-blind-safe palette (Okabe–Ito), then repeats. */
    private static final Color[] PALETTE = {
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    /** One line: a label and, per month, mean and interval (NaN values are left out; a NaN interval is drawn as the mean). */
    public record Band(String label, List<String> months, double[] mean, double[] low, double[] high) {}

    private TimeSeriesChart() {}

    /** The chart as PNG bytes. */
    public static byte[] png(String title, String yLabel, List<Band> bands, int width, int height) {
        return png(title, yLabel, bands, width, height, null, null, "Month");
    }

    /**
     * The chart as PNG bytes, with tick labels for people ({@code format}, null for JFreeChart's own), the
     * series in {@code colours} (null for the palette) and the legend only when there is more than one band
     * and no colours are given (small multiples name their two lines in the caption).
     */
    static byte[] png(String title, String yLabel, List<Band> bands, int width, int height, PeopleNumberFormat format,
                      Color[] colours, String xLabel) {
        boolean small = width < 500;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Band b : bands) {
            YIntervalSeries s = new YIntervalSeries(b.label(), false, true);
            for (int m = 0; m < b.months().size(); m++) {
                double y = b.mean()[m];
                if (Double.isNaN(y)) continue;
                double lo = Double.isNaN(b.low()[m]) ? y : b.low()[m];
                double hi = Double.isNaN(b.high()[m]) ? y : b.high()[m];
                s.add(millis(b.months().get(m)), y, lo, hi);
            }
            data.addSeries(s);
        }
        DateAxis x = new DateAxis(small ? null : xLabel);
        x.setTimeZone(TimeZone.getTimeZone("UTC"));
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(f);
        // whole months or years only, so short runs do not get repeated month labels
        TickUnits units = new TickUnits();
        for (int m : new int[] {1, 2, 3, 6}) units.add(new DateTickUnit(DateTickUnitType.MONTH, m, f));
        for (int yr : new int[] {1, 2, 5, 10, 20, 50}) units.add(new DateTickUnit(DateTickUnitType.YEAR, yr, f));
        x.setStandardTickUnits(units);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        if (format != null) y.setNumberFormatOverride(format);
        if (small) {
            Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
            x.setTickLabelFont(tick);
            y.setTickLabelFont(tick);
            y.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.2f);
        for (int i = 0; i < bands.size(); i++) {
            Color c = colours != null ? colours[i % colours.length] : PALETTE[i % PALETTE.length];
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, small ? 12 : 16), plot,
                colours == null && bands.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        ChartFonts.apply(chart, format != null && format.chinese());
        return encode(chart, width, height);
    }

    /** A chart rendered to PNG bytes, antialiased. */
    static byte[] encode(JFreeChart chart, int width, int height) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return png(chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null));
    }

    /** An image as PNG bytes. */
    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not throw
        }
        return out.toByteArray();
    }

    /** The first instant of a YYYY-MM month, in UTC milliseconds. */
    static double millis(String month) {
        return YearMonth.parse(month).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
