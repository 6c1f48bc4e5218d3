package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Location quotient, Herfindahl and Ellison-Glaeser index of {@link ClusterMeasures} on small
 * matrices computed by hand, plus the defining property of the EG index: zero in expectation when
 * plants are dropped on towns at random in proportion to the towns' shares of all jobs (the
 * "dartboard" null of Ellison and Glaeser 1997).
 */
class ClusterMeasuresTest {

    /** Two towns x two industries. Town totals 40 and 60; industry totals 50 and 50; 100 jobs. */
    private static final double[][] TWO_BY_TWO = {
            {30, 10},
            {20, 40},
    };

    @Test
    void locationQuotientByHand() {
        // (30/40) / (50/100) = 1.5 ; (10/40) / (50/100) = 0.5 ; (20/60)/(0.5) = 2/3 ; (40/60)/0.5 = 4/3
        assertEquals(1.5, ClusterMeasures.locationQuotient(TWO_BY_TWO, 0, 0), 1e-12);
        assertEquals(0.5, ClusterMeasures.locationQuotient(TWO_BY_TWO, 0, 1), 1e-12);
        assertEquals(2.0 / 3, ClusterMeasures.locationQuotient(TWO_BY_TWO, 1, 0), 1e-12);
        assertEquals(4.0 / 3, ClusterMeasures.locationQuotient(TWO_BY_TWO, 1, 1), 1e-12);
    }

    @Test
    void locationQuotientIsOneWhereTheTownLooksLikeTheBelt() {
        double[][] jobs = {{10, 30}, {20, 60}, {5, 15}};
        for (int t = 0; t < 3; t++) {
            for (int k = 0; k < 2; k++) assertEquals(1.0, ClusterMeasures.locationQuotient(jobs, t, k), 1e-12);
        }
    }

    @Test
    void locationQuotientIsNaNWithoutJobs() {
        double[][] jobs = {{0, 0}, {10, 0}};
        assertTrue(Double.isNaN(ClusterMeasures.locationQuotient(jobs, 0, 0)), "town without jobs");
        assertTrue(Double.isNaN(ClusterMeasures.locationQuotient(jobs, 1, 1)), "industry without jobs");
        assertEquals(1.0, ClusterMeasures.locationQuotient(jobs, 1, 0), 1e-12);
    }

    @Test
    void herfindahlByHand() {
        // industry 0: shares 0.6, 0.4 -> 0.36 + 0.16 ; industry 1: 0.2, 0.8 -> 0.04 + 0.64
        assertEquals(0.52, ClusterMeasures.herfindahl(TWO_BY_TWO, 0), 1e-12);
        assertEquals(0.68, ClusterMeasures.herfindahl(TWO_BY_TWO, 1), 1e-12);
    }

    @Test
    void herfindahlBounds() {
        double[][] even = {{7}, {7}, {7}, {7}, {7}};
        assertEquals(0.2, ClusterMeasures.herfindahl(even, 0), 1e-12, "even over n towns = 1/n");
        double[][] one = {{0}, {12}, {0}};
        assertEquals(1.0, ClusterMeasures.herfindahl(one, 0), 1e-12, "all in one town = 1");
        assertTrue(Double.isNaN(ClusterMeasures.herfindahl(new double[][]{{0, 1}, {0, 2}}, 0)), "no jobs");
    }

    @Test
    void ellisonGlaeserIsMinusHOverOneMinusHWhenIndustryMirrorsTheBelt() {
        // Industry shares equal aggregate shares, so G = 0 and gamma = -H / (1 - H), ~0 for many small plants.
        double[][] jobs = {{20, 180}, {30, 270}, {50, 450}};
        double[] plants = new double[100];
        Arrays.fill(plants, 1.0);
        double h = 100 * 0.01 * 0.01;
        double gamma = ClusterMeasures.ellisonGlaeser(jobs, 0, plants);
        assertEquals(-h / (1 - h), gamma, 1e-12);
        assertEquals(0.0, gamma, 0.011);
    }

    @Test
    void ellisonGlaeserIsOneForAnIndustryInOneTownWithManyPlants() {
        // Town totals 100 each: x = 1/3 each, sum x^2 = 1/3. Industry 0 all in town 0: G = (2/3)^2 + 2 (1/3)^2 = 2/3.
        // Six plants of 10: H = 6 (1/6)^2 = 1/6. gamma = (2/3 - (2/3)(1/6)) / ((2/3)(5/6)) = 1.
        double[][] jobs = {{60, 40}, {0, 100}, {0, 100}};
        double[] plants = {10, 10, 10, 10, 10, 10};
        assertEquals(1.0, ClusterMeasures.ellisonGlaeser(jobs, 0, plants), 1e-12);
    }

    @Test
    void ellisonGlaeserByHandWithUnequalPlants() {
        // Towns: totals 100, 300 -> x = 0.25, 0.75; sum x^2 = 0.625.
        // Industry 0: 40 in town 0, 10 in town 1 -> s = 0.8, 0.2; G = 0.55^2 + 0.55^2 = 0.605.
        // Plants 30, 10, 10 of 50 -> H = 0.36 + 0.04 + 0.04 = 0.44.
        // gamma = (0.605 - 0.375 * 0.44) / (0.375 * 0.56) = (0.605 - 0.165) / 0.21 = 2.0952...
        double[][] jobs = {{40, 60}, {10, 290}};
        double[] plants = {30, 10, 10};
        assertEquals(0.44 / 0.21, ClusterMeasures.ellisonGlaeser(jobs, 0, plants), 1e-12);
    }

