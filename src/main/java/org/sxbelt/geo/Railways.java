package org.sxbelt.geo;

import org.sxbelt.params.SimMonthFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The railway lines of the belt as map context ({@code geo/railways.csv}, see geo/README.md): each line
 * a sequence of stations at county seats of {@code counties.csv} (or, beyond the belt, a place with its
 * own coordinates) and the month its passenger service opened. Schematic: straight segments between
 * the seats, not the track. Read by the GUI's base map only; the model does not use railways.
 */
public final class Railways {

    public static final String RESOURCE = "/geo/railways.csv";
    private static final List<String> COLUMNS = List.of("line", "order", "place", "lat", "lon", "opened");

    /** One station: where (degrees) and the first month (0 = 2015-01, negative before) the line served it. */
    public record Station(String place, double lat, double lon, int openedMonth) { }

    /** One line: its id and stations in order. */
    public record Line(String id, List<Station> stations) {
        /** The month the whole line was open (its latest station's opening). */
        public int openedMonth() {
            int m = Integer.MIN_VALUE;
            for (Station s : stations) m = Math.max(m, s.openedMonth());
            return m;
        }
    }

    private final List<Line> lines;

    private Railways(List<Line> lines) { this.lines = List.copyOf(lines); }

    public List<Line> lines() { return lines; }

    private static volatile Railways defaults;

    /** The shipped file, read against the shipped geography. */
    public static Railways loadDefault() {
        Railways r = defaults;
        if (r == null) {
            r = read("railways.csv", DataTable.readResource(RESOURCE, "railways.csv"), BeltGeography.loadDefault());
            defaults = r;
        }
        return r;
    }

    /**
     * Reads railway rows: {@code place} is a unit id of {@code geo} (lat and lon empty: its seat) or any id
     * with lat and lon given; {@code order} counts 1, 2, ... within each line; {@code opened} is YYYY-MM.
     */
    public static Railways read(String file, String text, BeltGeography geo) {
        Map<String, List<Station>> byLine = new LinkedHashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        for (County c : geo.allUnits()) ids.add(c.id());
        for (DataTable.Row r : DataTable.read(file, text, COLUMNS)) {
            String line = r.nonEmpty("line");
            List<Station> st = byLine.computeIfAbsent(line, k -> new ArrayList<>());
            long order = r.integer("order", 1, 1000);
            if (order != st.size() + 1) throw r.error("order", order + " should be " + (st.size() + 1) + " (stations of a line in order)");
            String place = r.nonEmpty("place");
            double lat, lon;
            if (r.raw("lat").isEmpty() && r.raw("lon").isEmpty()) {
                if (!ids.contains(place)) throw r.error("place", place + " is not an id of counties.csv (give lat and lon for a place outside it)");
                County c = geo.byId(place);
                lat = c.lat();
                lon = c.lon();
            } else {
                lat = r.decimal("lat", 30, 45);
                lon = r.decimal("lon", 73, 90);
            }
            Integer opened = SimMonthFormat.parse(r.nonEmpty("opened"));
            if (opened == null) throw r.error("opened", r.raw("opened") + " is not a month YYYY-MM");
            st.add(new Station(place, lat, lon, opened));
        }
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, List<Station>> e : byLine.entrySet()) {
            if (e.getValue().size() < 2) throw GeoDataException.inFile(file, "line " + e.getKey() + " has fewer than two stations");
            out.add(new Line(e.getKey(), List.copyOf(e.getValue())));
        }
        return new Railways(out);
    }
}
