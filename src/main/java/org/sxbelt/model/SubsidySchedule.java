package org.sxbelt.model;

import org.sxbelt.agents.Firm;
import org.sxbelt.params.ParamValues;

import static org.sxbelt.params.ParamSchema.SUBSIDY_MONTHS;
import static org.sxbelt.params.ParamSchema.SUBSIDY_TAPER_MONTHS;

/**
 * Support for incoming firms: full for {@code policy.subsidyMonths} after opening, then phased out
 * linearly over {@code policy.subsidyTaperMonths} (zero = the three-year cliff the sources warn of).
 */
public final class SubsidySchedule {

    /** Horizon over which a relocating firm weighs its expected margin. */
    public static final int PLANNING_MONTHS = 60;

    private SubsidySchedule() {}

    /** Share of full support a firm of this age receives, 0..1. */
    public static double intensity(int ageMonths, ParamValues p) {
        int full = p.getInt(SUBSIDY_MONTHS);
        int taper = p.getInt(SUBSIDY_TAPER_MONTHS);
        if (ageMonths < full) return 1;
        if (ageMonths < full + taper) return 1 - (double) (ageMonths - full) / taper;
        return 0;
    }

    public static double intensity(Firm f, int month, ParamValues p) {
        return intensity(f.ageMonths(month), p);
    }

    /** Month (of firm age) when support is gone. */
    public static int endAge(ParamValues p) {
        return p.getInt(SUBSIDY_MONTHS) + p.getInt(SUBSIDY_TAPER_MONTHS);
    }

    /** Share of the planning horizon covered by support, as a relocating firm counts it. */
    public static double horizonShare(ParamValues p) {
        double s = 0;
        for (int a = 0; a < PLANNING_MONTHS; a++) s += intensity(a, p);
        return s / PLANNING_MONTHS;
    }
}
