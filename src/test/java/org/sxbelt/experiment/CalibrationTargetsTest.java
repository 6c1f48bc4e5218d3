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
    void builtInTargetsParseWithSourcesKindsAndEnoughEvidence() {
        List<CalibrationTarget> targets = CalibrationTargets.loadDefault();
        Set<String> ids = new HashSet<>();
        int fitted = 0, tested = 0;
        for (CalibrationTarget t : targets) {
            assertTrue(ids.add(t.id()), "unique id " + t.id());
            assertFalse(t.fact().isBlank(), t.id());
            assertTrue(DOCUMENT.matcher(t.source()).find(), t.id() + ": source names no document: " + t.source());
            assertFalse(t.why().isBlank(), t.id() + ": every built-in fact says why it has its kind");
            assertTrue(t.low() <= t.high(), t.id());
            assertTrue(t.tolerance() == 0 || t.low() == t.high(), t.id() + ": a range is never widened");
            assertTrue(t.tolerance() <= 0.1, t.id() + ": a single figure gets at most the default +-10%");
            if (t.kind() == CalibrationTargetKind.FITTED) fitted++;
            if (t.kind() == CalibrationTargetKind.TESTED) tested++;
        }
        assertTrue(fitted + tested >= 40, "at least 40 fitted or tested facts, got " + (fitted + tested));
        assertTrue(4 * tested >= fitted + tested, "at least a quarter tested: " + tested + " of " + (fitted + tested));
        assertTrue(CalibrationTargets.monthsNeeded(targets) >= 72, "the targets reach the end of 2020");
        assertTrue(targets.stream().anyMatch(t -> t.monthFrom() >= 72 && t.numerator().contains("return_to_poverty_rate")),
                "the return rate after 2020 is shown");
    }

    /** docs/holdout.md lists the held-back facts as "- `id`: ..." lines; none of them may be a target. */
    @Test
    void heldBackFactsAreNotTargets() throws java.io.IOException {
        java.nio.file.Path holdout = java.nio.file.Path.of("docs", "holdout.md");
        assertTrue(java.nio.file.Files.exists(holdout), "the held-back facts are listed in " + holdout.toAbsolutePath());
        Pattern item = Pattern.compile("^- `([a-z0-9_]+)`");
        Set<String> held = new HashSet<>();
        for (String line : java.nio.file.Files.readAllLines(holdout)) {
            java.util.regex.Matcher m = item.matcher(line);
            if (m.find()) held.add(m.group(1));
        }
        assertTrue(held.size() >= 3, "the three groups of held-back facts, got " + held);
        for (CalibrationTarget t : CalibrationTargets.loadDefault()) {
            assertFalse(held.contains(t.id()), t.id() + " is held back (docs/holdout.md) and must not be a target");
        }
    }

    @Test
    void fieldsAreReadIncludingKindsSumsRatiosQuotesAndOpenBounds() {
        List<CalibrationTarget> ts = CalibrationTargets.parse("t.csv", H
                + "a,tested,\"Jobs, park and workshop\",mean,jobs_park+jobs_workshop,town,cele+yutian,2019-01,2020-12,100,200,0,\"001 part 1 §2, p. 3\",\"new, never fitted\"\n"
                + "\n"
                + "b,fitted,Share,ratio,wage_work_female/wage_work_female+wage_work_male,belt,,2019-01,2019-12,0.45,,0,004,\n"
                + "c,input,Productivity,parameter,firm.newWorkerProductivity,,,2015-01,2015-01,,0.2,0,001,a parameter\n"
                + "d,fitted,Income,value,population,belt,belt,2015-12,2015-12,7450,7450,0.1,003,\n", Set.of("cele", "yutian"));
        assertEquals(4, ts.size());
        CalibrationTarget a = ts.get(0);
        assertEquals(CalibrationTargetKind.TESTED, a.kind());
        assertEquals("Jobs, park and workshop", a.fact());
        assertEquals(List.of("jobs_park", "jobs_workshop"), a.numerator());
        assertEquals(List.of("cele", "yutian"), a.units());
        assertEquals(Level.TOWN, a.level());
        assertEquals(48, a.monthFrom());
        assertEquals(71, a.monthTo());
        assertEquals("001 part 1 §2, p. 3", a.source());
        assertEquals("new, never fitted", a.why());
        assertEquals(2, a.line());
        CalibrationTarget b = ts.get(1);
        assertEquals(CalibrationTargetKind.FITTED, b.kind());
        assertEquals(Statistic.RATIO, b.statistic());
        assertEquals(List.of("wage_work_female"), b.numerator());
        assertEquals(List.of("wage_work_female", "wage_work_male"), b.denominator());
        assertEquals(List.of("belt"), b.units());
        assertEquals(Double.POSITIVE_INFINITY, b.high());
        assertEquals(">= 0.45", b.rangeText());
        assertEquals("", b.why());
        assertEquals(4, b.line());
        CalibrationTarget c = ts.get(2);
        assertEquals(CalibrationTargetKind.INPUT, c.kind());
        assertFalse(c.kind().isEvidence());
        assertEquals(Statistic.PARAMETER, c.statistic());
        assertEquals(Double.NEGATIVE_INFINITY, c.low());
        assertEquals("<= 0.2", c.rangeText());
        assertEquals("7,450 ±10%", ts.get(3).rangeText());
        assertEquals(72, CalibrationTargets.monthsNeeded(ts));
    }

    @Test
    void aRangeIsItsOwnToleranceAndASingleFigureIsWidenedRelatively() {
        CalibrationTarget range = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,100,200,0,000,");
        assertEquals(100, range.okLow(), 0);
        assertEquals(200, range.okHigh(), 0);
        assertTrue(range.withinRange(100) && range.withinRange(200) && range.withinRange(150));
        assertFalse(range.withinRange(99.9) || range.withinRange(200.1) || range.withinRange(Double.NaN));
        CalibrationTarget point = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,7450,7450,0.1,000,");
        assertEquals(6705, point.okLow(), 1e-9);
        assertEquals(8195, point.okHigh(), 1e-9);
        CalibrationTarget neg = one("x,fitted,X,change,population,belt,belt,2015-01,2015-02,-100,-100,0.1,000,");
        assertEquals(-110, neg.okLow(), 1e-9);
        assertEquals(-90, neg.okHigh(), 1e-9);
        CalibrationTarget open = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,100,,0,000,");
        assertTrue(open.withinRange(1e12));
        assertFalse(open.withinRange(99));
    }

    @Test
    void theSignedMissIsZeroInsideAndRelativeToTheNearestBoundOutside() {
        CalibrationTarget range = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,3000,5000,0,000,");
        assertEquals(0, range.signedMiss(3000), 0);
        assertEquals(0, range.signedMiss(4000), 0);
        assertEquals(0, range.signedMiss(5000), 0);
        assertEquals((2786 - 3000) / 3000.0, range.signedMiss(2786), 1e-12); // the park wage of issue 15: -7.1 %
        assertEquals(0.1, range.signedMiss(5500), 1e-12);
        assertTrue(Double.isNaN(range.signedMiss(Double.NaN)));
        // a single figure: the bounds are figure -+ 10 %
        CalibrationTarget point = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,100,100,0.1,000,");
        assertEquals(0, point.signedMiss(91), 0);
        assertEquals((80 - 90) / 90.0, point.signedMiss(80), 1e-12);
        assertEquals((121 - 110) / 110.0, point.signedMiss(121), 1e-12);
        // open bounds
        CalibrationTarget atLeast = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,0.45,,0,000,");
        assertEquals((0.445 - 0.45) / 0.45, atLeast.signedMiss(0.445), 1e-12);
        assertEquals(0, atLeast.signedMiss(1e9), 0);
        CalibrationTarget atMost = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,,0.05,0,000,");
        assertEquals(0.2, atMost.signedMiss(0.06), 1e-12);
        // a negative bound: the sign says the direction, the size is relative to |bound|
        CalibrationTarget neg = one("x,fitted,X,change,population,belt,belt,2015-01,2015-02,-100,-50,0,000,");
        assertEquals(-0.1, neg.signedMiss(-110), 1e-12);
        assertEquals(0.2, neg.signedMiss(-40), 1e-12);
        // a bound of 0 is scaled by the other bound; a point at 0 gives the absolute miss
        CalibrationTarget fromZero = one("x,fitted,X,mean,population,belt,belt,2015-01,2015-02,0,0.02,0,000,");
        assertEquals(-0.5, fromZero.signedMiss(-0.01), 1e-12);
        assertEquals(0.5, fromZero.signedMiss(0.03), 1e-12);
        CalibrationTarget zero = one("x,input,X,mean,population,belt,belt,2015-01,2015-02,0,0,0,000,");
        assertEquals(0.03, zero.signedMiss(0.03), 1e-12);
    }

    @Test
    void mistakesNameTheLineAndColumn() {
        assertError("t.csv line 1: the header must be", "id,fact\n");
        assertError("t.csv line 2: 3 fields, expected 14", H + "a,b,c\n");
        assertError("t.csv line 2, column 2 (kind): unknown kind \"evidence\"; expected one of fitted, tested, input",
                H + "a,evidence,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("t.csv line 2, column 2 (kind): unknown kind \"\"; expected one of fitted, tested, input",
                H + "a,,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("t.csv line 2, column 2 (kind): unknown kind \"Fitted\"",
                H + "a,Fitted,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("t.csv line 3, column 10 (target_low): \"abc\" is not a number",
                H + "a,fitted,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,\n"
                        + "b,fitted,X,mean,population,belt,belt,2015-01,2015-02,abc,2,0,000,\n");
        assertError("line 2, column 4 (statistic): unknown statistic \"median\"",
                H + "a,fitted,X,median,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 5 (indicator): unknown indicator \"jobs_parks\"",
                H + "a,fitted,X,mean,jobs_parks,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 6 (level): indicator jobs_park is not recorded at level county",
                H + "a,fitted,X,mean,jobs_park,county,cele,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 7 (unit): unknown town \"keriya\"",
                H + "a,fitted,X,mean,jobs_park,town,keriya,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 7 (unit): unknown prefecture \"hotan\"",
                H + "a,fitted,X,mean,jobs_park,prefecture,hotan,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 5 (indicator): indicator poverty_rate is a share or ratio and cannot be summed",
                H + "a,fitted,X,mean,poverty_rate,prefecture,Hotan+Aksu,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 5 (indicator): statistic ratio needs numerator/denominator",
                H + "a,fitted,X,ratio,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 5 (indicator): '/' is only allowed with statistic ratio",
                H + "a,fitted,X,mean,population/working_age,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 9 (month_to): month_to 2015-01 is before month_from 2015-02",
                H + "a,fitted,X,mean,population,belt,belt,2015-02,2015-01,1,2,0,000,\n");
        assertError("line 2, column 8 (month_from): \"2015-13\" is not a month YYYY-MM",
                H + "a,fitted,X,mean,population,belt,belt,2015-13,2016-01,1,2,0,000,\n");
        assertError("line 2, column 9 (month_to): statistic value reads one month",
                H + "a,fitted,X,value,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 2, column 11 (target_high): target_high 1 is below target_low 2",
                H + "a,fitted,X,mean,population,belt,belt,2015-01,2015-02,2,1,0,000,\n");
        assertError("line 2, column 12 (tolerance): tolerance 1.5 must be in [0, 1]",
                H + "a,fitted,X,mean,population,belt,belt,2015-01,2015-02,1,1,1.5,000,\n");
        assertError("line 2, column 12 (tolerance): tolerance 0.2 widens a single figure only",
                H + "a,fitted,X,mean,population,belt,belt,2015-01,2015-02,1,2,0.2,000,\n");
        assertError("line 2, column 12 (tolerance): tolerance 0.1 widens a single figure only",
                H + "a,fitted,X,mean,population,belt,belt,2015-01,2015-02,1,,0.1,000,\n");
        assertError("line 2, column 13 (source): the source is empty",
                H + "a,fitted,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,,\n");
        assertError("line 2, column 5 (indicator): unknown parameter key \"firm.newWorker\"",
                H + "a,input,X,parameter,firm.newWorker,,,2015-01,2015-01,0,0.2,0,001,\n");
        assertError("t.csv line 2: unclosed quote",
                H + "a,fitted,\"X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
        assertError("line 3, column 1 (id): duplicate id a",
                H + "a,fitted,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,\n"
                        + "a,tested,Y,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,\n");
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
