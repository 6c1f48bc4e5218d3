package org.sxbelt.model;

import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.PORT_JOBS_PER_BN;
import static org.sxbelt.params.ParamSchema.PORT_TRADE_2015;
import static org.sxbelt.params.ParamSchema.PORT_TRADE_GROWTH;
import static org.sxbelt.params.ParamSchema.STOPPAGE;

/**
 * Kashgar's port economy: the border trade through Irkeshtam and Torugart needs storage, transport,
 * customs broking and catering in Kashgar city (000 §3.2). Trade follows a path from its 2015 level
 * at a steady growth rate and stops while the pandemic stoppage holds; each bn yuan a year of it
 * employs {@code town.portJobsPerBn}. The jobs are part of Kashgar's service sector
 * ({@link ServiceSector}); those of 2015 are already among its service workers then, so only the
 * change since January 2015 adds to (or takes from) the town's service jobs.
 */
public final class PortEconomy {

    /** The town whose service sector holds the port's jobs. */
    public static final String PORT_TOWN = "kashgar_city";

    private PortEconomy() {}

    /** Border trade through Kashgar in month {@code month} (0 = January 2015), bn yuan a year (2015 yuan). */
    public static double trade(ParamValues p, int month) {
        if (p.is(STOPPAGE)) return 0;
        return p.get(PORT_TRADE_2015) * Math.pow(1 + p.get(PORT_TRADE_GROWTH), month / 12.0);
    }

    /** Port jobs (real persons) in month {@code month}. */
    public static double jobs(ParamValues p, int month) {
        return trade(p, month) * p.get(PORT_JOBS_PER_BN);
    }

    /** Port jobs added since January 2015 (negative when trade has fallen below its 2015 level). */
    public static double jobsAdded(ParamValues p, int month) {
        return jobs(p, month) - p.get(PORT_TRADE_2015) * p.get(PORT_JOBS_PER_BN);
    }
}
