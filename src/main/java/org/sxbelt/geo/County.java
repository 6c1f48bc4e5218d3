package org.sxbelt.geo;

/**
 * One spatial unit of the belt: a county, a county-level city, an XPCC city, or an external gateway
 * (Urumqi, Korla) that exists only so that distant-migration distances can be computed.
 *
 * @param index               position of the unit among all rows of counties.csv (gateways included);
 *                            this is the index used by {@link RoadNetwork#km(int, int)}
 * @param id                  short ascii id, e.g. {@code luopu}
 * @param nameZh              Chinese name, e.g. 洛浦县
 * @param pinyin              pinyin without tones
 * @param prefecture          Kashgar, Hotan, Aksu, Kizilsu, XPCC or External (gateways)
 * @param kind                city, county, xpcc or gateway
 * @param lat                 seat latitude, decimal degrees
 * @param lon                 seat longitude, decimal degrees
 * @param population          resident population (0 for gateways)
 * @param popYear             year of {@code population}
 * @param popSource           where the population figure comes from, or how it was estimated
 * @param urbanShare          share of the population living in the seat town, 0..1
 * @param villages            administrative villages (regiments for XPCC cities; 0 for gateways)
 * @param counterpartProvince eastern province/municipality paired under counterpart support;
 *                            empty for gateways
 */
public record County(int index, String id, String nameZh, String pinyin, String prefecture, String kind,
                     double lat, double lon, long population, int popYear, String popSource,
                     double urbanShare, int villages, String counterpartProvince) implements java.io.Serializable {

    public static final String KIND_CITY = "city";
    public static final String KIND_COUNTY = "county";
    public static final String KIND_XPCC = "xpcc";
    public static final String KIND_GATEWAY = "gateway";

    /** True for the external nodes (Urumqi, Korla) that carry no agents. */
    public boolean isGateway() {
        return KIND_GATEWAY.equals(kind);
    }

    /** True for XPCC (Bingtuan) cities, whose "villages" are regiments. */
    public boolean isXpcc() {
        return KIND_XPCC.equals(kind);
    }

    /** Rounded number of residents outside the seat town. */
    public long ruralPopulation() {
        return Math.round(population * (1.0 - urbanShare));
    }

    /** Great-circle distance to another unit's seat in km (haversine, mean Earth radius). */
    public double greatCircleKm(County other) {
        return greatCircleKm(lat, lon, other.lat, other.lon);
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
