package org.sxbelt.experiment;

import org.junit.jupiter.api.Test;
import org.sxbelt.model.Level;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationTargetsTest {

    private static final String H = CalibrationTargets.HEADER + "\n";
    /** A source names one of the five documents (000-004). */
    private static final Pattern DOCUMENT = Pattern.compile("\\b00[0-4]\\b");

    @Test
    void builtInTargetsParseWithSourcesAndEnoughFacts() {
        List<CalibrationTarget> targets = CalibrationTargets.loadDefault();
        assertTrue(targets.size() >= 15, "at least 15 facts, got " + targets.size());
        Set<String> ids = new HashSet<>();
        for (CalibrationTarget t : targets) {
            assertTrue(ids.add(t.id()), "unique id " + t.id());
            assertFalse(t.fact().isBlank(), t.id());
            assertTrue(DOCUMENT.matcher(t.source()).find(), t.id() + ": source names no document: " + t.source());
            assertTrue(t.low() <= t.high(), t.id());
        }
        assertTrue(CalibrationTargets.monthsNeeded(targets) >= 72, "the targets reach the end of 2020");
        assertTrue(targets.stream().filter(t -> t.statistic() != Statistic.PARAMETER).count() >= 15,
                "at least 15 facts measured on the indicator stream");
    }

    @Test
    void fieldsAreReadIncludingSumsRatiosQuotesAndOpenBounds() {
        List<CalibrationTarget> ts = CalibrationTargets.parse("t.csv", H
                + "a,\"Jobs, park and workshop\",mean,jobs_park+jobs_workshop,town,cele+yutian,2019-01,2020-12,100,200,0.2,\"001 part 1 §2, p. 3\"\n"
                + "\n"
                + "b,Share,ratio,wage_work_female/wage_work_female+wage_work_male,belt,,2019-01,2019-12,0.45,,0.1,004\n"
                + "c,Productivity,parameter,firm.newWorkerProductivity,,,2015-01,2015-01,,0.2,0,001\n", Set.of("cele", "yutian"));
        assertEquals(3, ts.size());
        CalibrationTarget a = ts.get(0);
        assertEquals("Jobs, park and workshop", a.fact());
        assertEquals(List.of("jobs_park", "jobs_workshop"), a.numerator());
        assertEquals(List.of("cele", "yutian"), a.units());
        assertEquals(Level.TOWN, a.level());
        assertEquals(48, a.monthFrom());
        assertEquals(71, a.monthTo());
        assertEquals("001 part 1 §2, p. 3", a.source());
        assertEquals(2, a.line());
        CalibrationTarget b = ts.get(1);
        assertEquals(Statistic.RATIO, b.statistic());
        assertEquals(List.of("wage_work_female"), b.numerator());
        assertEquals(List.of("wage_work_female", "wage_work_male"), b.denominator());
        assertEquals(List.of("belt"), b.units());
        assertEquals(Double.POSITIVE_INFINITY, b.high());
        assertEquals(">= 0.45", b.rangeText());
        assertEquals(4, b.line());
        CalibrationTarget c = ts.get(2);
        assertEquals(Statistic.PARAMETER, c.statistic());
        assertEquals(Double.NEGATIVE_INFINITY, c.low());
        assertEquals("<= 0.2", c.rangeText());
        assertEquals(72, CalibrationTargets.monthsNeeded(ts));
    }

    @Test
    void toleranceWidensTheRangeRelatively() {
        CalibrationTarget t = one("x,X,mean,population,belt,belt,2015-01,2015-02,100,200,0.2,000");
        assertEquals(80, t.okLow(), 1e-9);
        assertEquals(240, t.okHigh(), 1e-9);
        assertTrue(t.withinTolerance(80) && t.withinTolerance(240) && t.withinTolerance(150));
        assertFalse(t.withinTolerance(79.9) || t.withinTolerance(240.1) || t.withinTolerance(Double.NaN));
        CalibrationTarget neg = one("x,X,change,population,belt,belt,2015-01,2015-02,-100,-50,0.1,000");
        assertEquals(-110, neg.okLow(), 1e-9);
        assertEquals(-45, neg.okHigh(), 1e-9);
        CalibrationTarget open = one("x,X,mean,population,belt,belt,2015-01,2015-02,100,,0,000");
        assertTrue(open.withinTolerance(1e12));
        assertFalse(open.withinTolerance(99));
    }

    @Test
    void mistakesNameTheLineAndColumn() {
        assertError("t.csv line 1: the header must be", "id,fact\n");
        assertError("t.csv line 2: 3 fields, expected 12", H + "a,b,c\n");
        assertError("t.csv line 3, column 9 (target_low): \"abc\" is not a number",
                H + "a,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000\n"
                        + "b,X,mean,population,belt,belt,2015-01,2015-02,abc,2,0,000\n");
        assertError("line 2, column 3 (statistic): unknown statistic \"median\"",
                H + "a,X,median,population,belt,belt,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 4 (indicator): unknown indicator \"jobs_parks\"",
                H + "a,X,mean,jobs_parks,belt,belt,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 5 (level): indicator jobs_park is not recorded at level county",
                H + "a,X,mean,jobs_park,county,cele,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 6 (unit): unknown town \"keriya\"",
                H + "a,X,mean,jobs_park,town,keriya,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 6 (unit): unknown prefecture \"hotan\"",
                H + "a,X,mean,jobs_park,prefecture,hotan,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 4 (indicator): indicator poverty_rate is a share or ratio and cannot be summed",
                H + "a,X,mean,poverty_rate,prefecture,Hotan+Aksu,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 4 (indicator): statistic ratio needs numerator/denominator",
                H + "a,X,ratio,population,belt,belt,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 4 (indicator): '/' is only allowed with statistic ratio",
                H + "a,X,mean,population/working_age,belt,belt,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 8 (month_to): month_to 2015-01 is before month_from 2015-02",
                H + "a,X,mean,population,belt,belt,2015-02,2015-01,1,2,0,000\n");
        assertError("line 2, column 7 (month_from): \"2015-13\" is not a month YYYY-MM",
                H + "a,X,mean,population,belt,belt,2015-13,2016-01,1,2,0,000\n");
        assertError("line 2, column 8 (month_to): statistic value reads one month",
                H + "a,X,value,population,belt,belt,2015-01,2015-02,1,2,0,000\n");
        assertError("line 2, column 10 (target_high): target_high 1 is below target_low 2",
                H + "a,X,mean,population,belt,belt,2015-01,2015-02,2,1,0,000\n");
        assertError("line 2, column 11 (tolerance): tolerance 1.5 must be in [0, 1]",
                H + "a,X,mean,population,belt,belt,2015-01,2015-02,1,2,1.5,000\n");
        assertError("line 2, column 12 (source): the source is empty",
                H + "a,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,\n");
        assertError("line 2, column 4 (indicator): unknown parameter key \"firm.newWorker\"",
                H + "a,X,parameter,firm.newWorker,,,2015-01,2015-01,0,0.2,0,001\n");
        assertError("t.csv line 2: unclosed quote",
                H + "a,\"X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000\n");
        assertError("line 3, column 1 (id): duplicate id a",
                H + "a,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000\n"
                        + "a,Y,mean,population,belt,belt,2015-01,2015-02,1,2,0,000\n");
        assertError("t.csv: no targets after the header", H);
    }

    private static CalibrationTarget one(String row) {
        return CalibrationTargets.parse("t.csv", H + row + "\n", Set.of("cele")).get(0);
    }

    private static void assertError(String expectedPart, String text) {
        TargetFileException e = assertThrows(TargetFileException.class,
                () -> CalibrationTargets.parse("t.csv", text, Set.of("cele", "yutian")));
        assertTrue(e.getMessage().contains(expectedPart), "expected \"" + expectedPart + "\" in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
