package org.sxbelt.experiment;

import org.junit.jupiter.api.Test;
import org.sxbelt.experiment.stats.MeanCi;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {

    @Test
    void confidenceIntervalMatchesAHandComputation() {
        // 1..5: mean 3, sample sd sqrt(10/4); t(0.975, 4) = 2.776445 (tables); half width t * sd / sqrt(5)
        MeanCi s = Validation.acrossSeeds(new double[]{1, 2, 3, 4, 5});
        double sd = Math.sqrt(2.5);
        double half = 2.776445105 * sd / Math.sqrt(5);
        assertEquals(5, s.n());
        assertEquals(3, s.mean(), 1e-12);
        assertEquals(sd, s.sd(), 1e-12);
        assertEquals(3 - half, s.ciLow(), 1e-6);
        assertEquals(3 + half, s.ciHigh(), 1e-6);
        assertEquals(1.963243, half, 1e-6);

        // two values: t(0.975, 1) = 12.7062
        MeanCi two = Validation.acrossSeeds(new double[]{10, 12});
        assertEquals(11, two.mean(), 1e-12);
        assertEquals(Math.sqrt(2), two.sd(), 1e-12);
        assertEquals(11 + 12.706205 * Math.sqrt(2) / Math.sqrt(2), two.ciHigh(), 1e-5);

        MeanCi one = Validation.acrossSeeds(new double[]{7});
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()), "no interval from one seed");

        MeanCi equal = Validation.acrossSeeds(new double[]{0.2, 0.2, 0.2});
        assertEquals(0.2, equal.mean(), 0.0, "exact mean of equal values");
        assertEquals(0.2, equal.ciLow(), 0.0);

        MeanCi oneNa = Validation.acrossSeeds(new double[]{1, Double.NaN, 3});
        assertTrue(Double.isNaN(oneNa.mean()), "one NA seed makes the mean NA (MeanCi.of would give 2)");
        assertEquals(3, oneNa.n(), "n counts every seed");
    }

    @Test
    void statusComparesTheMeanWithTheSourceRangeItself() {
        List<CalibrationTarget> ts = CalibrationTargets.parse("t.csv", CalibrationTargets.HEADER + "\n"
                + "a,fitted,A,mean,population,belt,belt,2015-01,2015-02,100,200,0,000,\n"
                + "b,input,B,parameter,firm.newWorkerProductivity,,,2015-01,2015-01,0,0.2,0,001,\n"
                + "c,tested,C,mean,population,belt,belt,2015-01,2015-02,100,100,0.1,000,\n");
        CalibrationTarget a = ts.get(0);
        assertEquals(Validation.Verdict.OK, Validation.outcome(a, new double[]{95, 105}).verdict()); // mean 100
        assertEquals(Validation.Verdict.MISS, Validation.outcome(a, new double[]{95, 104}).verdict()); // 99.5 < 100
        assertEquals(-0.005, Validation.outcome(a, new double[]{95, 104}).signedMiss(), 1e-12);
        assertEquals(Validation.Verdict.OK, Validation.outcome(a, new double[]{200, 200}).verdict());
        assertEquals(Validation.Verdict.MISS, Validation.outcome(a, new double[]{201, 201}).verdict(), "no slack on a range");
        assertEquals(Validation.Verdict.NA, Validation.outcome(a, new double[]{150, Double.NaN}).verdict());
        assertTrue(Double.isNaN(Validation.outcome(a, new double[]{150, Double.NaN}).signedMiss()));
        CalibrationTarget b = ts.get(1);
        assertEquals(Validation.Verdict.OK, Validation.outcome(b, new double[]{0.2, 0.2, 0.2}).verdict());
        CalibrationTarget c = ts.get(2);
        assertEquals(Validation.Verdict.OK, Validation.outcome(c, new double[]{90, 90}).verdict(), "a single figure -10%");
        assertEquals(Validation.Verdict.MISS, Validation.outcome(c, new double[]{89, 89}).verdict());
        assertEquals(0, Validation.outcome(c, new double[]{110, 110}).signedMiss(), 0);
    }

    @Test
    void countsPerKindAndStrictnessLeaveInputsOut() {
        List<CalibrationTarget> ts = CalibrationTargets.parse("t.csv", CalibrationTargets.HEADER + "\n"
                + "f1,fitted,F1,mean,population,belt,belt,2015-01,2015-02,100,200,0,000,\n"
                + "f2,fitted,F2,mean,population,belt,belt,2015-01,2015-02,100,200,0,000,\n"
                + "t1,tested,T1,mean,population,belt,belt,2015-01,2015-02,100,200,0,000,\n"
                + "i1,input,I1,mean,population,belt,belt,2015-01,2015-02,100,200,0,000,\n"
                + "i2,input,I2,mean,population,belt,belt,2015-01,2015-02,100,200,0,000,\n");
        double[] ok = {150}, miss = {250};
        Validation.Report r = report(List.of(Validation.outcome(ts.get(0), ok), Validation.outcome(ts.get(1), miss),
                Validation.outcome(ts.get(2), ok), Validation.outcome(ts.get(3), miss), Validation.outcome(ts.get(4), ok)));
        assertEquals(2, r.count(CalibrationTargetKind.FITTED));
        assertEquals(1, r.ok(CalibrationTargetKind.FITTED));
        assertEquals(1, r.count(CalibrationTargetKind.TESTED));
        assertEquals(1, r.ok(CalibrationTargetKind.TESTED));
        assertEquals(2, r.count(CalibrationTargetKind.INPUT));
        assertEquals(1, r.ok(CalibrationTargetKind.INPUT));
        assertEquals(3, r.withinRange());
        assertEquals("fitted: 1 of 2 OK; tested: 1 of 1 OK; input: 1 of 2 reproduce", ValidationReport.summaryLine(r));
        assertFalse(r.evidenceOk(), "a fitted fact is missed");

        Validation.Report inputMissOnly = report(List.of(Validation.outcome(ts.get(0), ok),
                Validation.outcome(ts.get(2), ok), Validation.outcome(ts.get(3), miss)));
        assertTrue(inputMissOnly.evidenceOk(), "a missed input is shown but is not evidence");
        Validation.Report testedNa = report(List.of(Validation.outcome(ts.get(2), new double[]{Double.NaN})));
        assertFalse(testedNa.evidenceOk(), "NA is not OK");
    }

    private static Validation.Report report(List<Validation.Outcome> outcomes) {
        return new Validation.Report("baseline", List.of(1L), 100, 2, outcomes, 1.0, 1);
    }

    @Test
    void parameterTargetsReadTheValueInForceIncludingTimedEvents() {
        Scenario baseline = ScenarioLoader.loadDefault();
        // the baseline sets the organised-transfer quota to 2800 from 2018-01 and keeps it through the
        // transition period; it ends poverty micro-credit (0.38 a year since 2015-01) in 2021-01
        double before = Validation.parameterValue(baseline, "policy.transferQuota", 35);
        assertEquals(baseline.params().get(org.sxbelt.params.ParamSchema.byKey("policy.transferQuota")), before);
        assertEquals(2800, Validation.parameterValue(baseline, "policy.transferQuota", 36));
        assertEquals(2800, Validation.parameterValue(baseline, "policy.transferQuota", 71));
        assertEquals(2800, Validation.parameterValue(baseline, "policy.transferQuota", 72));
        assertEquals(0.38, Validation.parameterValue(baseline, "policy.microCredit", 71));
        assertEquals(0, Validation.parameterValue(baseline, "policy.microCredit", 72));
    }

    /** A few cheap targets over four months, touching every statistic and level. */
    private static List<CalibrationTarget> smallTargets() {
        return CalibrationTargets.parse("small.csv", CalibrationTargets.HEADER + "\n"
                + "pop,fitted,Population,mean,population,belt,belt,2015-01,2015-04,1,1e9,0,000,\n"
                + "jobs,fitted,Park and workshop jobs,value,jobs_park+jobs_workshop,prefecture,Hotan+Aksu,2015-04,2015-04,0,1e9,0,000,\n"
                + "entries,fitted,Firm entries,sum,firm_entries+firm_relocations,town,cele+yutian+luopu,2015-01,2015-04,0,1e9,0,000,\n"
                + "farm,fitted,Farmers lost,change,employment_farming,county,luopu,2015-01,2015-04,-1e9,1e9,0,000,\n"
                + "women,fitted,Women's share of wage work,ratio,wage_work_female/wage_work_female+wage_work_male,belt,belt,2015-01,2015-04,0,1,0,000,\n"
                + "poor,fitted,Poverty rate,mean,poverty_rate,prefecture,Hotan,2015-01,2015-04,0,1,0,000,\n"
                + "prod,fitted,Productivity,parameter,firm.newWorkerProductivity,,,2015-01,2015-01,0,0.2,0,001,\n");
    }

    @Test
    void resultsDoNotDependOnTheThreadCountAndSeedsAreBasePlusIndex() {
        BeltGeography geo = BeltGeography.loadDefault();
        Scenario sc = ScenarioLoader.loadDefault();
        List<CalibrationTarget> targets = smallTargets();
        Validation.Report one = Validation.run(targets, new Validation.Options(sc, 2, 5, 1000, 1), geo, null);
        Validation.Report two = Validation.run(targets, new Validation.Options(sc, 2, 5, 1000, 2), geo, null);
        assertEquals(List.of(5L, 6L), one.seeds());
        assertEquals(4, one.months());
        assertEquals(1000, one.scale());
        for (int k = 0; k < targets.size(); k++) {
            assertArrayEquals(one.outcomes().get(k).perSeed(), two.outcomes().get(k).perSeed(), targets.get(k).id());
            assertTrue(!Double.isNaN(one.outcomes().get(k).mean()), targets.get(k).id());
        }
        assertEquals(ValidationReport.csv(one), ValidationReport.csv(two), "the CSV is byte-identical");
        assertTrue(one.outcomes().get(0).perSeed()[0] != one.outcomes().get(0).perSeed()[1]
                || one.outcomes().get(1).perSeed()[0] != one.outcomes().get(1).perSeed()[1], "two different seeds");

        // the second run of a 2-seed validation from 5 is the first of a 1-seed validation from 6
        Validation.Report six = Validation.run(targets, new Validation.Options(sc, 1, 6, 1000, 1), geo, null);
        for (int k = 0; k < targets.size(); k++) {
            assertEquals(one.outcomes().get(k).perSeed()[1], six.outcomes().get(k).perSeed()[0], targets.get(k).id());
        }
    }

    @Test
    void csvHasOneRowPerTargetAndTheTablesAreGroupedByKindWithSignedMisses() {
        List<CalibrationTarget> ts = CalibrationTargets.parse("t.csv", CalibrationTargets.HEADER + "\n"
                + "a,fitted,\"A, with comma\",mean,population,belt,belt,2015-01,2015-02,100,200,0,000,\"in the loss\"\n"
                + "b,input,B,parameter,firm.newWorkerProductivity,,,2015-01,2015-01,0,0.2,0,001,a parameter\n"
                + "c,tested,C,mean,population,belt,belt,2015-01,2015-02,1000,1000,0.1,002,\n");
        Validation.Report r = new Validation.Report("baseline", List.of(1L, 2L), 100, 2,
                List.of(Validation.outcome(ts.get(0), new double[]{150, 160}),
                        Validation.outcome(ts.get(1), new double[]{0.3, 0.3}),
                        Validation.outcome(ts.get(2), new double[]{1210, 1210})), 1.0, 2);
        List<String> lines = ValidationReport.csv(r).lines().toList();
        assertEquals(ValidationReport.CSV_HEADER, lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("a,fitted,\"A, with comma\",mean,population,belt,belt,2015-01,2015-02,100,200,0,000,"
                + "in the loss,2,155,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",100,200,0,OK,baseline,100,1;2,150;160"), lines.get(1));
        assertTrue(lines.get(2).startsWith("b,input,") && lines.get(2).contains(",0.5,MISS,"), lines.get(2));
        assertTrue(lines.get(3).contains(",900,1100,0.1,MISS,"), "the single figure's range and signed miss: " + lines.get(3));
        String table = ValidationReport.table(r);
        assertTrue(table.strip().endsWith("fitted: 1 of 1 OK; tested: 0 of 1 OK; input: 0 of 1 reproduce"), table);
        int fitted = table.indexOf("Fitted facts"), tested = table.indexOf("Tested facts"), input = table.indexOf("Inputs");
        assertTrue(fitted >= 0 && fitted < tested && tested < input, "fitted, then tested, then input:\n" + table);
        assertTrue(table.contains("A, with comma") && table.contains("100..200") && table.contains("<= 0.2")
                && table.contains("1,000 ±10%"), table);
        assertTrue(table.contains("+10.0%") && table.contains("+50.0%") && table.contains("miss"), table);
        assertEquals("-7.1%", ValidationReport.missText((2786 - 3000) / 3000.0));
        assertEquals("0", ValidationReport.missText(0));
        assertEquals("+0.04%", ValidationReport.missText(0.0004));
        assertEquals("NA", ValidationReport.missText(Double.NaN));
    }
}
