package org.sxbelt.model;

import org.sxbelt.agents.Households;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.COMMON_LAND_EXPONENT;
import static org.sxbelt.params.ParamSchema.COMMON_LAND_SCALE;
import static org.sxbelt.params.ParamSchema.FARM_INCOME_PER_MU;
import static org.sxbelt.params.ParamSchema.MU_PER_WORKER;

/**
 * Farm income of a household as a function of how many of its members farm. Land needs
 * land/muPerWorker workers; members beyond that are surplus labour (Lewis), so their leaving costs
 * the household nothing, while the last farmers' leaving lets land lie partly idle. With nobody
 * farming, relatives and the elderly still work about 30% of a worker's share. What the land earns
 * moves with crop prices and the household's yields ({@link FarmSide#revenue}); a greenhouse adds its
 * income when a member farms it.
 */
public final class FarmIncome {

    static final double FALLBACK_LABOUR = 0.3;

    private FarmIncome() {}

    public static double monthly(FarmSide farm, int h, int farmers, ParamValues p, Conditions c) {
        double greenhouse = farm.greenhouse(h, farmers, p, c);
        double farmed = farmedMu(farm, h);
        if (farmed <= 0) return greenhouse;
        return potential(farm, h, farmed, p, c) * labourFactor(farmed, farmers, p) / 12 + greenhouse;
    }

    /** Mu the household farms itself: its land less what it leases out. */
    private static double farmedMu(FarmSide farm, int h) {
        Households hh = farm.households();
        return hh.land(h) - hh.leasedLand(h);
    }

    /** A year's income of the farmed land fully worked (before the labour factor). */
    private static double potential(FarmSide farm, int h, double farmed, ParamValues p, Conditions c) {
        return farmed * p.get(FARM_INCOME_PER_MU) * c.farmIndex() * farm.households().farmProductivity(h) * farm.revenue(h);
    }

    /** Share of the land's potential that the household's farmers can work, 0.3..1. */
    public static double labourFactor(double farmedMu, int farmers, ParamValues p) {
        double needed = Math.max(1, farmedMu / p.get(MU_PER_WORKER));
        return Math.min(1, Math.max(farmers, FALLBACK_LABOUR) / needed);
    }

    /**
     * Monthly income of one farmer on a county's common land ({@code farm.commonLandScale} A > 0): the
     * marginal product alpha * A * N^(alpha - 1) of the county's {@code farmers} (real persons, at least 1);
     * 0 when the county's land is held by households.
     */
    public static double commonLand(ParamValues p, double farmers) {
        double a = p.get(COMMON_LAND_SCALE);
        if (a <= 0) return 0;
        double alpha = p.get(COMMON_LAND_EXPONENT);
        return alpha * a * Math.pow(Math.max(1, farmers), alpha - 1);
    }

    /**
     * What the household loses in farm income if one of its farmers leaves: monthly(farmers) -
     * monthly(farmers - 1), the land's potential read once (this is evaluated for every farming seeker).
     */
    public static double marginal(FarmSide farm, int h, int farmers, ParamValues p, Conditions c) {
        if (farmers <= 0) return 0;
        double with = farm.greenhouse(h, farmers, p, c);
        double without = farm.greenhouse(h, farmers - 1, p, c);
        double farmed = farmedMu(farm, h);
        if (farmed > 0) {
            double potential = potential(farm, h, farmed, p, c);
            with = potential * labourFactor(farmed, farmers, p) / 12 + with;
            without = potential * labourFactor(farmed, farmers - 1, p) / 12 + without;
        }
        return with - without;
    }
}
