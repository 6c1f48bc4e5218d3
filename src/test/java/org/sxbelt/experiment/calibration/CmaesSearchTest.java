package org.sxbelt.experiment.calibration;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CmaesSearchTest {

    private static final double[] CENTRE = {0.2, 0.7, 0.45};

    private static double bowl(double[] u) {
        double s = 0;
        for (int i = 0; i < u.length; i++) s += (u[i] - CENTRE[i]) * (u[i] - CENTRE[i]) * (i + 1);
        return s;
    }

    private static final CmaesSearch.Settings SETTINGS = new CmaesSearch.Settings(new double[]{0.5, 0.5, 0.5}, 0.3, 7, 400, 11);

    /** Every point, in order, the search asks for when driven one generation at a time. */
    private static List<double[]> generationByGeneration(CmaesSearch.Settings s, int[] generations) {
        CmaesSearch search = new CmaesSearch(s);
        Map<List<Double>, Double> known = new HashMap<>();
        List<double[]> asked = new ArrayList<>();
        int expected = 0;
        for (CmaesSearch.Step step = search.next(known); !step.finished(); step = search.next(known)) {
            assertEquals(expected++, step.generation(), "generations come in order, none skipped");
            for (double[] u : step.candidates()) {
                asked.add(u);
                known.put(CmaesSearch.key(u), bowl(u));
            }
        }
        generations[0] = expected;
        return asked;
    }

    /**
     * The points one uninterrupted optimizer evaluates, each once (a point repaired onto a bound can come up
     * again; the search asks for it only the first time).
     */
    private static List<double[]> direct(CmaesSearch.Settings s) {
        List<double[]> asked = new ArrayList<>();
        java.util.Set<List<Double>> seen = new java.util.HashSet<>();
        double[] sigma = new double[s.start().length];
        Arrays.fill(sigma, s.sigma());
        double[] ones = new double[sigma.length];
        Arrays.fill(ones, 1);
        new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0, new MersenneTwister(s.seed()), false, null)
                .optimize(new MaxEval(s.budget()), GoalType.MINIMIZE, new InitialGuess(s.start()),
                        new SimpleBounds(new double[sigma.length], ones), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(s.population()), new ObjectiveFunction(u -> {
                            if (seen.add(CmaesSearch.key(u))) asked.add(u.clone());
                            return bowl(u);
                        }));
        return asked;
    }

    @Test
    void generationByGenerationAsksForExactlyWhatOneUninterruptedOptimizerEvaluates() {
        CmaesSearch.Settings nearACorner = new CmaesSearch.Settings(new double[]{0.9, 0.1, 0.9}, 0.3, 7, 40, 3);
        for (CmaesSearch.Settings s : List.of(SETTINGS, nearACorner)) {
            List<double[]> direct = direct(s);
            int[] generations = new int[1];
            List<double[]> stepped = generationByGeneration(s, generations);
            assertEquals(direct.size(), stepped.size(), "as many evaluations");
            for (int i = 0; i < direct.size(); i++) assertArrayEquals(direct.get(i), stepped.get(i), 0, "evaluation " + i);
            assertTrue(generations[0] > 5, "several generations: " + generations[0]);
        }
    }

    @Test
    void theStartIsGenerationZeroAndEachLaterStepIsOneWholeGeneration() {
        CmaesSearch search = new CmaesSearch(SETTINGS);
        Map<List<Double>, Double> known = new HashMap<>();
        CmaesSearch.Step first = search.next(known);
        assertEquals(0, first.generation());
        assertEquals(1, first.candidates().size());
        assertArrayEquals(SETTINGS.start(), first.candidates().get(0), 0);
        known.put(CmaesSearch.key(first.candidates().get(0)), bowl(first.candidates().get(0)));
        CmaesSearch.Step second = search.next(known);
        assertEquals(1, second.generation());
        assertEquals(7, second.candidates().size());
        assertEquals(second.candidates().size(), search.next(known).candidates().size(), "unchanged until the losses are known");
    }

    @Test
    void theBudgetCapsTheEvaluationsAndTheSearchFindsTheMinimum() {
        int[] generations = new int[1];
        CmaesSearch.Settings small = new CmaesSearch.Settings(new double[]{0.5, 0.5, 0.5}, 0.3, 7, 40, 3);
        assertEquals(40, generationByGeneration(small, generations).size());
        assertEquals(7, generations[0], "the start and six generations, the sixth cut to four by the budget");
        List<double[]> all = generationByGeneration(SETTINGS, generations);
        assertTrue(all.size() <= SETTINGS.budget());
        double[] best = all.stream().min((a, b) -> Double.compare(bowl(a), bowl(b))).orElseThrow();
        assertArrayEquals(CENTRE, best, 1e-3, () -> "best " + Arrays.toString(best));
    }

    @Test
    void settingsCheckThemselves() {
        for (Runnable bad : List.<Runnable>of(
                () -> new CmaesSearch.Settings(new double[]{1.5}, 0.3, 4, 10, 1),
                () -> new CmaesSearch.Settings(new double[]{0.5}, 0, 4, 10, 1),
                () -> new CmaesSearch.Settings(new double[]{0.5}, 0.3, 1, 10, 1),
                () -> new CmaesSearch.Settings(new double[]{0.5}, 0.3, 4, 0, 1),
                () -> new CmaesSearch.Settings(new double[0], 0.3, 4, 10, 1))) {
            try {
                bad.run();
                throw new AssertionError("accepted");
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
        assertEquals(12, CmaesSearch.Settings.defaultPopulation(17));
    }
}
