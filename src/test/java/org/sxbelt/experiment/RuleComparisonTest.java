package org.sxbelt.experiment;

import org.junit.jupiter.api.Test;
import org.sxbelt.model.Level;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleComparisonTest {

    private static CalibrationTarget fact(String id, double low, double high) {
        return new CalibrationTarget(id, CalibrationTargetKind.FITTED, id, Statistic.MEAN, List.of("jobs_park"), List.of(),
                Level.BELT, List.of("belt"), 0, 11, low, high, 0, "test", "", 2);
    }

    private static Validation.Report report(CalibrationTarget[] ts, double[][] perSeed) {
        List<Validation.Outcome> o = new java.util.ArrayList<>();
        for (int k = 0; k < ts.length; k++) o.add(Validation.outcome(ts[k], perSeed[k]));
        return new Validation.Report("s", List.of(1L, 2L, 3L), 100, 12, o, 1, 1);
    }

    @Test
    void aFactTellsTheRulesApartOnlyWhenOneMeetsItTheOtherMissesItAndThePairedIntervalExcludesZero() {
        CalibrationTarget[] ts = {fact("apart", 10, 20), fact("noise", 10, 20), fact("bothMiss", 10, 20), fact("same", 10, 20)};
        Validation.Report a = report(ts, new double[][]{{15, 16, 14}, {19, 21, 19.5}, {30, 31, 32}, {15, 15, 15}});
        Validation.Report b = report(ts, new double[][]{{25, 26, 24}, {21, 19, 21}, {40, 41, 42}, {15, 15, 15}});
        RuleComparison c = RuleComparison.of("logit", a, "expected-income", b);
        assertTrue(c.rows().get(0).discriminates(), "15 OK against 25 MISS, every seed +10");
        assertFalse(c.rows().get(1).differs(), "19.5 against 20.3 with the pairs -2..+2: seed noise");
        assertFalse(c.rows().get(1).discriminates());
        assertTrue(c.rows().get(2).differs() && !c.rows().get(2).discriminates(), "both miss: informative, not telling apart");
        assertFalse(c.rows().get(3).differs(), "the same in every seed");
        assertEquals(10, c.rows().get(0).difference().diff(), 1e-12);
        assertEquals(List.of("apart"), c.discriminating().stream().map(r -> r.target().id()).toList());
        String table = ValidationReport.rulesTable(c);
        assertTrue(table.contains("1 fact tells the rules apart: apart (logit meets it)"), table);
        assertTrue(ValidationReport.rulesCsv(c).startsWith(ValidationReport.RULES_CSV_HEADER + "\n"));
    }
}
