package org.sxbelt.gui;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sxbelt.model.Observer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of the side-by-side view: four headline indicators of two runs in one chart each, run A
 * solid and run B dashed, the gap between them shaded (red where A is above B, blue where below) and
 * the latest difference A − B in the subtitle. Fed once a month by the lockstep runner; x is the year.
 */
public final class CompareCharts {

    /** Indicator, title key, colour, and whether it is a share (shown in %). */
    private record Spec(String indicator, String titleKey, Color color, boolean share) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("poverty_rate", "compare.poverty", new Color(0xBD, 0x00, 0x26), true),
            new Spec("employment_park", "compare.park", new Color(0x1B, 0x9E, 0x77), false),
            new Spec("firms_park", "compare.firms", new Color(0x1F, 0x77, 0xB4), false),
            new Spec("wage_mean_park", "compare.wage", new Color(0xD9, 0x5F, 0x02), false));

    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<XYSeries[]> series = new ArrayList<>();
    private final String nameA;
    private final String nameB;
    private Labels labels;

    public CompareCharts(String nameA, String nameB, Labels labels) {
        this.nameA = nameA;
        this.nameB = nameB;
        for (Spec s : SPECS) {
            XYSeries a = new XYSeries("A: " + nameA, false), b = new XYSeries("B: " + nameB, false);
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(a);
            data.addSeries(b);
            JFreeChart c = ChartFactory.createXYLineChart("", "", "", data, PlotOrientation.VERTICAL, true, false, false);
            XYPlot p = c.getXYPlot();
            XYDifferenceRenderer r = new XYDifferenceRenderer(new Color(0xE0, 0x40, 0x40, 90), new Color(0x40, 0x60, 0xE0, 90), false);
            r.setSeriesPaint(0, s.color());
            r.setSeriesPaint(1, s.color().darker());
            r.setSeriesStroke(0, new BasicStroke(2.2f));
            r.setSeriesStroke(1, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f));
            p.setRenderer(r);
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            BeltCharts.yearAxis((NumberAxis) p.getDomainAxis());
            ((NumberAxis) p.getRangeAxis()).setAutoRangeIncludesZero(false);
            c.setBackgroundPaint(Color.WHITE);
            charts.add(c);
            series.add(new XYSeries[]{a, b});
        }
        relabel(labels);
    }

    public List<JFreeChart> all() { return charts; }

    /** One month of both runs ({@code month} 0 = January 2015). */
    public void record(Observer a, Observer b, int month) {
        double x = 2015 + month / 12.0;
        for (int i = 0; i < SPECS.size(); i++) {
            Spec s = SPECS.get(i);
            double va = scaled(s, a.latest(s.indicator())), vb = scaled(s, b.latest(s.indicator()));
            if (Double.isFinite(va)) series.get(i)[0].add(x, va, true);
            if (Double.isFinite(vb)) series.get(i)[1].add(x, vb, true);
        }
        updateSubtitles();
    }

    private static double scaled(Spec s, double v) { return s.share() ? 100 * v : v; }

    /** Latest A − B of chart {@code i} (NaN before both have a value). */
    public double difference(int i) {
        XYSeries a = series.get(i)[0], b = series.get(i)[1];
        if (a.getItemCount() == 0 || b.getItemCount() == 0) return Double.NaN;
        return a.getY(a.getItemCount() - 1).doubleValue() - b.getY(b.getItemCount() - 1).doubleValue();
    }

    public int points(int i) { return series.get(i)[0].getItemCount(); }

    /** Fixes the x axes to January 2015 .. the end of the run. */
    public void setHorizon(int months) {
        for (JFreeChart c : charts) c.getXYPlot().getDomainAxis().setRange(2015, 2015 + Math.max(1, months) / 12.0);
    }

    public void clear() {
        for (XYSeries[] s : series) {
            s[0].clear();
            s[1].clear();
        }
        updateSubtitles();
    }

    public void relabel(Labels l) {
        labels = l;
        for (int i = 0; i < SPECS.size(); i++) {
            JFreeChart c = charts.get(i);
            Spec s = SPECS.get(i);
            c.setTitle(new TextTitle(l.get(s.titleKey()), CjkFonts.font(Font.BOLD, 14f)));
            XYPlot p = c.getXYPlot();
            p.getDomainAxis().setLabel(l.get("axis.year"));
            p.getRangeAxis().setLabel(l.get(s.titleKey() + ".unit"));
            p.getDomainAxis().setLabelFont(CjkFonts.font(Font.PLAIN, 11f));
            p.getRangeAxis().setLabelFont(CjkFonts.font(Font.PLAIN, 11f));
            p.getDomainAxis().setTickLabelFont(CjkFonts.font(Font.PLAIN, 10f));
            p.getRangeAxis().setTickLabelFont(CjkFonts.font(Font.PLAIN, 10f));
            for (int k = 0; k < c.getSubtitleCount(); k++) {
                if (c.getSubtitle(k) instanceof LegendTitle lt) lt.setItemFont(CjkFonts.font(Font.PLAIN, 11f));
            }
        }
        updateSubtitles();
    }

    private void updateSubtitles() {
        if (labels == null) return;
        for (int i = 0; i < SPECS.size(); i++) {
            JFreeChart c = charts.get(i);
            double d = difference(i);
            String text = labels.get("compare.diff") + " A - B: " + (Double.isNaN(d) ? "–"
                    : String.format(java.util.Locale.ROOT, SPECS.get(i).share() ? "%+.1f pp" : "%+,.0f", d));
            TextTitle t = null;
            for (int k = 0; k < c.getSubtitleCount(); k++) {
                if (c.getSubtitle(k) instanceof TextTitle tt) t = tt;
            }
            if (t == null) {
                t = new TextTitle(text, CjkFonts.font(Font.BOLD, 12f));
                t.setPaint(new Color(0xB0, 0x00, 0x00));
                c.addSubtitle(t);
            } else {
                t.setText(text);
            }
        }
    }

    public String nameA() { return nameA; }
    public String nameB() { return nameB; }
}
