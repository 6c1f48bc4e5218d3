package org.sxbelt.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Observation costs what is asked for: with only a sink that wants two series below the belt, the
 * observer sends those (the very values a run that records everything gets) and the belt's values,
 * and derives no other county, town or prefecture value.
 */
class RequestedIndicatorsTest {

    /** Every row received, keyed by month, level, unit and indicator. */
    private static final class Rows implements IndicatorSink {
        final Map<String, Double> rows = new LinkedHashMap<>();

        @Override
        public void record(int month, Level level, String unit, String indicator, double value) {
            rows.put(month + " " + level + " " + unit + " " + indicator, value);
        }
    }

    private static Rows run(IndicatorSink... sinks) {
        BeltModel m = TestRuns.model(5, TestRuns.baseline("run.scale", "1000", "run.months", "18"));
        Rows rows = new Rows();
        for (IndicatorSink s : sinks) m.addIndicatorSink(s);
        m.addIndicatorSink(new IndicatorSink() {
            @Override
            public void record(int month, Level level, String unit, String indicator, double value) {
                rows.record(month, level, unit, indicator, value);
            }

            @Override
            public boolean wants(Level level, String indicator) { return false; }
        });
        m.runToEnd();
        return rows;
    }

    @Test
    void onlyTheRequestedSeriesAreDerivedBelowTheBelt() {
        Rows all = run(new Rows());
        Rows some = run(new IndicatorSink() {
            @Override
            public void record(int month, Level level, String unit, String indicator, double value) {}

            @Override
            public boolean wants(Level level, String indicator) {
                return level == Level.COUNTY && indicator.equals("poverty_rate")
                        || level == Level.PREFECTURE && indicator.equals("jobs_park");
            }
        });
        int kept = 0;
        for (Map.Entry<String, Double> row : some.rows.entrySet()) {
            String key = row.getKey();
            boolean belt = key.contains(" BELT ");
            boolean asked = key.contains(" COUNTY ") && key.endsWith(" poverty_rate")
                    || key.contains(" PREFECTURE ") && key.endsWith(" jobs_park");
            assertTrue(belt || asked, "not asked for, yet derived: " + key);
            assertEquals(all.rows.get(key), row.getValue(), key);
            if (asked) kept++;
        }
        long askedInAll = all.rows.keySet().stream().filter(k -> k.contains(" COUNTY ") && k.endsWith(" poverty_rate")
                || k.contains(" PREFECTURE ") && k.endsWith(" jobs_park")).count();
        assertTrue(askedInAll > 18 * 5, askedInAll + " rows asked for");
        assertEquals(askedInAll, kept, "every county's poverty rate and every prefecture's park jobs, each month");
        for (Map.Entry<String, Double> row : all.rows.entrySet()) {
            if (row.getKey().contains(" BELT ")) assertEquals(row.getValue(), some.rows.get(row.getKey()), row.getKey());
        }
        assertFalse(all.rows.size() <= some.rows.size(), "the full run records more");
    }
}
