package org.sxbelt.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The static geography of the belt: its units (counties, county-level cities, XPCC cities and two
 * external gateways) and the road network between them, read from two small CSV files.
 *
 * <p>The CSVs are read by {@link DataTable} (Commons CSV, columns by header name); every cell is
 * validated and every error names the file, line and column. Gateways must come after all real units, so that for {@link #counties()} the
 * list position equals {@link County#index()} and arrays sized {@code counties().size()} can be indexed
 * directly.
 */
public final class BeltGeography implements java.io.Serializable {

    public static final String COUNTIES_RESOURCE = "/geo/counties.csv";
    public static final String ROADS_RESOURCE = "/geo/roads.csv";

    public static final String COUNTIES_HEADER =
            "id,name_zh,pinyin,prefecture,kind,lat,lon,population,pop_year,pop_source,urban_share,villages,counterpart_province";
    public static final String ROADS_HEADER = "from,to,road,km,km_source";

    /** Prefectures of real units; "External" is reserved for gateways. */
    public static final Set<String> PREFECTURES = Set.of("Kashgar", "Hotan", "Aksu", "Kizilsu", "XPCC");
    public static final String EXTERNAL = "External";
    public static final Set<String> KINDS =
            Set.of(County.KIND_CITY, County.KIND_COUNTY, County.KIND_XPCC, County.KIND_GATEWAY);
    /** Eastern partners under counterpart support (对口援疆); Shenzhen is listed apart from Guangdong. */
    public static final Set<String> COUNTERPART_PROVINCES = Set.of("Beijing", "Tianjin", "Shanghai", "Jiangsu",
            "Zhejiang", "Anhui", "Jiangxi", "Shandong", "Guangdong", "Shenzhen");

    // Bounding box of the four prefectures with a margin; catches swapped or mistyped coordinates.
    static final double LAT_MIN = 30, LAT_MAX = 45, LON_MIN = 73, LON_MAX = 90;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> COUNTY_COLS = List.of(COUNTIES_HEADER.split(","));
    private static final List<String> ROAD_COLS = List.of(ROADS_HEADER.split(","));

    private final List<County> allUnits;
    private final List<County> counties;
    private final Map<String, County> byId;
    private final RoadNetwork roads;
    private final List<String> prefectures;

    private BeltGeography(List<County> allUnits, RoadNetwork roads) {
        this.allUnits = List.copyOf(allUnits);
        this.counties = allUnits.stream().filter(c -> !c.isGateway()).toList();
        Map<String, County> m = new LinkedHashMap<>();
        allUnits.forEach(c -> m.put(c.id(), c));
        this.byId = Collections.unmodifiableMap(m);
        this.roads = roads;
        Set<String> prefs = new LinkedHashSet<>();
        counties.forEach(c -> prefs.add(c.prefecture()));
        this.prefectures = List.copyOf(prefs);
    }

    // Lazy holder: the default data are immutable, so every caller can share one parsed copy.
    private static final class DefaultHolder {
        static final BeltGeography INSTANCE = load(
                "counties.csv", DataTable.readResource(COUNTIES_RESOURCE, "counties.csv"),
                "roads.csv", DataTable.readResource(ROADS_RESOURCE, "roads.csv"));
    }

    /** The geography shipped on the classpath ({@value #COUNTIES_RESOURCE}, {@value #ROADS_RESOURCE}). */
    public static BeltGeography loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** Reads the geography from two files; error messages use the files' names. */
    public static BeltGeography load(Path countiesCsv, Path roadsCsv) {
        return load(countiesCsv.getFileName().toString(), DataTable.readFile(countiesCsv),
                roadsCsv.getFileName().toString(), DataTable.readFile(roadsCsv));
    }

    private static BeltGeography load(String countiesName, String countiesText, String roadsName, String roadsText) {
        List<County> units = parseCounties(countiesName, countiesText);
        List<Road> roadList = parseRoads(roadsName, roadsText, units);
        return new BeltGeography(units, new RoadNetwork(units, roadList, roadsName));
    }

    /** Real units (no gateways) in file order; {@code counties().get(i).index() == i}. */
    public List<County> counties() {
        return counties;
    }

    /** All units including the gateways, in file order; position equals {@link County#index()}. */
    public List<County> allUnits() {
        return allUnits;
    }

    /** The unit with this id; throws IllegalArgumentException for an unknown id. */
    public County byId(String id) {
        County c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown unit id '" + id + "'; known ids: " + byId.keySet());
        }
        return c;
    }

    /** Real units of one prefecture (Kashgar, Hotan, Aksu, Kizilsu or XPCC), in file order. */
    public List<County> countiesIn(String prefecture) {
        return counties.stream().filter(c -> c.prefecture().equals(prefecture)).toList();
    }

    public RoadNetwork roads() {
        return roads;
    }

    /** Prefectures present among real units, in order of first appearance. */
    public List<String> prefectures() {
        return prefectures;
    }

    // ------------------------------------------------------------------ parsing

    private static List<County> parseCounties(String file, String text) {
        List<County> units = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean seenGateway = false;
        for (DataTable.Row c : DataTable.read(file, text, COUNTY_COLS)) {
            String id = id(c, "id");
            if (!ids.add(id)) {
                throw c.error("id", "duplicate id '" + id + "'");
            }
            String nameZh = c.nonEmpty("name_zh");
            String pinyin = c.nonEmpty("pinyin");
            String kind = c.oneOf("kind", KINDS);
            boolean gateway = County.KIND_GATEWAY.equals(kind);
            String prefecture = gateway ? c.oneOf("prefecture", Set.of(EXTERNAL)) : c.oneOf("prefecture", PREFECTURES);
            if (County.KIND_XPCC.equals(kind) != "XPCC".equals(prefecture)) {
                throw c.error("kind", "kind '" + kind + "' does not match prefecture '" + prefecture
                        + "' (kind xpcc belongs to prefecture XPCC and only there)");
            }
            if (gateway) {
                seenGateway = true;
            } else if (seenGateway) {
                throw c.error("kind", "real unit '" + id + "' follows a gateway row; gateways must come last");
            }
            double lat = gateway ? c.decimal("lat", -90, 90) : c.decimal("lat", LAT_MIN, LAT_MAX);
            double lon = gateway ? c.decimal("lon", -180, 180) : c.decimal("lon", LON_MIN, LON_MAX);
            long population = c.integer("population", gateway ? 0 : 1, gateway ? 0 : 100_000_000L);
            int popYear = (int) c.integer("pop_year", 1949, 2100);
            String popSource = gateway ? c.raw("pop_source") : c.nonEmpty("pop_source");
            double urbanShare = c.decimal("urban_share", 0, 1);
            int villages = (int) c.integer("villages", gateway ? 0 : 1, gateway ? 0 : 100_000);
            String counterpart = gateway ? emptyForGateway(c, "counterpart_province")
                    : c.oneOf("counterpart_province", COUNTERPART_PROVINCES);
            units.add(new County(units.size(), id, nameZh, pinyin, prefecture, kind, lat, lon, population,
                    popYear, popSource, urbanShare, villages, counterpart));
        }
        return units;
    }

    private static List<Road> parseRoads(String file, String text, List<County> units) {
        Set<String> known = new HashSet<>();
        units.forEach(u -> known.add(u.id()));
        List<Road> roads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataTable.Row c : DataTable.read(file, text, ROAD_COLS)) {
            String from = knownId(c, "from", known);
            String to = knownId(c, "to", known);
            if (from.equals(to)) {
                throw c.error("to", "road joins '" + from + "' to itself");
            }
            String name = c.nonEmpty("road");
            double km = c.decimal("km", 0, 10_000);
            if (km <= 0) {
                throw c.error("km", c.raw("km") + " must be greater than 0");
            }
            String source = c.nonEmpty("km_source");
            String key = (from.compareTo(to) < 0 ? from + "|" + to : to + "|" + from) + "|" + name;
            if (!seen.add(key)) {
                throw c.error("road", "duplicate segment " + name + " between '" + from + "' and '" + to + "'");
            }
            roads.add(new Road(from, to, name, km, source));
        }
        return roads;
    }

    private static String id(DataTable.Row c, String column) {
        String v = c.nonEmpty(column);
        if (!ID.matcher(v).matches()) {
            throw c.error(column, "'" + v + "' is not a valid id (lowercase ascii letters, digits and '_')");
        }
        return v;
    }

    private static String knownId(DataTable.Row c, String column, Set<String> known) {
        String v = c.nonEmpty(column);
        if (!known.contains(v)) {
            throw c.error(column, "unknown unit id '" + v + "' (not in the counties file)");
        }
        return v;
    }

    private static String emptyForGateway(DataTable.Row c, String column) {
        String v = c.raw(column);
        if (!v.isEmpty()) {
            throw c.error(column, "'" + v + "' must be empty for a gateway");
        }
        return v;
    }
}
