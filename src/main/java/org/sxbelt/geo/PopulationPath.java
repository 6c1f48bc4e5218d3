package org.sxbelt.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The population of 2015, back-cast from the census figures of {@code counties.csv} (mostly 2020) with
 * the prefecture figures the sources give ({@value #RESOURCE}): the four prefectures held 9.95 M people
 * in 2015 (003 ~1290) and Kashgar 4.63 M, Hotan 2.53 M, Aksu 2.56 M, Kizilsu 0.62 M in 2018 (003 part 4
 * §4.3). The sources give no 2015 split by prefecture, so the 2015 total is split in the 2018 proportions,
 * and within a prefecture among its counties in the census proportions. The XPCC cities, outside both
 * figures, are scaled by the four prefectures' ratio of 2015 to census population (an assumption).
 */
public final class PopulationPath {

    public static final String RESOURCE = "/geo/prefecture_population.csv";
    static final String HEADER = "prefecture,year,population,source";
    /** The row holding the four prefectures' 2015 total. */
    static final String BELT = "belt";
    private static final Set<String> SOURCED = Set.of("Kashgar", "Hotan", "Aksu", "Kizilsu");

    private final Map<String, Double> factor = new LinkedHashMap<>();
    private final double otherFactor;

    private PopulationPath(List<DataTable.Row> rows, BeltGeography censusGeography) {
        double belt2015 = Double.NaN;
        Map<String, Double> y2018 = new LinkedHashMap<>();
        for (DataTable.Row r : rows) {
            String pref = r.oneOf("prefecture", union(SOURCED, BELT));
            long year = r.integer("year", BELT.equals(pref) ? 2015 : 2018, BELT.equals(pref) ? 2015 : 2018);
            double pop = r.integer("population", 1, 100_000_000L);
            r.nonEmpty("source");
            if (BELT.equals(pref)) belt2015 = pop;
            else if (y2018.put(pref, pop) != null) throw r.error("prefecture", pref + " is listed twice for " + year);
        }
        if (Double.isNaN(belt2015) || !y2018.keySet().equals(SOURCED)) {
            throw GeoDataException.inFile("prefecture_population.csv",
                    "needs the belt's 2015 row and one 2018 row for each of " + SOURCED);
        }
        double sum2018 = y2018.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> census = new LinkedHashMap<>();
        for (County c : censusGeography.counties()) census.merge(c.prefecture(), (double) c.population(), Double::sum);
        double census4 = 0;
        for (String p : SOURCED) census4 += census.getOrDefault(p, 0.0);
        for (String p : SOURCED) {
            if (census.getOrDefault(p, 0.0) > 0) factor.put(p, belt2015 * y2018.get(p) / sum2018 / census.get(p));
        }
        otherFactor = census4 > 0 ? belt2015 / census4 : 1;
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> s = new java.util.LinkedHashSet<>(a);
        s.add(b);
        return s;
    }

    private static final class DefaultHolder {
        static final PopulationPath INSTANCE = new PopulationPath(DataTable.read("prefecture_population.csv",
                DataTable.readResource(RESOURCE, "prefecture_population.csv"), List.of(HEADER.split(","))),
                BeltGeography.loadDefault());
    }

    /**
     * The shipped figures against the shipped census figures: fixed ratios per prefecture, which also
     * apply to a smaller or edited geography.
     */
    public static PopulationPath loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** Ratio of 2015 to census population for the counties of {@code prefecture}. */
    public double factor(String prefecture) {
        return factor.getOrDefault(prefecture, otherFactor);
    }

    /** Resident population of county {@code c} in January 2015. */
    public long population2015(County c) {
        return Math.round(c.population() * factor(c.prefecture()));
    }
}
