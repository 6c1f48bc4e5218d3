package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skipped Bernoulli trials have the law of one draw per person: frequencies, pairs, the edges. */
class EventSkipperTest {

    private static final int N = 2_000_000;

    /** Persons with chances cycling through {@code rates} under top chance {@code rMax}: successes per rate, and of consecutive pairs. */
    private static double[] frequencies(double rMax, double[] rates, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        EventSkipper skipper = new EventSkipper(rMax, rng);
        double[] hits = new double[rates.length + 1];
        boolean last = false;
        for (int i = 0; i < N; i++) {
            int k = i % rates.length;
            boolean hit = skipper.reached() && skipper.accept(rates[k], rng);
            if (hit) hits[k]++;
            if (hit && last) hits[rates.length]++;
            last = hit;
        }
        double per = (double) N / rates.length;
        for (int k = 0; k < rates.length; k++) hits[k] /= per;
        hits[rates.length] /= N - 1;
        return hits;
    }

    @Test
    void eachPersonSucceedsWithTheirOwnChance() {
        double[] rates = {0.01, 0.05, 0.1, 0.02};
        double[] f = frequencies(0.1, rates, 7);
        for (int k = 0; k < rates.length; k++) {
            double se = Math.sqrt(rates[k] * (1 - rates[k]) / (N / 4.0));
            assertEquals(rates[k], f[k], 5 * se, "chance " + rates[k]);
        }
    }

    @Test
    void successesOfNeighboursAreIndependent() {
        double r = 0.3;
        double[] f = frequencies(0.6, new double[]{r}, 11);
        assertEquals(r, f[0], 0.002);
        assertEquals(r * r, f[1], 0.002, "both of two neighbours");
    }

    @Test
    void chancesAboveTheTopCountAsTheTopAndTheEdgesHold() {
        assertEquals(0.2, frequencies(0.2, new double[]{0.9}, 3)[0], 0.002);
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        EventSkipper never = new EventSkipper(0, rng);
        EventSkipper always = new EventSkipper(1, rng);
        for (int i = 0; i < 1000; i++) {
            assertFalse(never.reached());
            assertTrue(always.reached() && always.accept(1, rng));
        }
    }
}
