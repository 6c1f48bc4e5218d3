package org.sxbelt.experiment.compare;

import org.sxbelt.experiment.stats.Csv;
import org.sxbelt.experiment.stats.ExperimentDataException;
import org.sxbelt.params.NumberText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Run B against run A over the months both have: for every belt-wide indicator its difference B − A by
 * month and the first month it differs; the first month any series (any level) differs; and at the last
 * month, every county's difference, largest first. Values are compared exactly (the model is
 * deterministic: two runs with the same scenario and seed are byte-identical), NA equal to NA.
 */
public final class RunComparison {

    public static final String BELT_FILE = "compare-belt.csv";
    public static final String SUMMARY_FILE = "compare-summary.csv";
    public static final String COUNTY_FILE = "compare-counties.csv";

    /** A belt-wide indicator: the month it first differs (null: never) and both values at the last month. */
    public record Indicator(String indicator, String firstDifference, double a, double b) {
        public double difference() { return b - a; }

        /** (b − a) / |a|, NaN when a is 0 or NA. */
        public double relative() { return relativeOf(a, b); }
    }

    /** One county's values of an indicator at the last month. */
    public record CountyEffect(String indicator, String county, double a, double b) {
        public double difference() { return b - a; }

        public double relative() { return relativeOf(a, b); }
    }

    private final RunIndicators a;
    private final RunIndicators b;
    private final List<String> months;
    private final int[] atA;
    private final int[] atB;
    private final String firstDifference;
    private final RunIndicators.Series firstDifferent;
    private final List<Indicator> belt = new ArrayList<>();
    private final List<CountyEffect> counties = new ArrayList<>();
    private final List<String> onlyOne = new ArrayList<>();

    private RunComparison(RunIndicators a, RunIndicators b) {
        this.a = a;
        this.b = b;
        Set<String> inB = new LinkedHashSet<>(b.months());
        List<String> common = new ArrayList<>();
        for (String m : a.months()) if (inB.contains(m)) common.add(m);
        if (common.isEmpty()) throw new ExperimentDataException("the runs share no month: " + a.dir() + " has "
                + span(a.months()) + ", " + b.dir() + " has " + span(b.months()));
        months = List.copyOf(common);
        atA = new int[months.size()];
        atB = new int[months.size()];
        for (int i = 0; i < months.size(); i++) {
            atA[i] = a.months().indexOf(months.get(i));
            atB[i] = b.months().indexOf(months.get(i));
        }
        Set<RunIndicators.Series> both = new LinkedHashSet<>(a.series());
        both.retainAll(new LinkedHashSet<>(b.series()));
        TreeSet<String> only = new TreeSet<>();
        for (RunIndicators.Series s : a.series()) if (!both.contains(s)) only.add(s.indicator() + " (" + s.level() + ")");
        for (RunIndicators.Series s : b.series()) if (!both.contains(s)) only.add(s.indicator() + " (" + s.level() + ")");
        onlyOne.addAll(only);
        int first = Integer.MAX_VALUE;
        RunIndicators.Series firstSeries = null;
        int last = months.size() - 1;
        for (RunIndicators.Series s : both) {
            double[] va = a.values(s), vb = b.values(s);
            int d = firstDifference(va, vb);
            if (d < first) {
                first = d;
                firstSeries = s;
            }
            if (s.belt()) {
                belt.add(new Indicator(s.indicator(), d == Integer.MAX_VALUE ? null : months.get(d), va[atA[last]], vb[atB[last]]));
            } else if (s.level().equals("county")) {
                counties.add(new CountyEffect(s.indicator(), s.unit(), va[atA[last]], vb[atB[last]]));
            }
        }
        firstDifference = first == Integer.MAX_VALUE ? null : months.get(first);
        firstDifferent = firstSeries != null && first != Integer.MAX_VALUE ? firstSeries : null;
        belt.sort(Comparator.comparing(Indicator::indicator));
        counties.sort(Comparator.comparing(CountyEffect::indicator)
                .thenComparing(Comparator.comparingDouble((CountyEffect c) -> magnitude(c.difference())).reversed())
                .thenComparing(CountyEffect::county));
    }

    /** Compares run B with run A. */
    public static RunComparison of(RunIndicators a, RunIndicators b) {
        return new RunComparison(a, b);
    }

    /** The index (in the common months) of the first month the series differ, or MAX_VALUE. */
    private int firstDifference(double[] va, double[] vb) {
        for (int i = 0; i < months.size(); i++) {
            double x = va[atA[i]], y = vb[atB[i]];
            if (!(x == y || Double.isNaN(x) && Double.isNaN(y))) return i;
        }
        return Integer.MAX_VALUE;
    }

