package org.sxbelt.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;

/**
 * The Taklamakan Desert as map context ({@code geo/desert.csv}, see geo/README.md): a schematic outline,
 * one vertex about 30-40 km into the sand from each county seat of the oasis belts around it (the Tarim
 * River to the north, the Kunlun oases to the south, the Yarkant oases to the west) and out to Lop Nur in
 * the east. Not surveyed: no permissively licensed desert polygon was found in the registries this project
 * may use. Read by the GUI's base map only; the model does not use it.
 */
public final class DesertOutline {

    public static final String RESOURCE = "/geo/desert.csv";
    private static final List<String> COLUMNS = List.of("order", "lat", "lon");

    private final Polygon polygon;

    private DesertOutline(Polygon polygon) { this.polygon = polygon; }

    /** The outline as a polygon in degrees (x = longitude, y = latitude). */
    public Polygon polygon() { return (Polygon) polygon.copy(); }

    private static volatile DesertOutline defaults;

    /** The shipped file. */
    public static DesertOutline loadDefault() {
        DesertOutline d = defaults;
        if (d == null) {
            d = read("desert.csv", DataTable.readResource(RESOURCE, "desert.csv"));
            defaults = d;
        }
        return d;
    }

    /** Reads the vertices ({@code order} 1, 2, ... in turn round the outline; lat 30..45, lon 73..90). */
    public static DesertOutline read(String file, String text) {
        List<Coordinate> ring = new ArrayList<>();
        for (DataTable.Row r : DataTable.read(file, text, COLUMNS)) {
            long order = r.integer("order", 1, 10_000);
            if (order != ring.size() + 1) throw r.error("order", order + " should be " + (ring.size() + 1) + " (vertices in turn)");
            ring.add(new Coordinate(r.decimal("lon", 73, 90), r.decimal("lat", 30, 45)));
        }
        if (ring.size() < 3) throw GeoDataException.inFile(file, "an outline needs at least 3 vertices, got " + ring.size());
        ring.add(new Coordinate(ring.get(0)));
        Polygon p = new GeometryFactory().createPolygon(ring.toArray(new Coordinate[0]));
        if (!p.isValid()) throw GeoDataException.inFile(file, "the outline crosses itself: list the vertices in turn round it");
        return new DesertOutline(p);
    }
}
