package org.sxbelt.model;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.geo.RoadNetwork;
import org.sxbelt.params.SimMonthFormat;

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

    /** A county seat with a railway freight yard, and the month it began to handle freight. */
    public record Railhead(String county, int openedMonth) { }

    /** Opened before the model's first month. */
    private static final int BEFORE_2015 = Integer.MIN_VALUE;

    /**
     * County seats with a railway freight station: Kuqa, Aksu, Artux and Kashgar on the Southern
     * Xinjiang railway (Korla to Kashgar), Shache and Hotan on the Kashgar-Hotan railway (003 on the
     * Southern Xinjiang railway and the 喀和铁路), Korla as the gateway on the line, and from June 2022
     * Minfeng on the Hotan-Ruoqiang railway, which goes on by Ruoqiang to Korla (the line of
     * geo/railways.csv). Only the main freight yards are listed, an assumption: smaller stations handle
     * little factory freight; on the new line Minfeng is taken as the yard, where it meets the desert
     * highway. The rail leg from a yard to Urumqi is taken as long as the road (for Minfeng the desert
     * highway, about as long as the line by Ruoqiang and Korla).
     */
    public static final List<Railhead> RAILHEADS = List.of(new Railhead("kuqa", BEFORE_2015),
            new Railhead("aksu_city", BEFORE_2015), new Railhead("artux", BEFORE_2015),
            new Railhead("kashgar_city", BEFORE_2015), new Railhead("shache", BEFORE_2015),
            new Railhead("hotan_city", BEFORE_2015), new Railhead("korla", BEFORE_2015),
            new Railhead("minfeng", SimMonthFormat.parse("2022-06")));

    private FreightDistance() {}

    /** Whether a railhead opens in {@code month}, so that the freight indices change then. */
    public static boolean railheadOpensIn(int month) {
        for (Railhead r : RAILHEADS) if (r.openedMonth() == month) return true;
        return false;
    }

    /** {@link #costKm(BeltGeography, County, double, int)} with the railheads of January 2015. */
    public static double costKm(BeltGeography geo, County c, double railCostRatio) {
        return costKm(geo, c, railCostRatio, 0);
    }

    /**
     * Road km to the nearest railhead open in {@code month}, plus the rail leg from it to Urumqi
     * weighted by the rail cost ratio (or the whole way by road, if that is cheaper).
     */
    public static double costKm(BeltGeography geo, County c, double railCostRatio, int month) {
        RoadNetwork roads = geo.roads();
        int urumqi = geo.byId("urumqi").index();
        double best = roads.km(c.index(), urumqi);
        for (Railhead h : RAILHEADS) {
            if (h.openedMonth() > month) continue;
            int r = geo.byId(h.county()).index();
            best = Math.min(best, roads.km(c.index(), r) + railCostRatio * roads.km(r, urumqi));
        }
        return best;
    }

    /** Freight index of every county in January 2015, in {@link BeltGeography#counties()} order. */
    public static double[] indices(BeltGeography geo, double railCostRatio) {
        return indices(geo, railCostRatio, 0);
    }

    /**
     * Freight index of every county in {@code month}, in {@link BeltGeography#counties()} order. The
     * scale is fixed in January 2015 (the belt's mean freight bill as calibrated then), so a railhead
     * opened later makes the towns it serves nearer without making the others farther.
     */
    public static double[] indices(BeltGeography geo, double railCostRatio, int month) {
        List<County> counties = geo.counties();
        int urumqi = geo.byId("urumqi").index();
        double[] cost = new double[counties.size()];
        double meanCost = 0, meanRoad = 0;
        for (int i = 0; i < cost.length; i++) {
            County c = counties.get(i);
            meanCost += c.population() * costKm(geo, c, railCostRatio, 0);
            meanRoad += c.population() * geo.roads().km(c.index(), urumqi) / 1500.0;
            cost[i] = costKm(geo, c, railCostRatio, month);
        }
        double norm = meanRoad / meanCost;
        for (int i = 0; i < cost.length; i++) cost[i] *= norm;
        return cost;
    }
}
