package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.COTTON_PRICE;
import static org.sxbelt.params.ParamSchema.FIELD_PRICE_VOLATILITY;
import static org.sxbelt.params.ParamSchema.FRUIT_PRICE;
import static org.sxbelt.params.ParamSchema.FRUIT_PRICE_VOLATILITY;
import static org.sxbelt.params.ParamSchema.JUJUBE_PRICE;
import static org.sxbelt.params.ParamSchema.PRICE_PERSISTENCE;

/**
 * Farm-gate prices by crop relative to their trend (the trend itself is {@code farm.incomeGrowth}, in
 * {@link Conditions#farmIndex()}). Each January, with the new crop year, every crop's log deviation
 * follows an AR(1): {@code x = persistence * x + volatility * N(0, 1)}, field crops with
 * {@code farm.fieldPriceVolatility}, tree crops with {@code farm.fruitPriceVolatility}; the scenario
 * shocks ({@code shock.jujubePrice}, {@code shock.fruitPrice}, {@code shock.cottonPrice}) multiply the
 * price in the month they are set.
 * <p>
 * The draws come from a stream of their own, a function of the run's seed only: prices are weather and
 * markets outside the belt, so two scenarios run on one seed see the same price path (paired
 * comparisons), and nothing the households do changes it.
 */
public final class CropPrices implements java.io.Serializable {

    /** Distinguishes this stream from the person blocks' (which use month, pass and block). */
    private static final int STREAM = 0x70726963; // "pric"

    private final MersenneTwisterFast rng;
    private final double[] logDeviation = new double[Crop.values().length];
    private int year = Integer.MIN_VALUE;

    public CropPrices(long seed) {
        rng = new MersenneTwisterFast(new int[]{(int) seed, (int) (seed >>> 32), STREAM});
    }

    /** Draws the year's prices when a new year begins (January; the first month sets the 2015 prices to trend). */
    void advance(Conditions c, ParamValues p) {
        if (c.year() == year) return;
        boolean first = year == Integer.MIN_VALUE;
        year = c.year();
        double rho = p.get(PRICE_PERSISTENCE);
        for (Crop crop : Crop.values()) {
            double eps = rng.nextGaussian(); // drawn every year for every crop, so the path does not depend on the settings
            if (first) continue;
            double sd = p.get(crop.isTree() ? FRUIT_PRICE_VOLATILITY : FIELD_PRICE_VOLATILITY);
            logDeviation[crop.ordinal()] = rho * logDeviation[crop.ordinal()] + sd * eps;
        }
    }

    /** This month's price of {@code crop} relative to trend (2015 = 1), shocks included. */
    public double price(Crop crop, ParamValues p) {
        Param shock = shockOf(crop);
        return Math.exp(logDeviation[crop.ordinal()]) * (shock == null ? 1 : p.get(shock));
    }

    private static Param shockOf(Crop crop) {
        return switch (crop) {
            case JUJUBE -> JUJUBE_PRICE;
            case FRUIT -> FRUIT_PRICE;
            case COTTON -> COTTON_PRICE;
            case GRAIN -> null;
        };
    }
}
