package org.sxbelt.experiment.theory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sxbelt.geo.BeltGeography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Harris–Todaro on the model's actual outcomes (not on what seekers believe): the town labour force,
 * unemployment and the hire rate the limiting setting produces, against their closed forms, for several
 * wages, farm incomes and job numbers, with constant farm income and with common land.
 */
class HarrisTodaroCheckTest {

    private static final BeltGeography GEO = BeltGeography.loadDefault();

    @ParameterizedTest(name = "w {0}, E {1}, F {2}")
    @CsvSource({"3000, 10000, 1200", "2000, 5000, 1500", "4000, 20000, 1000"})
    void townLabourForceAndUnemploymentMeetTheClosedForm(double w, double e, double f) {
        TheoryResult r = HarrisTodaroCheck.run(HarrisTodaroCheck.Options.constantFarmIncome(w, e, f), GEO);
        for (TheoryLine l : r.lines()) assertTrue(l.pass(), l.toString());
        assertEquals(e * w / f, r.line("town_labour_force").closedForm(), 1e-9);
        assertEquals(1 - f / w, r.line("unemployment_rate").closedForm(), 1e-12);
    }

    @Test
    void withDiminishingReturnsOnLandTheModelLandsOnTheSolution() {
        TheoryResult r = HarrisTodaroCheck.run(HarrisTodaroCheck.Options.commonLand(3000, 30000, 150000, 6e5, 0.5), GEO);
        for (TheoryLine l : r.lines()) assertTrue(l.pass(), l.toString());
        // the solution is not the constant-income one: the land's marginal product rises as people leave
        double n = Double.parseDouble(r.inputs().get("land_labour"));
        double fAtStart = 0.5 * 6e5 / Math.sqrt(n);
        assertTrue(Math.abs(r.line("town_labour_force").closedForm() - 30000 * 3000 / fAtStart) > 2000,
                "diminishing returns move the equilibrium");
    }

    @Test
    void moreTownJobsDrawMoreThanOneSeekerEach() {
        TheoryLine l = HarrisTodaroCheck.paradox(HarrisTodaroCheck.Options.constantFarmIncome(3000, 10000, 1200), 4000, GEO);
        assertTrue(l.pass(), l.toString());
        assertTrue(l.model() > 1, "the unemployed in town rise with the jobs (Todaro paradox)");
    }

    @Test
    void aRunThatHasNotSettledSaysSo() {
        // far from the start's labour force, word of mouth alone approaches the equilibrium too slowly
        HarrisTodaroCheck.Options slow = HarrisTodaroCheck.Options.commonLand(3000, 10000, 100000, 5e4, 0.5);
        TheoryResult r = HarrisTodaroCheck.run(slow, GEO);
        assertFalse(r.line("steady_state_drift").pass(), r.lines().toString());
        assertEquals("1200", r.inputs().get("months_run"));
        // spontaneous search brings it there
        TheoryResult fast = HarrisTodaroCheck.run(slow.withSearchRate(0.02), GEO);
        assertTrue(fast.passed(), fast.lines().toString());
    }

    @Test
    void whereTheLandPaysAtLeastTheTownWageTheSolutionIsTheCornerOfFullEmployment() {
        // a county of N = 132,000: alpha*A*(N - E)^(alpha - 1) = 0.6 * 5e5 * 112,000^-0.4 > 2,800, so fewer
        // than E want the town's jobs
        HarrisTodaroCheck.Options o = HarrisTodaroCheck.Options.commonLand(2800, 20000, 150000, 5e5, 0.6);
        double l = HarrisTodaroCheck.commonLandSolution(o, 132000);
        double farmers = 132000 - l;
        assertTrue(l < 20000, "corner below E: " + l);
        assertEquals(2800, 0.6 * 5e5 * Math.pow(farmers, -0.4), 1e-6);
        // and an interior setting still solves w*E/L = marginal product
        HarrisTodaroCheck.Options in = HarrisTodaroCheck.Options.commonLand(3000, 30000, 150000, 6e5, 0.5);
        double li = HarrisTodaroCheck.commonLandSolution(in, 150000);
        assertEquals(3000 * 30000 / li, 0.5 * 6e5 * Math.pow(150000 - li, -0.5), 1e-3);
    }

    @Test
    void theCheckCanFail() {
        // a spontaneous search rate far above word of mouth overshoots: the line says so instead of hiding it
        TheoryResult r = HarrisTodaroCheck.run(
                HarrisTodaroCheck.Options.constantFarmIncome(3000, 10000, 1200).withSearchRate(0.2), GEO);
        assertFalse(r.line("town_labour_force").pass(), r.line("town_labour_force").toString());
    }

    @Test
    void badSettingsAreRefusedWithTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HarrisTodaroCheck.Options.constantFarmIncome(3000, 10000, 4000));
        assertTrue(e.getMessage().startsWith("--farm-income must be in (0, --urban-wage)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HarrisTodaroCheck.Options.constantFarmIncome(3000, 500, 1200));
        assertThrows(IllegalArgumentException.class, () -> HarrisTodaroCheck.Options.commonLand(3000, 1e4, 5e3, 1e6, 0.5));
    }
}
