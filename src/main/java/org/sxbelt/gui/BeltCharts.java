package org.sxbelt.gui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Status;
import org.sxbelt.model.Observer;
import sim.util.media.chart.SeriesAttributes;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The live charts, MASON {@link TimeSeriesChartGenerator}s fed once a month from the belt-level
 * indicators of {@link Observer#latest}: employment by status, poverty rate, firms by industry
 * (colours as on the map) and mean wages. The x axis is the calendar year (2015.0 = January 2015).
 */
public final class BeltCharts {

    /** Statuses shown in the employment chart (dependants, services and idle are left out). */
    public static final List<Status> EMPLOYMENT = List.of(Status.FARMING, Status.WORKSHOP, Status.PARK,
            Status.OTHER_TOWN, Status.MIGRANT_XJ, Status.MIGRANT_INLAND, Status.TOWN_SEEKER, Status.COOPERATIVE);
    /** Statuses whose mean wage is charted. */
    public static final List<Status> WAGES = List.of(Status.WORKSHOP, Status.PARK, Status.MIGRANT_XJ,
            Status.MIGRANT_INLAND);

    /** One line: indicator name, how to name it, colour. */
    private record Line(String indicator, Function<Labels, String> name, Color color, XYSeries series,
                        SeriesAttributes[] attributes) {
    }

    /** One chart: generator, title and axis keys, lines. */
    public static final class Chart {
        private final String titleKey;
        private final String yKey;
        private final TimeSeriesChartGenerator generator = new TimeSeriesChartGenerator();
        private final List<Line> lines = new ArrayList<>();
        private boolean logScale;

        Chart(String titleKey, String yKey) {
            this.titleKey = titleKey;
            this.yKey = yKey;
        }

        public TimeSeriesChartGenerator generator() { return generator; }
        public String titleKey() { return titleKey; }
        public JFreeChart chart() { return generator.getChart(); }

        /** Number of points in the first line (tests). */
        /** Months drawn: the most points any line has (a line skips the months its value is undefined, e.g. a mean wage with nobody paid). */
        public int points() {
            int n = 0;
            for (Line l : lines) n = Math.max(n, l.series.getItemCount());
            return n;
        }

        public List<String> seriesNames() {
            List<String> names = new ArrayList<>();
            for (Line l : lines) names.add(String.valueOf(l.series.getKey()));
            return names;
        }

        void add(String indicator, Function<Labels, String> name, Color color, Labels labels) {
            XYSeries s = new XYSeries(name.apply(labels), false);
            Line l = new Line(indicator, name, color, s, new SeriesAttributes[1]);
            lines.add(l);
            attach(l);
        }

        private void attach(Line l) {
            SeriesAttributes a = generator.addSeries(l.series, null);
            l.attributes[0] = a;
            if (a instanceof TimeSeriesAttributes t) {
                t.setStrokeColor(l.color);
                t.setThickness(2.0);
            }
        }

        void record(Observer o, double x) {
            for (Line l : lines) {
                double v = o.latest(l.indicator);
                if (Double.isNaN(v) || Double.isInfinite(v) || (logScale && v <= 0)) continue;
                l.series.add(x, v, true);
            }
        }

        void clear() {
            for (Line l : lines) l.series.clear();
        }

        void relabel(Labels labels) {
            generator.setTitle(labels.get(titleKey));
            generator.setXAxisLabel(labels.get("axis.year"));
            generator.setYAxisLabel(labels.get(yKey));
            for (Line l : lines) {
                String name = l.name.apply(labels);
                l.series.setKey(name);
                if (l.attributes[0] != null) l.attributes[0].setSeriesName(name);
            }
            applyFonts();
        }

        void applyFonts() {
            JFreeChart c = generator.getChart();
            if (c == null) return;
            if (c.getTitle() != null) c.getTitle().setFont(CjkFonts.font(Font.BOLD, 15f));
            for (int i = 0; i < c.getSubtitleCount(); i++) {
                if (c.getSubtitle(i) instanceof LegendTitle lt) lt.setItemFont(CjkFonts.font(Font.PLAIN, 11f));
            }
            if (c.getPlot() instanceof XYPlot p) {
                if (p.getDomainAxis() instanceof org.jfree.chart.axis.NumberAxis x) yearAxis(x);
                for (ValueAxis a : new ValueAxis[]{p.getDomainAxis(), p.getRangeAxis()}) {
                    if (a == null) continue;
                    a.setLabelFont(CjkFonts.font(Font.PLAIN, 12f));
                    a.setTickLabelFont(CjkFonts.font(Font.PLAIN, 10f));
                }
            }
        }
    }

    private final Chart employment = new Chart("chart.employment", "axis.persons");
    private final Chart poverty = new Chart("chart.poverty", "axis.share");
    private final Chart firms = new Chart("chart.firms", "axis.firms");
    private final Chart wages = new Chart("chart.wages", "axis.yuan");
    private Labels labels;

    private static final Color[] STATUS_COLORS = {
            new Color(0x8C, 0x6D, 0x31), new Color(0x1F, 0x77, 0xB4), new Color(0x1B, 0x9E, 0x77),
            new Color(0x66, 0x66, 0x66), new Color(0xD9, 0x5F, 0x02), new Color(0x75, 0x70, 0xB3),
            new Color(0xE7, 0x29, 0x8A), new Color(0x66, 0xA6, 0x1E)};

    public BeltCharts(Labels labels) {
        this.labels = labels;
        for (int i = 0; i < EMPLOYMENT.size(); i++) {
            Status s = EMPLOYMENT.get(i);
            employment.add("employment_" + s.id(), l -> l.status(s), STATUS_COLORS[i], labels);
        }
        poverty.add("poverty_rate", l -> l.get("chart.poverty"), new Color(0xBD, 0x00, 0x26), labels);
        for (Industry k : Industry.values()) {
            firms.add("firms_" + k.id(), l -> l.industry(k), BeltMap.industryColor(k), labels);
        }
        for (Status s : WAGES) {
            wages.add("wage_mean_" + s.id(), l -> l.status(s), STATUS_COLORS[EMPLOYMENT.indexOf(s)], labels);
        }
        // farming employs millions, the other statuses thousands: a log axis shows them all
        employment.logScale = true;
        employment.generator.setYAxisLogScaled(true);
        for (Chart c : all()) {
            c.generator.addLegend();
            c.relabel(labels);
        }
    }

    /** Years as years: whole-number ticks without a thousands separator (2015, not 2,015 or 2,015.5). */
    static void yearAxis(org.jfree.chart.axis.NumberAxis x) {
        x.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        java.text.DecimalFormat f = new java.text.DecimalFormat("0");
        f.setGroupingUsed(false);
        x.setNumberFormatOverride(f);
        x.setAutoRangeIncludesZero(false);
    }

    public List<Chart> all() { return List.of(employment, poverty, firms, wages); }

    public Chart employment() { return employment; }
    public Chart poverty() { return poverty; }
    public Chart firms() { return firms; }
    public Chart wages() { return wages; }

    /** Adds last month's values; {@code month} 0 = January 2015. */
    public void record(Observer o, int month, long steps) {
        double x = 2015 + month / 12.0;
        for (Chart c : all()) {
            c.record(o, x);
            c.generator.updateChartLater(steps);
        }
    }

    /** Empties every line (a new run). */
    public void clear() {
        for (Chart c : all()) c.clear();
    }

    /** Fixes every x axis to January 2015 .. the end of the run, so the charts show how far the run goes. */
    public void setHorizon(int months) {
        for (Chart c : all()) {
            JFreeChart j = c.chart();
            if (j != null && j.getPlot() instanceof XYPlot p) {
                p.getDomainAxis().setRange(2015, 2015 + Math.max(1, months) / 12.0);
            }
        }
    }

    public void relabel(Labels l) {
        labels = l;
        for (Chart c : all()) c.relabel(l);
    }

    public Labels labels() { return labels; }
}