    @Test
    void ellisonGlaeserUndefinedCases() {
        assertTrue(Double.isNaN(ClusterMeasures.ellisonGlaeser(TWO_BY_TWO, 0, new double[]{50})), "one plant");
        assertTrue(Double.isNaN(ClusterMeasures.ellisonGlaeser(new double[][]{{0, 5}, {0, 5}}, 0, new double[]{0, 0})),
                "no jobs in the industry");
        assertTrue(Double.isNaN(ClusterMeasures.ellisonGlaeser(new double[][]{{10, 5}}, 0, new double[]{5, 5})),
                "a single town (sum x^2 = 1)");
    }

    private static Firm firm(Industry k, int represents, int agentWorkers) {
        Firm f = Firm.builder().industry(k).represents(represents).capacity(agentWorkers).build();
        for (int w = 0; w < agentWorkers; w++) f.workers().add(w);
        return f;
    }

    /**
     * A super-firm standing for m real firms is m plants of equal size (ODD §2.4), firms without
     * workers and of other industries are no plants: at 1:500 an agent firm of 4 agent workers
     * standing for 10 real firms is ten plants of 200 real workers, not one of 2,000.
     */
    @Test
    void plantSizesReadSuperFirmsAsTheirRealPlants() {
        List<Firm> firms = List.of(firm(Industry.TEXTILES, 10, 4), firm(Industry.TEXTILES, 1, 2),
                firm(Industry.TEXTILES, 3, 0), firm(Industry.GARMENTS, 5, 5));
        double[] sizes = ClusterMeasures.plantSizes(firms, Industry.TEXTILES, 500);
        double[] expected = new double[11];
        Arrays.fill(expected, 0, 10, 200);
        expected[10] = 1000;
        assertArrayEquals(expected, sizes, 1e-9);
        assertEquals(0, ClusterMeasures.plantSizes(firms, Industry.ELECTRONICS, 500).length);
    }

    /**
     * The measurement this pins (issue 12 item 5): read as one plant each, super-firms inflate H and
     * pull gamma below zero for an industry that is concentrated; read as the real plants they stand
     * for, gamma is that of the same jobs in separate firms.
     */
    @Test
    void ellisonGlaeserOfSuperFirmsIsThatOfTheFirmsTheyStandFor() {
        int scale = 10;
        List<Firm> superFirms = List.of(firm(Industry.GARMENTS, 3, 3), firm(Industry.GARMENTS, 3, 3));
        List<Firm> separate = new ArrayList<>();
        for (int i = 0; i < 6; i++) separate.add(firm(Industry.GARMENTS, 1, 1));
        // Three towns of 100 jobs: x = 1/3 each, sum x^2 = 1/3. The industry's 60 jobs are 30 in towns 0 and 1:
        // s = 1/2, 1/2, 0, G = 1/36 + 1/36 + 4/36 = 1/6.
        double[][] jobs = {{30, 70}, {30, 70}, {0, 100}};
        double plants = ClusterMeasures.ellisonGlaeser(jobs, 0, ClusterMeasures.plantSizes(superFirms, Industry.GARMENTS, scale));
        assertEquals(ClusterMeasures.ellisonGlaeser(jobs, 0, ClusterMeasures.plantSizes(separate, Industry.GARMENTS, scale)), plants, 1e-12);
        // six plants of 10: H = 1/6, gamma = (1/6 - (2/3)(1/6)) / ((2/3)(5/6)) = 0.1
        assertEquals(0.1, plants, 1e-12);
        // the two agent firms as two plants of 30: H = 1/2, gamma = (1/6 - 1/3) / (1/3) = -0.5
        assertEquals(-0.5, ClusterMeasures.ellisonGlaeser(jobs, 0, new double[]{30, 30}), 1e-12);
    }

    /**
     * The dartboard null: plants of given sizes dropped independently on towns with probability equal
     * to the town's share of all jobs give E[G] = (1 - sum x^2) H, hence E[gamma] = 0. The industry is
     * tiny next to the rest of the economy so that x does not move with the draws.
     */
    @Test
    void ellisonGlaeserIsZeroInExpectationForRandomlyLocatedPlants() {
        double[] other = {4e6, 3e6, 2e6, 1e6};
        double[] plants = {50, 40, 30, 20, 20, 10, 10, 5, 5, 5};
        double[] x = new double[other.length];
        double total = Arrays.stream(other).sum();
        for (int j = 0; j < x.length; j++) x[j] = other[j] / total;
        MersenneTwisterFast rng = new MersenneTwisterFast(2024);
        int reps = 40_000;
        double sum = 0, sumSq = 0;
        for (int r = 0; r < reps; r++) {
            double[][] jobs = new double[other.length][2];
            for (int j = 0; j < other.length; j++) jobs[j][1] = other[j];
            for (double z : plants) {
                double u = rng.nextDouble();
                int j = 0;
                while (j < x.length - 1 && (u -= x[j]) >= 0) j++;
                jobs[j][0] += z;
            }
            double g = ClusterMeasures.ellisonGlaeser(jobs, 0, plants);
            sum += g;
            sumSq += g * g;
        }
        double mean = sum / reps;
        double se = Math.sqrt((sumSq / reps - mean * mean) / reps);
        assertTrue(Math.abs(mean) < 4 * se + 1e-3, "mean gamma " + mean + " (s.e. " + se + ")");
        assertTrue(se < 0.01, "enough replications: s.e. " + se);
    }
}
