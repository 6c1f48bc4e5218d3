package org.sxbelt.experiment.theory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core–periphery limit through the model's CES demand, zero-profit wages and real-wage migration:
 * break and sustain points against Fujita, Krugman and Venables' closed forms, the three regimes, and a
 * temporary subsidy that tips the outcome for good only where both outcomes are stable.
 */
class CorePeripheryCheckTest {

    @Test
    void theClosedFormsAreFujitaKrugmanVenables() {
        // sigma 5, mu 0.4: phi_B = 2 x 0.6 / (6 x 1.4) = 1/7, T_B = 7^(1/4); T_S about 1.80
        assertEquals(1.0 / 7, CorePeripheryCheck.breakPoint(5, 0.4), 1e-12);
        assertEquals(Math.pow(7, 0.25), CorePeripheryCheck.freightOf(1.0 / 7, 5), 1e-12);
        double phiS = CorePeripheryCheck.sustainPoint(5, 0.4);
        assertEquals(1.80, CorePeripheryCheck.freightOf(phiS, 5), 0.01);
        assertEquals(1, Math.pow(phiS, 0.5) * (1.4 * phiS / 2 + 0.6 / (2 * phiS)), 1e-9);
        assertTrue(phiS < CorePeripheryCheck.breakPoint(5, 0.4), "the core is sustainable before the spread breaks");
    }

    @ParameterizedTest(name = "sigma {0}, mu {1}, T {2}")
    @CsvSource({"5, 0.4, 1.7", "3, 0.2, 1.5", "8, 0.5, 1.5"})
    void theModelFindsTheBreakAndSustainPoints(double sigma, double mu, double t) {
        TheoryResult r = CorePeripheryCheck.run(CorePeripheryCheck.Options.of(sigma, mu, t));
        for (TheoryLine l : r.lines()) assertTrue(l.pass(), l.toString());
        assertTrue(Math.abs(r.line("break_point_freight").model() / r.line("break_point_freight").closedForm() - 1) < 0.01,
                r.line("break_point_freight").toString());
    }

    @Test
    void spreadAboveTheBreakPointCoreBelowBothInBetween() {
        CorePeripheryCheck.Options o = CorePeripheryCheck.Options.of(5, 0.4, 1.5);
        assertEquals(1, CorePeripheryCheck.largerTownShare(o), 1e-6, "T < T_B: a near-even start gathers");
        CorePeripheryCheck.Options high = CorePeripheryCheck.Options.of(5, 0.4, 1.95).withStart(0.95);
        assertEquals(0.5, CorePeripheryCheck.largerTownShare(high), 1e-6, "T > T_S: even a near core spreads");
        CorePeripheryCheck.Options between = CorePeripheryCheck.Options.of(5, 0.4, 1.7);
        assertEquals(0.5, CorePeripheryCheck.largerTownShare(between), 1e-6, "T_B < T < T_S: near even stays even");
        assertEquals(1, CorePeripheryCheck.largerTownShare(between.withStart(0.95)), 1e-6, "... and a core holds");
    }

    @Test
    void aTemporarySubsidyTipsTheOverlapForGood() {
        CorePeripheryCheck.Options even = CorePeripheryCheck.Options.of(5, 0.4, 1.7).withStart(0.5);
        assertEquals(0.5, CorePeripheryCheck.largerTownShare(even), 1e-9);
        assertEquals(1, CorePeripheryCheck.largerTownShare(even.withSubsidy(0.05, 24)), 1e-6);
        // where only the spread is stable the same subsidy leaves no trace once it ends
        CorePeripheryCheck.Options spread = CorePeripheryCheck.Options.of(5, 0.4, 2.0).withStart(0.5);
        assertEquals(0.5, CorePeripheryCheck.largerTownShare(spread.withSubsidy(0.05, 24)), 1e-6);
    }

    @Test
    void theCheckCanFail() {
        // too short a run: near free trade a near-even start has not gathered yet, so no break point is found
        TheoryResult r = CorePeripheryCheck.run(CorePeripheryCheck.Options.of(5, 0.4, 1.7).withRun(200, 1));
        assertFalse(r.line("break_point_freight").pass(), r.line("break_point_freight").toString());
        assertFalse(r.passed());
    }

    @Test
    void badSettingsAreRefusedWithTheOption() {
        SettingException e = assertThrows(SettingException.class, () -> CorePeripheryCheck.Options.of(5, 0.9, 1.7));
        assertTrue(e.getMessage().startsWith("--mu must be below (sigma - 1) / sigma = 0.8"), e.getMessage());
        assertThrows(SettingException.class, () -> CorePeripheryCheck.Options.of(1, 0.4, 1.7));
        assertThrows(SettingException.class, () -> CorePeripheryCheck.Options.of(5, 0.4, 0.9));
        assertThrows(SettingException.class, () -> CorePeripheryCheck.Options.of(5, 0.4, 1.7).withSubsidy(0.1, 5000));
    }
}
