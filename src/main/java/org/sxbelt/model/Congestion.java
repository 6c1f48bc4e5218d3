package org.sxbelt.model;

import org.sxbelt.agents.Town;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.*;

/**
 * What density costs a firm, the dispersion force against {@link AgglomerationForces}: park rent rises
 * with the park's occupancy (space grows scarce), and the guaranteed base wage is bid up where park jobs
 * per resident are high (the town's labour is spoken for), and the labour a newcomer could still recruit
 * shrinks as parks hire ({@link #labourReserve}). Both enter the firms' accounts and a
 * relocating firm's expected margin alike.
 */
public final class Congestion {

    private Congestion() {}

    /**
     * Rent relative to firm.rentPerM2, the rent of a full park (the parks the sources describe):
     * 1 − firm.rentCongestion × (1 − occupancy), so an emptier park lets its space for less.
     */
    public static double rentFactor(Town t, ParamValues p) {
        return 1 - p.get(RENT_CONGESTION) * (1 - Math.min(1, t.getOccupancy()));
    }

    /**
     * Logit utility of the labour a firm could still recruit in the town: firm.labourReserveWeight x
     * ln(reserve / 100,000). A town is an aggregate of sites, and its size enters the logit in logs
     * (weight 1: a firm is as likely to pick any of the belt's recruitable workers, other things
     * equal). As parks hire, the reserve shrinks, and with it the pull: labour grows scarce.
     */
    public static double labourReserve(Town t, TownClusters c, ParamValues p) {
        return p.get(LABOUR_RESERVE_WEIGHT) * Math.log(Math.max(1, c.labourReserve(t)) / 100_000);
    }

    /**
     * Premium on the base wage: firm.wageCongestion per park job per 100 residents above the belt's
     * park jobs per 100 residents (the base wage is the going rate where density is average; it is
     * bid up only where park jobs are denser than that).
     */
    public static double wagePremium(Town t, TownClusters c, ParamValues p) {
        long pop = t.getPopulation();
        if (pop <= 0) return 0;
        double above = 100 * (c.parkJobs(t) / pop - c.beltParkJobsPerResident());
        return p.get(WAGE_CONGESTION) * Math.max(0, above);
    }
}
