package org.sxbelt.experiment;

import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link IndicatorSink} that keeps only the (indicator, level, unit) series a list of targets
 * reads, for months 0 .. months−1, and drops the rest of the stream. One per run; not thread-safe.
 */
public final class TargetCollector implements IndicatorSink {

    private final int months;
    /** indicator → level → unit → slot */
    private final Map<String, EnumMap<Level, Map<String, Integer>>> slots = new HashMap<>();
    private final List<String> slotNames = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private final List<int[]> recorded = new ArrayList<>();

    public TargetCollector(List<CalibrationTarget> targets, int months) {
        this.months = months;
        for (CalibrationTarget t : targets) {
            if (t.statistic() == Statistic.PARAMETER) continue;
            for (String u : t.units()) {
                for (String i : t.numerator()) slot(i, t.level(), u);
                for (String i : t.denominator()) slot(i, t.level(), u);
            }
        }
    }

    private int slot(String indicator, Level level, String unit) {
        Map<String, Integer> byUnit = slots.computeIfAbsent(indicator, k -> new EnumMap<>(Level.class))
                .computeIfAbsent(level, k -> new HashMap<>());
        Integer s = byUnit.get(unit);
        if (s == null) {
            s = values.size();
            byUnit.put(unit, s);
            double[] v = new double[months];
            Arrays.fill(v, Double.NaN);
            values.add(v);
            recorded.add(new int[months]);
            slotNames.add(indicator + " at " + level.label() + " " + unit);
        }
        return s;
    }

    @Override
    public boolean wants(Level level, String indicator) {
        EnumMap<Level, Map<String, Integer>> byLevel = slots.get(indicator);
        return byLevel != null && byLevel.containsKey(level);
    }

    @Override
    public void record(int month, Level level, String unit, String indicator, double value) {
        if (month < 0 || month >= months) return;
        EnumMap<Level, Map<String, Integer>> byLevel = slots.get(indicator);
        if (byLevel == null) return;
        Map<String, Integer> byUnit = byLevel.get(level);
        if (byUnit == null) return;
        Integer s = byUnit.get(unit);
        if (s == null) return;
        values.get(s)[month] = value;
        recorded.get(s)[month]++;
    }

    /** Number of (indicator, level, unit) series kept. */
    public int seriesCount() { return values.size(); }

    /**
     * Fails if a kept series was not recorded in some month before {@code months}: a target names
     * something the model does not write (or no longer writes under that name).
     */
    public void checkComplete(int months) {
        for (int s = 0; s < values.size(); s++) {
            int[] r = recorded.get(s);
            for (int t = 0; t < Math.min(months, this.months); t++) {
                if (r[t] == 0) {
                    throw new IllegalStateException("the model did not record " + slotNames.get(s) + " in month "
                            + org.sxbelt.params.SimMonthFormat.format(t));
                }
            }
        }
    }

    /** The monthly values a target reads. */
    public Statistic.Series series(CalibrationTarget t) {
        int[] num = slotsOf(t.numerator(), t);
        int[] den = slotsOf(t.denominator(), t);
        return new Statistic.Series() {
            @Override
            public double numerator(int month) { return sum(num, month); }

            @Override
            public double denominator(int month) { return den.length == 0 ? Double.NaN : sum(den, month); }
        };
    }

    /** The target's statistic in this run. */
    public double statistic(CalibrationTarget t) {
        return t.statistic().compute(series(t), t.monthFrom(), t.monthTo());
    }

    private int[] slotsOf(List<String> indicators, CalibrationTarget t) {
        int[] s = new int[indicators.size() * t.units().size()];
        int k = 0;
        for (String i : indicators) {
            for (String u : t.units()) {
                Integer slot = slots.getOrDefault(i, new EnumMap<>(Level.class))
                        .getOrDefault(t.level(), Map.of()).get(u);
                if (slot == null) throw new IllegalArgumentException("target " + t.id() + " was not given to this collector");
                s[k++] = slot;
            }
        }
        return s;
    }

    private double sum(int[] slots, int month) {
        if (month < 0 || month >= months) {
            throw new IndexOutOfBoundsException("month " + month + " outside the " + months + " months collected");
        }
        double sum = 0;
        for (int s : slots) {
            double v = values.get(s)[month];
            if (Double.isNaN(v)) return Double.NaN;
            sum += v;
        }
        return sum;
    }
}
