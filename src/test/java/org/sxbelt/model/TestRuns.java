package org.sxbelt.model;

import org.sxbelt.agents.ExitReason;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.params.Scenario;
import org.sxbelt.policy.Government;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-only helpers: scenarios with overrides, the shared geography, belt-level indicator capture. */
final class TestRuns {

    private static BeltGeography geography;

    private TestRuns() {}

    static synchronized BeltGeography geography() {
        if (geography == null) geography = BeltGeography.loadDefault();
        return geography;
    }

    /** The embedded baseline with {@code key, value, key, value, ...} overrides. */
    static Scenario baseline(String... keyValues) {
        return ScenarioLoader.override(ScenarioLoader.loadDefault(), pairs(keyValues), "test");
    }

    /**
     * The schema defaults with no firm or workshop arriving, none there at the start (no initial
     * economy, ODD §5.7) and fixed orders (the settings of the theory checks, which watch one labour
     * market in isolation), then {@code keyValues}.
     */
    static Scenario noNewFirms(String... keyValues) {
        String[] quiet = {"policy.workshopsPerMonth", "0", "policy.satellites", "false", "firm.candidatesPerMonth", "0",
                "firm.localEntryPerMonth", "0", "firm.orderVolatility", "0", "firm.historyMonths", "0"};
        String[] all = Arrays.copyOf(quiet, quiet.length + keyValues.length);
        System.arraycopy(keyValues, 0, all, quiet.length, keyValues.length);
        return defaults(all);
    }

    /** The most populous town of a started model. */
    static Town largestTown(BeltModel m) {
        return m.belt().towns().stream()
                .max(Comparator.comparingLong(Town::getPopulation)).orElseThrow();
    }

    /** Closes every live firm, so that a round of a theory check starts with firms of its own. */
    static void closeEveryFirm(BeltModel m) {
        // the reason is immaterial: these checks do not read the event log
        for (Firm f : List.copyOf(m.belt().liveFirms())) m.firmFactory().close(f, ExitReason.ORDERS_COLLAPSED);
    }

    /** The schema defaults (no timed events) with overrides. */
    static Scenario defaults(String... keyValues) {
        return ScenarioLoader.override(Scenario.defaults(), pairs(keyValues), "test");
    }

    static Scenario with(Scenario base, Map<String, String> overrides) {
        return ScenarioLoader.override(base, overrides, "test");
    }

    static BeltModel model(long seed, Scenario s) {
        return new BeltModel(seed, s, geography(), new Government());
    }

    /** The belt indicators, month by month, of the built-in {@code scenario} with {@code overrides}, run to its end. */
    static BeltSeries scenarioSeries(String scenario, long seed, Map<String, String> overrides) {
        BeltModel m = model(seed, with(org.sxbelt.scenario.ScenarioLoader.loadResource(scenario), overrides));
        BeltSeries series = new BeltSeries();
        m.addIndicatorSink(series);
        m.runToEnd();
        return series;
    }

    static Map<String, String> pairs(String... keyValues) {
        if (keyValues.length % 2 != 0) throw new IllegalArgumentException("key/value pairs expected");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return m;
    }

    /** Records every belt-level indicator value, by month. */
    static final class BeltSeries implements IndicatorSink {
        private final Map<Integer, Map<String, Double>> byMonth = new HashMap<>();

        @Override
        public void record(int month, Level level, String unit, String indicator, double value) {
            if (level != Level.BELT) return;
            Map<String, Double> row = byMonth.computeIfAbsent(month, k -> new LinkedHashMap<>());
            if (row.put(indicator, value) != null) {
                throw new AssertionError("belt indicator " + indicator + " recorded twice in month " + month);
            }
        }

        /** Value of a belt indicator in a month; fails if it was never recorded. */
        double get(int month, String indicator) {
            Map<String, Double> row = byMonth.get(month);
            if (row == null) throw new AssertionError("nothing recorded for month " + month);
            Double v = row.get(indicator);
            if (v == null) throw new AssertionError("belt indicator " + indicator + " not recorded in month " + month);
            return v;
        }

        Map<String, Double> month(int month) {
            Map<String, Double> row = byMonth.get(month);
            if (row == null) throw new AssertionError("nothing recorded for month " + month);
            return row;
        }

        /** Mean of a belt indicator over months [from, to). */
        double mean(String indicator, int from, int to) {
            double s = 0;
            for (int t = from; t < to; t++) s += get(t, indicator);
            return s / (to - from);
        }
    }
}
