package org.sxbelt.experiment;

import org.junit.jupiter.api.Test;
import org.sxbelt.model.Level;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each statistic on a synthetic indicator stream fed to the collector. */
class StatisticTest {

    private static final int MONTHS = 6;

    /** jobs_park at town cele: 10, 20, 30, 40, 50, 60; at yutian: 1..6; belt population 100, 90, ..., 50. */
    private static TargetCollector stream(List<CalibrationTarget> targets) {
        TargetCollector c = new TargetCollector(targets, MONTHS);
        for (int t = 0; t < MONTHS; t++) {
            c.record(t, Level.TOWN, "cele", "jobs_park", 10 * (t + 1));
            c.record(t, Level.TOWN, "yutian", "jobs_park", t + 1);
            c.record(t, Level.TOWN, "minfeng", "jobs_park", 1000); // not asked for: dropped
            c.record(t, Level.TOWN, "cele", "jobs_workshop", 5);
            c.record(t, Level.BELT, "belt", "population", 100 - 10 * t);
            c.record(t, Level.BELT, "belt", "working_age", 50);
            c.record(t, Level.BELT, "belt", "wage_mean_park", t == 2 ? Double.NaN : 1000 * (t + 1));
            c.record(t, Level.PREFECTURE, "Hotan", "jobs_park", 7); // another level: dropped
        }
        return c;
    }

    private static double value(String row) {
        CalibrationTarget t = CalibrationTargets.parse("t.csv", CalibrationTargets.HEADER + "\n" + row + "\n",
                Set.of("cele", "yutian", "minfeng")).get(0);
        TargetCollector c = stream(List.of(t));
        c.checkComplete(MONTHS);
        return c.statistic(t);
    }

    private static String row(String statistic, String indicator, String level, String unit, String from, String to) {
        return String.join(",", "x", "fitted", "X", statistic, indicator, level, unit, from, to, "0", "1", "0", "000", "");
    }

    @Test
    void meanIsTheAverageOverTheMonthsBothIncluded() {
        assertEquals((20 + 30 + 40) / 3.0, value(row("mean", "jobs_park", "town", "cele", "2015-02", "2015-04")), 1e-12);
    }

    @Test
    void indicatorsAndUnitsJoinedByPlusAreSummedEachMonth() {
        // month 2015-03: cele park 30 + yutian park 3; cele park 30 + cele workshop 5
        assertEquals(33, value(row("value", "jobs_park", "town", "cele+yutian", "2015-03", "2015-03")), 1e-12);
        assertEquals(35, value(row("value", "jobs_park+jobs_workshop", "town", "cele", "2015-03", "2015-03")), 1e-12);
    }

    @Test
    void valueSumChangeAndGrowth() {
        assertEquals(60, value(row("value", "jobs_park", "town", "cele", "2015-06", "2015-06")), 1e-12);
        assertEquals(10 + 20 + 30 + 40 + 50 + 60, value(row("sum", "jobs_park", "town", "cele", "2015-01", "2015-06")), 1e-12);
        assertEquals(50 - 90, value(row("change", "population", "belt", "belt", "2015-02", "2015-06")), 1e-12);
        assertEquals(50 / 90.0, value(row("growth", "population", "belt", "belt", "2015-02", "2015-06")), 1e-12);
    }

    @Test
    void ratioIsARatioOfSumsNotAMeanOfRatios() {
        // Σ population(0..1) / Σ working_age(0..1) = (100 + 90) / (50 + 50)
        assertEquals(1.9, value(row("ratio", "population/working_age", "belt", "belt", "2015-01", "2015-02")), 1e-12);
        // cele park / (cele park + cele workshop) over 2015-01..02: (10 + 20) / ((10 + 5) + (20 + 5))
        assertEquals(30 / 40.0, value(row("ratio", "jobs_park/jobs_park+jobs_workshop", "town", "cele",
                "2015-01", "2015-02")), 1e-12, "numerator and denominator may share indicators");
    }

    @Test
    void naMonthsAreSkippedByMeanAndSumButNotByValue() {
        // wage_mean_park is NA in 2015-03
        assertEquals((1000 + 2000 + 4000) / 3.0, value(row("mean", "wage_mean_park", "belt", "belt", "2015-01", "2015-04")), 1e-9);
        assertEquals(7000, value(row("sum", "wage_mean_park", "belt", "belt", "2015-01", "2015-04")), 1e-9);
        assertTrue(Double.isNaN(value(row("value", "wage_mean_park", "belt", "belt", "2015-03", "2015-03"))));
        assertTrue(Double.isNaN(value(row("mean", "wage_mean_park", "belt", "belt", "2015-03", "2015-03"))));
        assertTrue(Double.isNaN(value(row("change", "wage_mean_park", "belt", "belt", "2015-01", "2015-03"))));
    }

    @Test
    void aSeriesTheModelNeverRecordedIsAnError() {
        CalibrationTarget t = CalibrationTargets.parse("t.csv", CalibrationTargets.HEADER + "\n"
                + row("mean", "jobs_workshop", "town", "yutian", "2015-01", "2015-02") + "\n", Set.of("yutian")).get(0);
        TargetCollector c = stream(List.of(t));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.checkComplete(MONTHS));
        assertTrue(e.getMessage().contains("jobs_workshop at town yutian"), e.getMessage());
        assertEquals(1, c.seriesCount());
    }

    @Test
    void closedFormsOnAHandSeries() {
        Statistic.Series s = new Statistic.Series() {
            @Override
            public double numerator(int month) { return month * month; }

            @Override
            public double denominator(int month) { return month + 1; }
        };
        assertEquals((1 + 4 + 9) / 3.0, Statistic.MEAN.compute(s, 1, 3), 1e-12);
        assertEquals(14, Statistic.SUM.compute(s, 1, 3), 1e-12);
        assertEquals(9, Statistic.VALUE.compute(s, 3, 3), 1e-12);
        assertEquals(8, Statistic.CHANGE.compute(s, 1, 3), 1e-12);
        assertEquals(9 / 4.0, Statistic.GROWTH.compute(s, 2, 3), 1e-12);
        assertTrue(Double.isNaN(Statistic.GROWTH.compute(s, 0, 3)), "growth from 0 is NA");
        assertEquals(14 / 9.0, Statistic.RATIO.compute(s, 1, 3), 1e-12);
        assertThrows(UnsupportedOperationException.class, () -> Statistic.PARAMETER.compute(s, 0, 0));
        for (Statistic st : Statistic.values()) assertEquals(st, Statistic.byId(st.id()));
    }
}
