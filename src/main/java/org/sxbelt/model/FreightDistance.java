package org.sxbelt.model;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.geo.RoadNetwork;

import java.util.List;

/**
 * How far a town's goods travel to the eastern markets, as a freight index. Goods go by road to the
 * nearest railhead, then by rail to Urumqi and on east; a rail tonne-km costs firm.railCostRatio of
 * a road one. The index is the town's cost-weighted km, scaled so that its population-weighted mean
 * over the belt equals that of the plain road distance to Urumqi over 1,500 km (the distance at which
 * firm.logisticsShare is stated): the belt's average freight bill stays as calibrated, and what the
 * railways change is which towns are near and which far.
 */
public final class FreightDistance {

    /**
     * County seats with a railway freight station: Kuqa, Aksu, Artux and Kashgar on the Southern
     * Xinjiang railway (Korla to Kashgar) and Shache and Hotan on the Kashgar-Hotan railway (003 on
     * the Southern Xinjiang railway and the 喀和铁路). Only the main freight yards are listed, an
     * assumption: smaller stations handle little factory freight. Korla is the gateway on the line.
     */
    public static final List<String> RAILHEADS = List.of("kuqa", "aksu_city", "artux", "kashgar_city", "shache",
            "hotan_city", "korla");

    private FreightDistance() {}

    /** Road km to the nearest railhead, plus the rail leg from it to Urumqi weighted by the rail cost ratio. */
    public static double costKm(BeltGeography geo, County c, double railCostRatio) {
        RoadNetwork roads = geo.roads();
        int urumqi = geo.byId("urumqi").index();
        double best = roads.km(c.index(), urumqi);
        for (String id : RAILHEADS) {
            int r = geo.byId(id).index();
            best = Math.min(best, roads.km(c.index(), r) + railCostRatio * roads.km(r, urumqi));
        }
        return best;
    }

    /** Freight index of every county, in {@link BeltGeography#counties()} order. */
    public static double[] indices(BeltGeography geo, double railCostRatio) {
        List<County> counties = geo.counties();
        int urumqi = geo.byId("urumqi").index();
        double[] cost = new double[counties.size()];
        double pop = 0, meanCost = 0, meanRoad = 0;
        for (int i = 0; i < cost.length; i++) {
            County c = counties.get(i);
            cost[i] = costKm(geo, c, railCostRatio);
            pop += c.population();
            meanCost += c.population() * cost[i];
            meanRoad += c.population() * geo.roads().km(c.index(), urumqi) / 1500.0;
        }
        double norm = meanRoad / meanCost;
        for (int i = 0; i < cost.length; i++) cost[i] *= norm;
        return cost;
    }
}
