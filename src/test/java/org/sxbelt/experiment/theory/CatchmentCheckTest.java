package org.sxbelt.experiment.theory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sxbelt.geo.BeltGeography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commuting catchments meet (w − w0)/τ under both choice rules, and shrink as the commute costs more. */
class CatchmentCheckTest {

    private static final BeltGeography GEO = BeltGeography.loadDefault();

    @ParameterizedTest
    @EnumSource(CatchmentCheck.Rule.class)
    void catchmentMeetsTheClosedFormAndShrinksWithTheCost(CatchmentCheck.Rule rule) {
        CatchmentCheck.Options cheap = CatchmentCheck.Options.of(3000, 1200, 60, rule);
        TheoryResult a = CatchmentCheck.run(cheap, GEO);
        TheoryResult b = CatchmentCheck.run(cheap.withCost(120), GEO);
        for (TheoryLine l : a.lines()) assertTrue(l.pass(), rule + " " + l);
        for (TheoryLine l : b.lines()) assertTrue(l.pass(), rule + " " + l);
        assertEquals(30, a.line("catchment_km").closedForm(), 1e-9);
        double shrink = b.line("catchment_km").model() / a.line("catchment_km").model();
        assertEquals(0.5, shrink, 0.06, rule + ": doubling the cost halves the catchment");
    }
}
