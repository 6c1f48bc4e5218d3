package org.sxbelt.model;

import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.params.ParamValues;

import java.util.List;

import static org.sxbelt.params.ParamSchema.DECLARE_COST_PER_KM;
import static org.sxbelt.params.ParamSchema.HOTAN_CUSTOMS;

/**
 * Where a town's firms declare their exports. Exports can be declared only at a customs point: Kashgar
 * (the port city of Irkeshtam and Torugart) and Urumqi, and Hotan city once it has a customs office
 * ({@code town.hotanCustoms}, 001's recommendation). A firm pays, on the exported part of its value
 * added, {@code town.declareCostPerKm} per road km from its town to the nearest open customs point:
 * trips, brokers and waiting, which weigh on Hotan's export firms (001 part 3 §4).
 */
public final class CustomsClearance {

    /** Customs points in the order of {@link Town#kmToCustoms}; the last opens only with town.hotanCustoms. */
    public static final List<String> POINTS = List.of("kashgar_city", "urumqi", "hotan_city");
    private static final int HOTAN = 2;

    private CustomsClearance() {}

    /** Road km from each customs point to the county's seat, in {@link #POINTS} order. */
    public static double[] kmFrom(BeltGeography geo, County c) {
        double[] km = new double[POINTS.size()];
        for (int i = 0; i < km.length; i++) km[i] = geo.roads().km(c.index(), geo.byId(POINTS.get(i)).index());
        return km;
    }

    /** Road km from town {@code t} to the nearest customs point open under {@code p}. */
    public static double km(Town t, ParamValues p) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < POINTS.size(); i++) {
            if (i == HOTAN && !p.is(HOTAN_CUSTOMS)) continue;
            best = Math.min(best, t.kmToCustoms(i));
        }
        return best;
    }

    /** Cost of declaring exports, as a share of the value added of a firm of {@code k} in {@code t}. */
    public static double costShare(Industry k, Town t, ParamValues p) {
        double perKm = p.get(DECLARE_COST_PER_KM);
        if (perKm <= 0 || k.exportShare() <= 0) return 0;
        double km = km(t, p);
        return Double.isFinite(km) ? k.exportShare() * perKm * km : 0;
    }
}
