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
 * or after a wage rise) the excess is sent home the next month. The relative wage moves each month a share
 * {@code market.wageAdjustment} of the way toward the wage curve {@code (θ / θₙ)^(−β)}, θ being the
 * applicants per place of the closed months (both smoothed as the hire-rate expectation is): it falls when many queue for each place, rises when places go
 * unfilled. So more belt workers seeking distant work (for instance when local jobs are cut) lower the
 * wage and raise the number of places. Organised transfers fill arranged posts outside the curve
 * (the labour docking that found them is itself new demand), so neither count nor crowd out here.
 */
final class DistantDemand {

    /** Fewest applicants per place the wage curve reads (no applicants at all is read as this). */
    static final double MIN_QUEUE = 0.1;

    private DistantDemand() {}

    /** Updates every market's wage from last month's queue, then sets its places and excess share. */
    static void open(BeltModel m, boolean stoppage) {
        Belt belt = m.belt();
        ParamValues p = m.params();
        boolean cotton = m.conditions().cottonSeason();
        for (DistantMarket d : belt.markets()) {
            if (d.queuePlaces() > 0) d.setRelativeWage(nextRelativeWage(p, d.getRelativeWage(),
                    d.queueApplicants(), d.queuePlaces()));
            double wanted = demand(p, d, cotton) / belt.scale();
            int there = m.employment().migrantsIn(d.id(), false);
            d.setExcessShare(there > wanted ? 1 - wanted / there : 0);
            d.setOpen(!stoppage && wanted > 0); // a market whose employers want no belt workers draws none
            d.setVacancies(stoppage ? 0 : m.stochasticRound(Math.max(0, wanted - there)));
        }
    }

    /**
     * After the month's hiring: each market's smoothed queue (applicants and places) takes in the month,
     * with the weight beliefs give the latest month; next month's wage reads it.
     */
    static void closeQueues(BeltModel m) {
        double weight = m.params().get(BELIEF_WEIGHT);
        for (DistantMarket d : m.belt().markets()) d.updateQueue(weight);
    }

    /** Belt workers (real persons) the market's employers want at its current relative wage. */
    static double demand(ParamValues p, DistantMarket d, boolean cottonSeason) {
        double season = d.hasCottonSeason() && cottonSeason ? 3 : 1;
        return season * p.get(d.demandParam()) * Math.pow(d.getRelativeWage(), -p.get(DEMAND_ELASTICITY));
    }

    /** The wage-curve level of the relative wage for a month with these applicants and places. */
    static double wageCurve(ParamValues p, double applicants, double places) {
        double queue = Math.max(MIN_QUEUE, applicants / places);
        return Math.pow(queue / p.get(NORMAL_QUEUE), -p.get(WAGE_CURVE));
    }

    /** One month's partial adjustment (in logs) of the relative wage toward the wage curve. */
    static double nextRelativeWage(ParamValues p, double now, double applicants, double places) {
        double speed = p.get(WAGE_ADJUSTMENT);
        return Math.exp((1 - speed) * Math.log(now) + speed * Math.log(wageCurve(p, applicants, places)));
    }

}
