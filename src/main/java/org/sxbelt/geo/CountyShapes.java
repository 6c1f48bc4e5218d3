package org.sxbelt.geo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The boundaries of the belt's real units: one JTS (multi)polygon per county, county-level city and
 * XPCC city of {@link BeltGeography}, in WGS 84 degrees (x = longitude, y = latitude), read from
 * {@value #RESOURCE} (source and licence in {@code geo/README.md}).
 *
 * <p>The feature list and its {@code id} properties are read with Gson (JTS's {@link GeoJsonReader}
 * drops a feature's properties), each feature's geometry with {@link GeoJsonReader}. The file is
 * checked against the geography: every real unit has exactly one feature, no feature names an unknown
 * or gateway id, and every geometry is a non-empty, valid polygon or multipolygon. Each problem is one
 * {@link GeoDataException} line naming the file and the feature, e.g.
 * {@code counties.geojson: feature 6 (shache): geometry is not valid: Self-intersection at (77.1, 38.2)}.
 *
 * <p>Used only for drawing and for checks; the model itself works on the seats and the road network.
 */
public final class CountyShapes {

    public static final String RESOURCE = "/geo/counties.geojson";

    /** Mean Earth radius, km. */
    static final double EARTH_KM = 6371.0088;

    private final Map<String, Geometry> byId;
    private final Envelope bounds;

    private CountyShapes(Map<String, Geometry> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        Envelope e = new Envelope();
        byId.values().forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        this.bounds = e;
    }

    private static final class DefaultHolder {
        static final CountyShapes INSTANCE = parse("counties.geojson",
                DataTable.readResource(RESOURCE, "counties.geojson"), BeltGeography.loadDefault());
    }

    /** The shapes shipped on the classpath, checked against {@link BeltGeography#loadDefault()}. */
    public static CountyShapes loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** Reads the shapes from a GeoJSON file; error messages use the file's name. */
    public static CountyShapes load(Path geojson, BeltGeography geography) {
        return parse(geojson.getFileName().toString(), DataTable.readFile(geojson), geography);
    }

    /** Parses GeoJSON text; {@code file} is the name used in error messages. */
    static CountyShapes parse(String file, String text, BeltGeography geography) {
        JsonArray features;
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject() || !"FeatureCollection".equals(string(root.getAsJsonObject(), "type"))) {
                throw GeoDataException.inFile(file, "not a GeoJSON FeatureCollection");
            }
            JsonElement f = root.getAsJsonObject().get("features");
            if (f == null || !f.isJsonArray()) throw GeoDataException.inFile(file, "FeatureCollection has no \"features\" array");
            features = f.getAsJsonArray();
        } catch (JsonParseException | IllegalStateException e) {
            throw GeoDataException.inFile(file, "not valid JSON: " + firstLine(e.getMessage()));
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String where = "feature " + (i + 1);
            JsonElement fe = features.get(i);
            if (!fe.isJsonObject()) throw GeoDataException.inFile(file, where + ": not a JSON object");
            JsonObject feature = fe.getAsJsonObject();
            JsonElement props = feature.get("properties");
            String id = props != null && props.isJsonObject() ? string(props.getAsJsonObject(), "id") : null;
            if (id == null || id.isBlank()) throw GeoDataException.inFile(file, where + ": no \"id\" property");
            where += " (" + id + ")";
            boolean known = geography.allUnits().stream().anyMatch(c -> c.id().equals(id) && !c.isGateway());
            if (!known) {
                throw GeoDataException.inFile(file, where + ": id is not a county, city or XPCC city of counties.csv");
            }
            if (shapes.containsKey(id)) throw GeoDataException.inFile(file, where + ": a second feature for this id");
            JsonElement geom = feature.get("geometry");
            if (geom == null || !geom.isJsonObject()) throw GeoDataException.inFile(file, where + ": no geometry");
            Geometry g;
            try {
                g = reader.read(geom.toString());
            } catch (ParseException | RuntimeException e) {
                throw GeoDataException.inFile(file, where + ": geometry cannot be read: " + firstLine(e.getMessage()));
            }
            if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
                throw GeoDataException.inFile(file, where + ": geometry is a " + g.getGeometryType()
                        + ", not a Polygon or MultiPolygon");
            }
            if (g.isEmpty()) throw GeoDataException.inFile(file, where + ": geometry is empty");
            TopologyValidationError err = new IsValidOp(g).getValidationError();
            if (err != null) {
                Coordinate c = err.getCoordinate();
                throw GeoDataException.inFile(file, where + ": geometry is not valid: " + err.getMessage()
                        + (c == null ? "" : String.format(java.util.Locale.ROOT, " at (%.4f, %.4f)", c.x, c.y)));
            }
            Envelope e = g.getEnvelopeInternal();
            if (e.getMinX() < BeltGeography.LON_MIN || e.getMaxX() > BeltGeography.LON_MAX
                    || e.getMinY() < BeltGeography.LAT_MIN || e.getMaxY() > BeltGeography.LAT_MAX) {
                throw GeoDataException.inFile(file, where + ": geometry leaves lon " + BeltGeography.LON_MIN + ".."
                        + BeltGeography.LON_MAX + ", lat " + BeltGeography.LAT_MIN + ".." + BeltGeography.LAT_MAX
                        + " (coordinates must be [longitude, latitude])");
            }
            g.setUserData(id);
            shapes.put(id, g);
        }
        // in the order of counties.csv, so drawing order is stable (XPCC cities, last, are drawn on top)
        Map<String, Geometry> ordered = new LinkedHashMap<>();
        for (County c : geography.counties()) {
            Geometry g = shapes.get(c.id());
            if (g == null) throw GeoDataException.inFile(file, "no feature for " + c.id() + " (" + c.nameZh() + ")");
            ordered.put(c.id(), g);
        }
        return new CountyShapes(ordered);
    }

    /** The boundary of a real unit, in degrees (x = longitude, y = latitude); null for an unknown id. */
    public Geometry shape(String id) {
        return byId.get(id);
    }

    /** Every real unit's boundary, in the order of {@link BeltGeography#counties()}. */
    public Map<String, Geometry> shapes() {
        return byId;
    }

    /** The bounding box of all shapes, in degrees. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /**
     * The area of a shape in km², on the sinusoidal (equal-area) projection about its own central
     * meridian; the error of the straight edges between the ~100 m apart vertices is negligible.
     */
    public static double areaKm2(Geometry shape) {
        Envelope e = shape.getEnvelopeInternal();
        double lon0 = (e.getMinX() + e.getMaxX()) / 2;
        Geometry p = shape.copy();
        p.apply((CoordinateFilter) c -> {
            double lat = Math.toRadians(c.y);
            c.x = EARTH_KM * Math.toRadians(c.x - lon0) * Math.cos(lat);
            c.y = EARTH_KM * lat;
        });
        p.geometryChanged();
        return p.getArea();
    }

    /**
     * The distance in km from a point to a shape: 0 inside, else to its nearest edge, measured on a
     * plane tangent at the point (accurate to well under 1 % within a few hundred km).
     */
    public static double distanceKm(Geometry shape, double lat, double lon) {
        GeometryFactory gf = shape.getFactory();
        if (shape.covers(gf.createPoint(new Coordinate(lon, lat)))) return 0;
        double cos = Math.cos(Math.toRadians(lat)), kmPerDeg = EARTH_KM * Math.PI / 180;
        Geometry p = shape.copy();
        p.apply((CoordinateFilter) c -> {
            c.x = (c.x - lon) * cos * kmPerDeg;
            c.y = (c.y - lat) * kmPerDeg;
        });
        p.geometryChanged();
        return p.distance(gf.createPoint(new Coordinate(0, 0)));
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
