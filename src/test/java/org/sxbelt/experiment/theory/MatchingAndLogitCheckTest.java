package org.sxbelt.experiment.theory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sxbelt.geo.BeltGeography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Urn-ball matching and the logit rule, run through the model's code, against their closed forms. */
class MatchingAndLogitCheckTest {

    private static final BeltGeography GEO = BeltGeography.loadDefault();

    @ParameterizedTest(name = "U {0}, V {1}")
    @CsvSource({"20, 10", "5, 12", "40, 40"})
    void matchesFollowTheUrnBallExpectation(int u, int v) {
        TheoryLine l = MatchingCheck.run(MatchingCheck.Options.of(u, v), GEO).line("expected_matches");
        assertTrue(l.pass(), l.toString());
        // the check has power: frictionless matching, min(U, V), is many tolerances away
        assertTrue(Math.abs(Math.min(u, v) - l.model()) > 5 * l.tolerance(), l.toString());
    }

    @ParameterizedTest(name = "DV {0}, beta {1}")
    @CsvSource({"0.3, 4", "-0.5, 2", "0, 7", "2, 0.5"})
    void choiceSharesFollowTheLogit(double gap, double beta) {
        TheoryLine l = LogitCheck.run(LogitCheck.Options.of(gap, beta)).line("choice_probability");
        assertTrue(l.pass(), l.toString());
        assertEquals(1 / (1 + Math.exp(-beta * gap)), l.closedForm(), 1e-12);
    }

    @Test
    void aWrongScaleWouldBeCaught() {
        // the same draws at beta 4 are far from the closed form at beta 5
        TheoryLine l = LogitCheck.run(LogitCheck.Options.of(0.3, 4)).line("choice_probability");
        assertTrue(Math.abs(l.model() - 1 / (1 + Math.exp(-5 * 0.3))) > 5 * l.tolerance());
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MatchingCheck.Options.of(0, 10));
        assertThrows(IllegalArgumentException.class, () -> LogitCheck.Options.of(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> CatchmentCheck.Options.of(3000, 3000, 60, CatchmentCheck.Rule.LOGIT));
    }
}
