package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.agents.Persons;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The demand side of the distant labour markets (ODD §7.2.1), run after the month's returns home.
 * Each market's employers want {@code D(ω) = D₀ · ω^(−ε)} belt workers (tripled on the XPCC regiments in
 * the cotton season), where ω is the wage they pay belt workers relative to the market's trend wage and
 * D₀ the demand at the 2015 wage ({@code market.*Demand}); the month's places are what they want beyond
 * the open-market migrants already there, and when these exceed the demand (after the cotton season,
 * or after a wage rise) the excess is sent home the next month.
 *
 * <p>The wage clears the market slowly: each month the relative wage moves a share
 * {@code market.wageAdjustment} of the way (in logs) toward the wage at which employers would want
 * exactly the belt workers on offer, those there now plus the applicants recently turned away
 * ({@code D(ω*) = S + U}). More belt workers seeking distant work (for instance when local jobs are
 * cut) lower the wage and so raise the places; fewer raise it. Because the supply read is a stock, a
 * month in which nobody applies does not read as a shortage while the market is full, so the market has
 * one equilibrium, where the belt's supply curve crosses the demand curve. Organised transfers fill
 * arranged posts outside the curve (the labour docking that found them is itself new demand), so
 * neither count nor crowd out here.
 */
final class DistantDemand {

    private DistantDemand() {}

    /** Updates every market's wage toward clearing, then sets its places and excess share. */
    static void open(BeltModel m, boolean stoppage) {
        Belt belt = m.belt();
        ParamValues p = m.params();
        boolean cotton = m.conditions().cottonSeason();
        for (DistantMarket d : belt.markets()) {
            int there = m.employment().migrantsIn(d.id(), false);
            double onOffer = (there + d.turnedAway()) * belt.scale();
            d.setRelativeWage(nextRelativeWage(p, d, cotton, onOffer));
            double wanted = demand(p, d, cotton) / belt.scale();
            d.setExcessShare(there > wanted ? 1 - wanted / there : 0);
            d.setOpen(!stoppage && wanted > 0); // a market whose employers want no belt workers draws none
            d.setVacancies(stoppage ? 0 : m.stochasticRound(Math.max(0, wanted - there)));
        }
    }

    /** After the month's hiring: each market's smoothed count of applicants turned away takes in the month. */
    static void closeQueues(BeltModel m) {
        double weight = m.params().get(BELIEF_WEIGHT);
        for (DistantMarket d : m.belt().markets()) d.updateTurnedAway(weight);
    }

    /** Belt workers (real persons) the market's employers want at its current relative wage. */
    static double demand(ParamValues p, DistantMarket d, boolean cottonSeason) {
        return demandAt(p, d, cottonSeason, d.getRelativeWage());
    }

    private static double demandAt(ParamValues p, DistantMarket d, boolean cottonSeason, double relativeWage) {
        double season = d.hasCottonSeason() && cottonSeason ? 3 : 1;
        return season * p.get(d.demandParam()) * Math.pow(relativeWage, -p.get(DEMAND_ELASTICITY));
    }

    /**
     * The relative wage at which employers want exactly {@code onOffer} belt workers (real persons):
     * {@code ω* = (S+U / D(1))^(−1/ε)}. NaN when it is undefined (nobody on offer, no demand, or
     * inelastic demand), in which case the wage holds.
     */
    static double clearingWage(ParamValues p, DistantMarket d, boolean cottonSeason, double onOffer) {
        double elasticity = p.get(DEMAND_ELASTICITY);
        double atTrend = demandAt(p, d, cottonSeason, 1);
        if (onOffer <= 0 || atTrend <= 0 || elasticity == 0) return Double.NaN;
        return Math.pow(onOffer / atTrend, -1 / elasticity);
    }

    /** One month's partial adjustment (in logs) of the relative wage toward the clearing wage. */
    static double nextRelativeWage(ParamValues p, DistantMarket d, boolean cottonSeason, double onOffer) {
        double now = d.getRelativeWage();
        double target = clearingWage(p, d, cottonSeason, onOffer);
        if (Double.isNaN(target)) return now;
        double speed = p.get(WAGE_ADJUSTMENT);
        return Math.exp((1 - speed) * Math.log(now) + speed * Math.log(target));
    }

}
