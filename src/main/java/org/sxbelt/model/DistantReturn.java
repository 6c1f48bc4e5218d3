package org.sxbelt.model;

import org.sxbelt.agents.DistantMarket;
import org.sxbelt.params.ParamValues;

import java.util.List;

import static org.sxbelt.params.ParamSchema.*;

/**
 * The monthly chance that a distant migrant goes home (ODD §7.2.2), from independent causes:
 * <ul>
 * <li>family events (illness, harvest, weddings), at {@code labor.familyReturnRate} whatever the time away;</li>
 * <li>homesickness, {@code labor.homesickReturn} in the first month away and fading by a factor e every
 *     {@code labor.homesickMonths}: the first months, with an unfamiliar language, food and factory
 *     discipline, are the hardest (003 ~1875), and return hazards fall with time away;</li>
 * <li>the casual-work habit: a share {@code labor.casualHabitShare} goes home after the first wage
 *     (003 part 6 §1(3));</li>
 * <li>for open-market migrants, the end of the job when the market wants fewer belt workers than are
 *     there (the excess share of {@link DistantDemand}, e.g. cotton pickers after the season).</li>
 * </ul>
 * Escorted (organised-transfer) migrants, with cadres and arranged dormitories, face the whole hazard
 * cut by {@code policy.escortCostCut} and are on arranged posts, so never sent home as excess.
 */
final class DistantReturn {

    private final double family, homesick, fade, casual, escortCut;
    private final double[] excess;

    DistantReturn(ParamValues p, List<DistantMarket> markets) {
        family = p.get(FAMILY_RETURN_RATE);
        homesick = p.get(HOMESICK_RETURN);
        fade = 1 / p.get(HOMESICK_MONTHS);
        casual = p.get(CASUAL_HABIT_SHARE);
        escortCut = p.get(ESCORT_COST_CUT);
        excess = new double[markets.size()];
        for (DistantMarket d : markets) excess[d.id()] = d.excessShare();
    }

    /** Chance of going home this month after {@code months} months paid away, in market {@code market}. */
    double hazard(int market, int months, boolean escorted) {
        double stay = (1 - family) * (1 - homesickness(months)) * (months == 1 ? 1 - casual : 1);
        if (escorted) return (1 - stay) * (1 - escortCut);
        return 1 - stay * (1 - excess[market]);
    }

    /**
     * Which cause sent a migrant home, for the decision trace: given the uniform {@code u} that fell below
     * {@link #hazard}, the causes are read off the same draw in a fixed order (family event, homesickness,
     * casual habit, the market shrinking), each taking its slice of [0, hazard). This draws nothing and
     * changes no outcome.
     */
    String cause(int market, int months, boolean escorted, double u) {
        double x = escorted ? u / (1 - escortCut) : u;
        if (x < family) return "returned: family event";
        double stay = (1 - family) * (1 - homesickness(months));
        if (x < 1 - stay) return "returned: homesick";
        if (months == 1) {
            stay *= 1 - casual;
            if (x < 1 - stay) return "returned: casual habit";
        }
        // Escorted migrants are never sent home as excess (only rounding lands here).
        if (escorted) return months == 1 ? "returned: casual habit" : "returned: homesick";
        return "returned: sent home (market shrank)";
    }

    /** Homesickness hazard after {@code months} months paid away (the first month's for 0 or 1). */
    double homesickness(int months) {
        return homesick * Math.exp(-Math.max(0, months - 1) * fade);
    }
}
