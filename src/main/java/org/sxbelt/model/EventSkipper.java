package org.sxbelt.model;

import ec.util.MersenneTwisterFast;

/**
 * Bernoulli trials of one pass done in proportion to their successes: instead of one uniform draw per
 * person, the number of persons to pass over before the next success at the class's top chance
 * {@code rMax} is drawn once (geometric), and a person reached is a success with chance
 * {@code r / rMax} for their own chance r (thinning). Each person of the class is then a success with
 * chance min(r, rMax) independently of the others, exactly as with a draw per person; the pass draws
 * about rMax times per person instead of once. Not thread-safe: one per block of a pass.
 */
final class EventSkipper {

    private final double logStay;
    private final double rMax;
    private long countdown;

    /**
     * Starts a pass with top chance {@code rMax} (clamped to [0, 1]); the first gap is drawn from
     * {@code rng} at once.
     */
    EventSkipper(double rMax, MersenneTwisterFast rng) {
        this.rMax = Math.max(0, Math.min(1, rMax));
        this.logStay = Math.log1p(-this.rMax);
        countdown = gap(rng);
    }

    /** The next person of the class: whether they are a candidate for a success (then call {@link #accept}). */
    boolean reached() {
        if (countdown > 0) {
            countdown--;
            return false;
        }
        return true;
    }

    /**
     * A candidate with chance {@code r} of success (values above rMax count as rMax): true with chance
     * r / rMax; draws the next gap either way.
     */
    boolean accept(double r, MersenneTwisterFast rng) {
        boolean success = r >= rMax || uniform(rng) * rMax < r;
        countdown = gap(rng);
        return success;
    }

    /** Persons to pass over before the next candidate: geometric with success chance rMax. */
    private long gap(MersenneTwisterFast rng) {
        if (rMax >= 1) return 0;
        if (rMax <= 0) return Long.MAX_VALUE;
        double u = ((rng.nextInt() >>> 1) + 1) * 0x1p-31; // (0, 1]
        double g = Math.floor(Math.log(u) / logStay);
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }

    /** A uniform draw in [0, 1) on a grid of 2^-31, from one 32-bit step of the generator. */
    static double uniform(MersenneTwisterFast rng) {
        return (rng.nextInt() >>> 1) * 0x1p-31;
    }
}
