package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.sxbelt.agents.Households;
import org.sxbelt.params.ParamValues;

/**
 * Whether a rural household leases land to its village's cooperative and firms (ODD 7.7.2 step 1). The
 * offer is to lease {@code policy.landTransferShare} of its land; a tenth of households consider it each
 * month (the village campaign's pace). A household takes the offer when the rent and last month's
 * dividend per mu in its village cover the farm income it would lose with the labour it has now: a
 * household whose members work away loses little (its land was partly idle), one with hands to spare
 * for every mu loses what the land yields. A lower offer than what is leased ends the extra lease; in
 * resettled villages the old land is leased whatever the comparison (it is too far to farm).
 */
final class LeaseChoice {

    static final double ADJUST_CHANCE = 0.1;

    private LeaseChoice() {}

    static void consider(BeltModel m, int h, double share, boolean forced, int farmers, MersenneTwisterFast rng) {
        Households hh = m.belt().households();
        double now = hh.leasedLand(h);
        double target = share * hh.land(h);
        if (Math.abs(now - target) <= 1e-6 || rng.nextDouble() >= ADJUST_CHANCE) return;
        double dividend = m.cooperatives().dividendPerMu(hh.village(h));
        if (forced || target < now || gain(m.farm(), h, target, farmers, m.params(), m.conditions(), dividend) >= 0) {
            hh.setLeasedLand(h, target);
        }
    }

    /**
     * Monthly income household {@code h} gains by leasing {@code target} mu instead of what it leases now,
     * with {@code farmers} farming and {@code dividendPerMu} the dividend its village's cooperative paid last
     * month: rent and dividend on the extra mu less the farm income they yield it now.
     */
    static double gain(FarmSide farm, int h, double target, int farmers, ParamValues p, Conditions c, double dividendPerMu) {
        Households hh = farm.households();
        double perMu = Cooperatives.rentPerMu(p, c) + dividendPerMu;
        double lost = FarmIncome.monthly(farm, h, farmers, p, c) - farmIncomeLeasing(farm, h, target, farmers, p, c);
        return perMu * (target - hh.leasedLand(h)) - lost;
    }

    /** Farm income with {@code leased} mu leased out, read from the farm-income code itself. */
    private static double farmIncomeLeasing(FarmSide farm, int h, double leased, int farmers, ParamValues p, Conditions c) {
        Households hh = farm.households();
        double now = hh.leasedLand(h);
        hh.setLeasedLand(h, leased);
        double income = FarmIncome.monthly(farm, h, farmers, p, c);
        hh.setLeasedLand(h, now);
        return income;
    }
}