    private static double magnitude(double d) {
        return Double.isNaN(d) ? -1 : Math.abs(d);
    }

    static double relativeOf(double a, double b) {
        return a == 0 || Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : (b - a) / Math.abs(a);
    }

    private static String span(List<String> m) {
        return m.get(0) + ".." + m.get(m.size() - 1);
    }

    public RunIndicators a() { return a; }

    public RunIndicators b() { return b; }

    /** The months both runs have, in order. */
    public List<String> months() { return months; }

    /** The first month any series differs, or null when the runs agree everywhere. */
    public String firstDifference() { return firstDifference; }

    /** A series that differs in {@link #firstDifference()} (the first in run A's file order), or null. */
    public RunIndicators.Series firstDifferent() { return firstDifferent; }

    /** Every belt-wide indicator of both runs, alphabetically. */
    public List<Indicator> belt() { return List.copyOf(belt); }

    /** The belt-wide indicators that differ in some month, largest relative difference at the end first. */
    public List<Indicator> differing() {
        List<Indicator> d = new ArrayList<>();
        for (Indicator i : belt) if (i.firstDifference() != null) d.add(i);
        d.sort(Comparator.comparingDouble((Indicator i) -> Double.isNaN(i.relative()) ? -1 : Math.abs(i.relative()))
                .reversed().thenComparing(Indicator::indicator));
        return d;
    }

    /** The county values at the last month: by indicator, then largest absolute difference first. */
    public List<CountyEffect> counties() { return List.copyOf(counties); }

    /** The counties of one indicator, largest absolute difference first (at most {@code n}). */
    public List<CountyEffect> counties(String indicator, int n) {
        List<CountyEffect> r = new ArrayList<>();
        for (CountyEffect c : counties) if (c.indicator().equals(indicator) && r.size() < n) r.add(c);
        return r;
    }

    /** Series present in only one of the runs ({@code indicator (level)}), alphabetically. */
    public List<String> inOnlyOne() { return List.copyOf(onlyOne); }

    /** A belt-wide indicator's values by common month: {a, b}. */
    public double[][] beltSeries(String indicator) {
        RunIndicators.Series s = new RunIndicators.Series("belt", "belt", indicator);
        double[] va = a.values(s), vb = b.values(s);
        double[][] out = new double[2][months.size()];
        for (int i = 0; i < months.size(); i++) {
            out[0][i] = va == null ? Double.NaN : va[atA[i]];
            out[1][i] = vb == null ? Double.NaN : vb[atB[i]];
        }
        return out;
    }

    /** month,indicator,a,b,difference: every belt-wide indicator in every common month. */
    public String beltCsv() {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, List.of("month", "indicator", "a", "b", "difference"));
        List<double[][]> series = new ArrayList<>();
        for (Indicator i : belt) series.add(beltSeries(i.indicator()));
        for (int m = 0; m < months.size(); m++) {
            for (int k = 0; k < belt.size(); k++) {
                double x = series.get(k)[0][m], y = series.get(k)[1][m];
                Csv.append(sb, List.of(months.get(m), belt.get(k).indicator(), NumberText.data(x), NumberText.data(y),
                        NumberText.data(y - x)));
            }
        }
        return sb.toString();
    }

    /** indicator,first_difference,month,a,b,difference,relative_difference: one row per belt-wide indicator. */
    public String summaryCsv() {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, List.of("indicator", "first_difference", "month", "a", "b", "difference", "relative_difference"));
        String end = months.get(months.size() - 1);
        for (Indicator i : belt) {
            Csv.append(sb, List.of(i.indicator(), i.firstDifference() == null ? "NA" : i.firstDifference(), end,
                    NumberText.data(i.a()), NumberText.data(i.b()), NumberText.data(i.difference()),
                    NumberText.data(i.relative())));
        }
        return sb.toString();
    }

    /** indicator,county,month,a,b,difference,relative_difference,rank: rank 1 = largest absolute difference. */
    public String countiesCsv() {
        StringBuilder sb = new StringBuilder();
        Csv.append(sb, List.of("indicator", "county", "month", "a", "b", "difference", "relative_difference", "rank"));
        String end = months.get(months.size() - 1);
        String current = null;
        int rank = 0;
        for (CountyEffect c : counties) {
            rank = c.indicator().equals(current) ? rank + 1 : 1;
            current = c.indicator();
            Csv.append(sb, List.of(c.indicator(), c.county(), end, NumberText.data(c.a()), NumberText.data(c.b()),
                    NumberText.data(c.difference()), NumberText.data(c.relative()), rank));
        }
        return sb.toString();
    }
}
