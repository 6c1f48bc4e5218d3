package org.sxbelt.gui;

import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;
import org.sxbelt.agents.Town;
import org.sxbelt.agents.Village;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.geo.CountyShapes;
import org.sxbelt.geo.Road;
import org.sxbelt.geo.RoadNetwork;
import org.sxbelt.model.Belt;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Measure;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;
import sim.util.Valuable;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The belt drawn as MASON fields and portrayals, in km on a plane (longitude and latitude projected
 * equirectangularly around 40.3°N, north up). The portrayed objects are the model's own agents
 * ({@link Town}, {@link Village}, {@link Firm}) so that clicking one opens MASON's inspector on its
 * getters (a firm's through {@link FirmInspection}); gateways and flows are small beans. {@link #rebuild}
 * places the static belt after {@code start()}, {@link #update} moves firms, flows and colours once a
 * month. The same layers draw
 * into a {@link sim.display.Display2D} or, with {@link #paint}, into any Graphics2D (off-screen tests).
 */
public final class BeltMap {

    /**
     * The frame in degrees: every county outline (34.3-42.6°N, 73.5-85.0°E) and the gateways of Korla
     * and Urumqi, with a small margin ({@code MapRenderingTest} checks that nothing is cut off).
     */
    static final double LON_MIN = 73.3, LON_MAX = 88.6, LAT_MIN = 34.1, LAT_MAX = 44.4;
    static final double KM_PER_DEG = 111.32;
    static final double COS_LAT = Math.cos(Math.toRadians(40.3));
    public static final double WIDTH_KM = (LON_MAX - LON_MIN) * KM_PER_DEG * COS_LAT;
    public static final double HEIGHT_KM = (LAT_MAX - LAT_MIN) * KM_PER_DEG;
    /** At most this many village dots are drawn (every k-th village); all villages still count in flows. */
    public static final int MAX_VILLAGE_DOTS = 2500;

    static final Color BACKGROUND = new Color(0xF4, 0xEF, 0xE1);
    static final Color ROAD = new Color(0x8A, 0x80, 0x78);
    /** Railways: a dark line with cross ticks (a line not yet open in the month shown: dashed, no ticks). */
    static final Color RAIL = new Color(0x26, 0x26, 0x30);
    static final Color VILLAGE = new Color(0x3F, 0x7A, 0x2E);
    static final Color NO_DATA = new Color(0xB8, 0xB8, 0xB8);
    /** County outlines of the base map, and the thicker outlines of the prefectures (and XPCC cities). */
    static final Color COUNTY_BORDER = new Color(0xB4, 0xA7, 0xC6);
    static final Color PREFECTURE_BORDER = new Color(0x80, 0x6C, 0x9E);
    /** Town names, drawn above everything. */
    static final Color LABEL = new Color(0x10, 0x10, 0x10);
    static final Color HINT = new Color(0xFF, 0xF1, 0x9C);
    static final Color CHOROPLETH_NO_DATA = new Color(0xEC, 0xE8, 0xDC);
    static final int CHOROPLETH_ALPHA = 150;
    static final Color DESERT_LABEL = new Color(0xA8, 0x8F, 0x5A);
    /** The desert's schematic outline, sand over the county colours (translucent: the borders show through). */
    static final Color DESERT_FILL = new Color(0xE9, 0xD8, 0xA6, 170);
    static final Color SHED_FILL = new Color(0x00, 0x9E, 0x73, 60);
    static final Color SHED_EDGE = new Color(0x00, 0x9E, 0x73, 170);
    static final Color COMMUTE = new Color(0x00, 0x9E, 0x73, 190);
    static final Color MIGRANT_XJ = new Color(0xD9, 0x5F, 0x02, 70);
    static final Color MIGRANT_INLAND = new Color(0x75, 0x70, 0xB3, 70);
    private static final Color[] INDUSTRY = {
            new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E), new Color(0xD6, 0x27, 0x28),
            new Color(0x17, 0xBE, 0xCF), new Color(0x2C, 0xA0, 0x2C), new Color(0xBC, 0xBD, 0x22),
            new Color(0x94, 0x67, 0xBD)};
    /** Sequential colour scale for towns (light yellow, orange, red, dark purple). */
    private static final Color[] RAMP = {
            new Color(0xFF, 0xF5, 0xB0), new Color(0xFE, 0xB2, 0x4C), new Color(0xF0, 0x3B, 0x20),
            new Color(0xBD, 0x00, 0x26), new Color(0x54, 0x00, 0x6B)};

    private BeltModel model;
    private final Continuous2D places = new Continuous2D(50, WIDTH_KM, HEIGHT_KM);
    private final Continuous2D villages = new Continuous2D(50, WIDTH_KM, HEIGHT_KM);
    private final Continuous2D firms = new Continuous2D(50, WIDTH_KM, HEIGHT_KM);
    private final Continuous2D anchors = new Continuous2D(50, WIDTH_KM, HEIGHT_KM);
    private final Network roads = new Network(false);
    private final Network flows = new Network(true);
    private final ContinuousPortrayal2D placesPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D villagesPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D firmsPortrayal = new ContinuousPortrayal2D();
    private final Continuous2D townFirms = new Continuous2D(50, WIDTH_KM, HEIGHT_KM);
    private final ContinuousPortrayal2D townFirmsPortrayal = new ContinuousPortrayal2D();
    private final ShedLayer sheds = new ShedLayer();
    private final MigrationLayer migration = new MigrationLayer();
    private final Map<String, Boolean> visible = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<TownFirms> firmsByTown = new ArrayList<>();
    private final List<FlowVolume> migrants = new ArrayList<>();
    private volatile Shape[] shedShapes = new Shape[0];
    private double[] villageCommuters = new double[0];
    private double maxTownJobs = 1;
    private final Map<Village, HouseholdHistory> histories = new HashMap<>();
    private final DecisionLog decisions = new DecisionLog();
    private final NetworkPortrayal2D roadsPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D flowsPortrayal = new NetworkPortrayal2D();
    private final TitleOverlay title = new TitleOverlay();
    private final BoundaryLayer boundaries = new BoundaryLayer();
    private final ChoroplethLayer choropleth = new ChoroplethLayer();
    private final RailLayer rails = new RailLayer();
    private final Map<String, Object> nodeById = new HashMap<>();
    private final Map<String, Gateway> gateways = new LinkedHashMap<>();
    private volatile MapColoring coloring = MapColoring.JOBS_PER_WORKING_AGE;
    private volatile Labels labels;
    private double[] townValue = new double[0];
    private double maxPopulation = 1;
    private Font labelFont;

    public BeltMap(BeltModel model, Labels labels) {
        this.model = model;
        this.labels = labels;
        placesPortrayal.setField(places);
        villagesPortrayal.setField(villages);
        firmsPortrayal.setField(firms);
        placesPortrayal.setPortrayalForClass(Town.class, new TownPortrayal());
        placesPortrayal.setPortrayalForClass(Gateway.class, new GatewayPortrayal());
        villagesPortrayal.setPortrayalForAll(new VillagePortrayal());
        firmsPortrayal.setPortrayalForAll(new FirmPortrayal());
        townFirmsPortrayal.setField(townFirms);
        townFirmsPortrayal.setPortrayalForAll(new TownFirmsPortrayal());
        for (String hidden : HIDDEN_BY_DEFAULT) visible.put(hidden, false);
        roadsPortrayal.setPortrayalForAll(new LinePortrayal());
        flowsPortrayal.setPortrayalForAll(new LinePortrayal());
    }

    // ---- projection -----------------------------------------------------------------------------

    public static Double2D project(double lon, double lat) {
        return new Double2D((lon - LON_MIN) * KM_PER_DEG * COS_LAT, (LAT_MAX - lat) * KM_PER_DEG);
    }

    // ---- building and updating -------------------------------------------------------------------

    /** Portrays {@code next} from now on (a state loaded from a checkpoint); {@link #rebuild} follows. */
    void follow(BeltModel next) { this.model = next; }

    /** Places towns, gateways, (a sample of) villages and roads; call after the model's start(). */
    public void rebuild() {
        places.clear();
        villages.clear();
        firms.clear();
        townFirms.clear();
        firmsByTown.clear();
        anchors.clear();
        roads.clear();
        flows.clear();
        nodeById.clear();
        gateways.clear();
        histories.clear();
        Belt belt = model.belt();
        maxPopulation = 1;
        for (Town t : belt.towns()) {
            County c = t.county();
            places.setObjectLocation(t, project(c.lon(), c.lat()));
            nodeById.put(c.id(), t);
            maxPopulation = Math.max(maxPopulation, t.getPopulation());
            TownFirms tf = new TownFirms(t, this);
            firmsByTown.add(tf);
            townFirms.setObjectLocation(tf, project(c.lon(), c.lat()));
        }
        for (County c : model.geography().allUnits()) {
            if (!c.isGateway()) continue;
            Gateway g = new Gateway(c, this);
            gateways.put(c.id(), g);
            places.setObjectLocation(g, project(c.lon(), c.lat()));
            nodeById.put(c.id(), g);
        }
        RoadNetwork net = model.geography().roads();
        for (Road r : net.roads()) {
            Object a = nodeById.get(r.from()), b = nodeById.get(r.to());
            if (a == null || b == null) continue;
            roads.addNode(a);
            roads.addNode(b);
            roads.addEdge(a, b, new RoadSegment(r));
        }
        List<Village> all = belt.villages();
        int step = Math.max(1, (int) Math.ceil(all.size() / (double) MAX_VILLAGE_DOTS));
        for (int i = 0; i < all.size(); i += step) {
            Village v = all.get(i);
            if (v.isUrbanWard()) continue;
            villages.setObjectLocation(v, project(v.getLon(), v.getLat()));
            if (v.householdCount() > 0) histories.put(v, watched(belt, v));
        }
        townValue = new double[belt.towns().size()];
        java.util.Arrays.fill(townValue, Double.NaN);
        update();
    }

    /**
     * The household of {@code v} the map watches: one with a member in the decision trace's sample if
     * there is one (a member of working age first, who is likelier to decide something), else the first.
     */
    private HouseholdHistory watched(Belt belt, Village v) {
        Persons ps = belt.persons();
        int any = -1, anyMember = Persons.NONE;
        for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
            for (int p = belt.households().firstMember(h); p != Persons.NONE; p = ps.nextMember(p)) {
                if (!ps.isAlive(p) || !model.traced(p)) continue;
                if (ps.status(p) != Status.DEPENDENT) return new HouseholdHistory(h, p);
                if (any < 0) {
                    any = h;
                    anyMember = p;
                }
            }
        }
        return any >= 0 ? new HouseholdHistory(any, anyMember) : new HouseholdHistory(v.firstHousehold());
    }

    /** The GUI's end of the decision trace: each traced person's last row. */
    public DecisionLog decisions() { return decisions; }

    /** Monthly: live firms, commuting and migration flows, town colours. */
    public void update() {
        Belt belt = model.belt();
        if (belt == null) return;
        firms.clear();
        for (TownFirms tf : firmsByTown) tf.clear();
        for (Firm f : belt.liveFirms()) {
            firms.setObjectLocation(f, firmLocation(f));
            if (f.town().index() < firmsByTown.size()) firmsByTown.get(f.town().index()).add(f);
        }
        maxTownJobs = 1;
        for (TownFirms tf : firmsByTown) maxTownJobs = Math.max(maxTownJobs, tf.jobs());
        updateFlows(belt);
        updateSheds(belt);
        if (model.monthsDone() > 0) {
            for (HouseholdHistory h : histories.values()) h.record(belt, model.monthsDone() - 1);
        }
        for (Town t : belt.towns()) townValue[t.index()] = coloring.value(model.observer(), t.index());
    }

    private void updateFlows(Belt belt) {
        flows.clear();
        anchors.clear();
        int scale = belt.scale();
        // commuting: park workers by home village (only villages that send anyone)
        int[] parkWorkers = new int[belt.villages().size()];
        Persons ps = belt.persons();
        for (int p = 0; p < ps.size(); p++) {
            if (ps.isAlive(p) && ps.statusCode(p) == Status.PARK.code()) {
                parkWorkers[belt.households().village(ps.household(p))]++;
            }
        }
        villageCommuters = new double[parkWorkers.length];
        for (int i = 0; i < parkWorkers.length; i++) villageCommuters[i] = (double) parkWorkers[i] * scale;
        migrants.clear();
        for (Village v : belt.villages()) {
            int n = parkWorkers[v.getIndex()];
            if (n == 0 || v.isUrbanWard()) continue;
            anchors.setObjectLocation(v, project(v.getLon(), v.getLat()));
            anchors.setObjectLocation(v.town(), project(v.town().county().lon(), v.town().county().lat()));
            flows.addNode(v);
            flows.addNode(v.town());
            flows.addEdge(v, v.town(), new FlowVolume(FlowVolume.Kind.COMMUTE, v.toString(), v.town().getNameEn(),
                    (double) n * scale));
        }
        // distant migration, aggregated by county: in Xinjiang via Korla, inland via Urumqi
        Gateway korla = gateways.get("korla"), urumqi = gateways.get("urumqi");
        for (Gateway g : gateways.values()) anchors.setObjectLocation(g, project(g.county.lon(), g.county.lat()));
        for (Town t : belt.towns()) {
            anchors.setObjectLocation(t, project(t.county().lon(), t.county().lat()));
            double xj = model.observer().measure(t.index(), Measure.status(Status.MIGRANT_XJ)) * scale;
            double inland = model.observer().measure(t.index(), Measure.status(Status.MIGRANT_INLAND)) * scale;
            if (korla != null && xj > 0) {
                migrants.add(new FlowVolume(FlowVolume.Kind.MIGRANT_XJ, t.getNameEn(), "Korla", xj, t, korla));
            }
            if (urumqi != null && inland > 0) {
                migrants.add(new FlowVolume(FlowVolume.Kind.MIGRANT_INLAND, t.getNameEn(), "Urumqi", inland, t, urumqi));
            }
        }
    }

    /** Commuting sheds: per town, the convex hull of the villages that send anyone to its park (km). */
    private void updateSheds(Belt belt) {
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        Map<Town, List<org.locationtech.jts.geom.Coordinate>> pts = new LinkedHashMap<>();
        for (Village v : belt.villages()) {
            if (v.isUrbanWard() || v.getIndex() >= villageCommuters.length || villageCommuters[v.getIndex()] <= 0) continue;
            Double2D p = project(v.getLon(), v.getLat());
            pts.computeIfAbsent(v.town(), k -> {
                List<org.locationtech.jts.geom.Coordinate> l = new ArrayList<>();
                Double2D c = project(k.county().lon(), k.county().lat());
                l.add(new org.locationtech.jts.geom.Coordinate(c.x, c.y));
                return l;
            }).add(new org.locationtech.jts.geom.Coordinate(p.x, p.y));
        }
        ShapeWriter w = new ShapeWriter();
        List<Shape> out = new ArrayList<>();
        for (List<org.locationtech.jts.geom.Coordinate> l : pts.values()) {
            if (l.size() < 3) continue;
            Geometry hull = gf.createMultiPointFromCoords(l.toArray(new org.locationtech.jts.geom.Coordinate[0])).convexHull();
            if (hull.getDimension() == 2) out.add(w.toShape(hull.buffer(2.0)));
        }
        shedShapes = out.toArray(new Shape[0]);
    }

    /** Park firms on a small spiral around their town (by id, so a firm never jumps); workshops at their village. */
    static Double2D firmLocation(Firm f) {
        if (f.village() != null) {
            Double2D v = project(f.village().getLon(), f.village().getLat());
            double a = f.id() * 2.399963;
            double r = 4.5 + (f.id() % 3) * 1.5;     // a ring around the village dot, which stays visible
            return new Double2D(v.x + r * Math.cos(a), v.y + r * Math.sin(a));
        }
        County c = f.town().county();
        Double2D t = project(c.lon(), c.lat());
        long h = (f.id() * 2654435761L) & 0xFFFFFFFFL;
        double slot = h % 60;
        double a = slot * 2.399963;                 // golden angle: even spread
        double r = 5 + 2.6 * Math.sqrt(slot);
        return new Double2D(t.x + r * Math.cos(a), t.y + r * Math.sin(a));
    }

    // ---- state the GUI reads or sets -------------------------------------------------------------

    public MapColoring coloring() { return coloring; }

    public void setColoring(MapColoring c) {
        coloring = c;
        Belt belt = model.belt();
        if (belt != null && townValue.length == belt.towns().size()) {
            for (Town t : belt.towns()) townValue[t.index()] = c.value(model.observer(), t.index());
        }
    }

    public void setLabels(Labels l) { labels = l; }

    public Labels labels() { return labels; }

    /** Value of the current colouring for a town (NaN: no data). */
    public double townValue(Town t) {
        return t.index() < townValue.length ? townValue[t.index()] : Double.NaN;
    }

    public Color townColor(Town t) { return rampColor(coloring.position(townValue(t))); }

    public static Color rampColor(double position) {
        if (Double.isNaN(position)) return NO_DATA;
        double x = Math.max(0, Math.min(1, position)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(x));
        double f = x - i;
        Color a = RAMP[i], b = RAMP[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    public static Color industryColor(Industry k) { return INDUSTRY[k.ordinal() % INDUSTRY.length]; }

    public Continuous2D places() { return places; }
    public Continuous2D villageField() { return villages; }
    public Continuous2D firmField() { return firms; }
    public Network roadNetwork() { return roads; }
    public Network flowNetwork() { return flows; }

    /** Layers bottom to top, with their (English) layer names for Display2D's layer menu. */
    public LinkedHashMap<String, FieldPortrayal2D> layers() {
        roadsPortrayal.setField(new SpatialNetwork2D(places, roads));
        flowsPortrayal.setField(new SpatialNetwork2D(anchors, flows));
        LinkedHashMap<String, FieldPortrayal2D> m = new LinkedHashMap<>();
        m.put("County colours", choropleth);
        m.put("Counties", boundaries);
        m.put("Commuting sheds", sheds);
        m.put("Roads", roadsPortrayal);
        m.put("Railways", rails);
        m.put("Commuting", flowsPortrayal);
        m.put("Villages", villagesPortrayal);
        m.put("Firms", firmsPortrayal);
        m.put("Firms by town", townFirmsPortrayal);
        m.put("Migration", migration);
        m.put("Towns", placesPortrayal);
        m.put("Labels", title);
        return m;
    }

    /** Layers a teacher switches on when needed: each firm as a square, and the migration arrows. */
    public static final List<String> HIDDEN_BY_DEFAULT = List.of("Firms", "Migration");

    /** Whether {@link #paint} draws a layer (the window's Layers menu toggles its own copy). */
    public boolean isVisible(String layer) { return visible.getOrDefault(layer, true); }

    public void setVisible(String layer, boolean on) { visible.put(layer, on); }

    /** What a single click picks among the objects under the cursor: towns first, then firms, villages, lines. */
    static int priority(Object o) {
        if (o instanceof Town) return 0;
        if (o instanceof Gateway) return 1;
        if (o instanceof TownFirms) return 2;
        if (o instanceof Firm) return 3;
        if (o instanceof Village) return 4;
        if (o instanceof Edge e && e.info instanceof FlowVolume) return 5;
        if (o instanceof Edge) return 6;
        return 7;
    }

    /** The one object a click picks from the hits of every layer (null: nothing there). */
    public static LocationWrapper pick(sim.util.Bag[] hits) {
        LocationWrapper best = null;
        for (sim.util.Bag b : hits) {
            if (b == null) continue;
            for (int i = 0; i < b.numObjs; i++) {
                LocationWrapper w = (LocationWrapper) b.objs[i];
                if (best == null || priority(w.getObject()) < priority(best.getObject())) best = w;
            }
        }
        return best;
    }

    /** The objects of every visible layer under a point of a drawing over {@code area} (as Display2D's hit test). */
    public sim.util.Bag[] objectsAt(GUIState gui, Rectangle2D.Double area, double x, double y) {
        List<sim.util.Bag> out = new ArrayList<>();
        Rectangle2D.Double clip = new Rectangle2D.Double(x, y, 1, 1);
        for (Map.Entry<String, FieldPortrayal2D> e : layers().entrySet()) {
            if (!isVisible(e.getKey())) continue;
            sim.util.Bag b = new sim.util.Bag();
            e.getValue().hitObjects(new DrawInfo2D(gui, e.getValue(), area, clip), b);
            out.add(b);
        }
        return out.toArray(new sim.util.Bag[0]);
    }

    /**
     * Draws every layer into {@code g} over {@code area} (pixels), as Display2D does: the field's
     * km are stretched to the area. For off-screen images (tests, screenshots without a window).
     */
    public void paint(Graphics2D g, GUIState gui, Rectangle2D.Double area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(BACKGROUND);
        g.fill(area);
        for (Map.Entry<String, FieldPortrayal2D> e : layers().entrySet()) {
            if (!isVisible(e.getKey())) continue;
            FieldPortrayal2D p = e.getValue();
            p.draw(null, g, new DrawInfo2D(gui, p, area, area));
        }
    }

    // ---- beans for non-agent objects ---------------------------------------------------------------

    /** An external gateway (Urumqi, Korla) where distant migrants leave the belt. */
    public static final class Gateway {
        private final County county;
        private final BeltMap map;

        Gateway(County county, BeltMap map) {
            this.county = county;
            this.map = map;
        }

        public String getId() { return county.id(); }
        public String getName() { return map.labels.gateway(county.id()); }
        public String getNameZh() { return county.nameZh(); }

        @Override
        public String toString() { return county.pinyin() + " " + county.nameZh(); }
    }

    /** A road segment (inspectable: name, km, source). */
    public static final class RoadSegment implements Valuable {
        private final Road road;

        RoadSegment(Road road) { this.road = road; }

        public String getRoad() { return road.name(); }
        public double getKm() { return road.km(); }
        public String getFrom() { return road.from(); }
        public String getTo() { return road.to(); }
        public String getKmSource() { return road.source(); }
        public boolean isTrunk() { return RoadNetwork.TRUNK_ROADS.contains(road.name()); }

        @Override
        public double doubleValue() { return isTrunk() ? 2 : 1; }

        @Override
        public String toString() { return road.name() + " " + road.from() + "–" + road.to() + " " + road.km() + " km"; }
    }

    /** A monthly flow of persons (real persons, not agents) along one line of the map. */
    public static final class FlowVolume implements Valuable {
        public enum Kind { COMMUTE, MIGRANT_XJ, MIGRANT_INLAND }

        private final Kind kind;
        private final String from;
        private final String to;
        private final double persons;
        private final transient Object origin;
        private final transient Object destination;

        FlowVolume(Kind kind, String from, String to, double persons) {
            this(kind, from, to, persons, null, null);
        }

        FlowVolume(Kind kind, String from, String to, double persons, Object origin, Object destination) {
            this.kind = kind;
            this.from = from;
            this.to = to;
            this.persons = persons;
            this.origin = origin;
            this.destination = destination;
        }

        public String getKind() { return kind.name().toLowerCase(Locale.ROOT); }
        public Kind kind() { return kind; }
        public String getFrom() { return from; }
        public String getTo() { return to; }
        public double getPersons() { return persons; }

        @Override
        public double doubleValue() { return persons; }

        @Override
        public String toString() { return kind + " " + from + " -> " + to + ": " + Math.round(persons); }
    }

    // ---- portrayals ------------------------------------------------------------------------------

    /** Pixels per km of the current drawing (Display2D zoom included). */
    private static double pxPerKm(DrawInfo2D info) { return info.draw.width; }

    private double townDiameterKm(Town t) {
        return 7 + 21 * Math.sqrt(t.getPopulation() / maxPopulation);
    }

    private Font labelFont(double size) {
        Font f = labelFont;
        if (f == null || f.getSize2D() != (float) size) {
            f = CjkFonts.font(Font.PLAIN, (float) size);
            labelFont = f;
        }
        return f;
    }

    private final class TownPortrayal extends SimplePortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Town t = (Town) object;
            double d = townDiameterKm(t) * pxPerKm(info);
            Ellipse2D.Double e = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
            g.setPaint(Color.WHITE);                     // a white rim sets the town apart from its firm pie
            g.setStroke(new BasicStroke(3.2f));
            g.draw(e);
            g.setPaint(townColor(t));
            g.fill(e);
            g.setStroke(new BasicStroke(info.selected ? 3f : 1.2f));
            g.setPaint(info.selected ? Color.BLUE : new Color(0x33, 0x33, 0x33));
            g.draw(e);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            double d = townDiameterKm((Town) object) * pxPerKm(range);
            return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
        }

        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            if (wrapper == null) return null;
            return new SimpleInspector(new TownInspection((Town) wrapper.getObject(), model, labels), state, null);
        }

        @Override
        public String getName(LocationWrapper wrapper) { return labels.town((Town) wrapper.getObject()); }
    }

    private final class GatewayPortrayal extends SimplePortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Gateway gw = (Gateway) object;
            double d = 12 * pxPerKm(info);
            Rectangle2D.Double r = new Rectangle2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
            g.setPaint(Color.DARK_GRAY);
            g.fill(r);
            double size = Math.max(10, Math.min(16, 12 * pxPerKm(info)));
            g.setFont(labelFont(size));
            g.drawString(gw.getName(), (float) (info.draw.x + d / 2 + 3), (float) (info.draw.y + size / 3));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            double d = 12 * pxPerKm(range);
            return new Rectangle2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
        }
    }

    private final class VillagePortrayal extends SimplePortrayal2D {
        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            if (wrapper == null) return null;
            Village v = (Village) wrapper.getObject();
            return new SimpleInspector(new VillageInspection(v, model, labels, commuters(v), histories.get(v), decisions), state, null,
                    VillageInspection.PROPERTIES);
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            Village v = (Village) wrapper.getObject();
            return labels.get("insp.village") + " " + v.getIndex() + " · " + labels.town(v.town());
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double d = Math.max(4, 4.5 * pxPerKm(info));
            g.setPaint(VILLAGE);
            g.fill(new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            double d = Math.max(4, 4.5 * pxPerKm(range));
            return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
        }
    }

    private final class FirmPortrayal extends SimplePortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Firm f = (Firm) object;
            Rectangle2D.Double r = square(f, info);
            g.setPaint(industryColor(f.industry()));
            g.fill(r);
            g.setStroke(new BasicStroke(info.selected ? 2f : 0.6f));
            g.setPaint(info.selected ? Color.BLUE : Color.BLACK);
            g.draw(r);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return square((Firm) object, range).intersects(range.clip);
        }

        /** As SimplePortrayal2D's, on the firm's bean view: Firm itself has model accessors, not getters. */
        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            if (wrapper == null) return null;
            return new SimpleInspector(new FirmInspection((Firm) wrapper.getObject(), labels), state, null);
        }

        /** The firm's square: park firms a little larger than village workshops. */
        private static Rectangle2D.Double square(Firm f, DrawInfo2D info) {
            double d = Math.max(3, (f.village() == null ? 3.4 : 2.4) * pxPerKm(info));
            return new Rectangle2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        }
    }

    /** The watched household of a drawn village (null: not drawn, or no household). */
    public HouseholdHistory history(Village v) { return histories.get(v); }

    /** Real persons of a village commuting to the town park last month. */
    public double commuters(Village v) {
        double[] c = villageCommuters;
        return v.getIndex() < c.length ? c[v.getIndex()] : 0;
    }

    /**
     * The firms of one town (park and village workshops) by industry, drawn as a pie around the town's
     * circle: slices by jobs per industry, the ring's width growing with all its jobs. Inspectable.
     */
    public static final class TownFirms {
        private final Town town;
        private final BeltMap map;
        private final int[] jobs = new int[Industry.values().length];
        private final int[] firms = new int[Industry.values().length];
        private int total;

        TownFirms(Town town, BeltMap map) {
            this.town = town;
            this.map = map;
        }

        void clear() {
            java.util.Arrays.fill(jobs, 0);
            java.util.Arrays.fill(firms, 0);
            total = 0;
        }

        void add(Firm f) {
            jobs[f.industry().ordinal()] += f.getWorkerCount();
            firms[f.industry().ordinal()]++;
            total += f.getWorkerCount();
        }

        public Town town() { return town; }
        /** Workers (agents) in the town's firms. */
        public int jobs() { return total; }
        public int jobs(Industry k) { return jobs[k.ordinal()]; }
        public int firms(Industry k) { return firms[k.ordinal()]; }

        public String getTown() { return map.labels.town(town); }
        public String nameTown() { return map.labels.get("insp.town"); }
        public String getJobs() { return Format.persons(map.labels, (double) total * map.model.belt().scale()); }
        public String nameJobs() { return map.labels.get("insp.jobsTotal"); }
        public String getFirms() {
            int n = 0;
            for (int x : firms) n += x;
            return Format.count(map.labels, n, "unit.firms");
        }
        public String nameFirms() { return map.labels.get("insp.firmsTotal"); }
        /** One line per industry: firms and jobs. */
        public String[] getByIndustry() {
            List<String> out = new ArrayList<>();
            for (Industry k : Industry.values()) {
                if (firms[k.ordinal()] == 0) continue;
                out.add(map.labels.industry(k) + ": " + Format.count(map.labels, firms[k.ordinal()], "unit.firms") + ", "
                        + Format.persons(map.labels, (double) jobs[k.ordinal()] * map.model.belt().scale()));
            }
            return out.toArray(new String[0]);
        }
        public String nameByIndustry() { return map.labels.get("legend.industries"); }

        @Override
        public String toString() { return map.labels.get("insp.firmsTotal") + " · " + map.labels.town(town); }
    }

    /** Outer radius (km) of a town's firm pie. */
    private double pieRadiusKm(TownFirms tf) {
        return townDiameterKm(tf.town) / 2 + 1.5 + 13 * Math.sqrt(tf.jobs() / maxTownJobs);
    }

    private final class TownFirmsPortrayal extends SimplePortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            TownFirms tf = (TownFirms) object;
            if (tf.jobs() == 0) return;
            double r = pieRadiusKm(tf) * pxPerKm(info);
            double start = 90;
            for (Industry k : Industry.values()) {
                int n = tf.jobs(k);
                if (n == 0) continue;
                double extent = 360.0 * n / tf.jobs();
                g.setPaint(industryColor(k));
                g.fill(new java.awt.geom.Arc2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r, start, extent,
                        java.awt.geom.Arc2D.PIE));
                start += extent;
            }
            g.setStroke(new BasicStroke(info.selected ? 2.5f : 0.8f));
            g.setPaint(info.selected ? Color.BLUE : new Color(0x55, 0x55, 0x55));
            g.draw(new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            TownFirms tf = (TownFirms) object;
            if (tf.jobs() == 0) return false;
            double r = pieRadiusKm(tf) * pxPerKm(range);
            return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
        }

        @Override
        public String getName(LocationWrapper wrapper) { return wrapper.getObject().toString(); }
    }

    /** Commuting sheds: the area whose villages send workers to each town park, lightly filled. */
    private final class ShedLayer extends FieldPortrayal2D {
        @Override
        public sim.portrayal.Portrayal getDefaultPortrayal() { return new SimplePortrayal2D(); }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            AffineTransform t = new AffineTransform();
            t.translate(info.draw.x, info.draw.y);
            t.scale(info.draw.width / WIDTH_KM, info.draw.height / HEIGHT_KM);
            for (Shape s : shedShapes) {
                Shape px = t.createTransformedShape(s);
                g.setPaint(SHED_FILL);
                g.fill(px);
                g.setPaint(SHED_EDGE);
                g.setStroke(new BasicStroke(1f));
                g.draw(px);
            }
        }
    }

    /**
     * Distant migration as one arrow per destination (Korla for jobs in Xinjiang, Urumqi for inland):
     * from the belt's migrants' centre of origin (counties weighted by their migrants) to the gateway,
     * the width growing with the number of migrants, labelled with it.
     */
    private final class MigrationLayer extends FieldPortrayal2D {
        @Override
        public sim.portrayal.Portrayal getDefaultPortrayal() { return new SimplePortrayal2D(); }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double kmPx = info.draw.width / WIDTH_KM;
            Map<Object, double[]> byDest = new LinkedHashMap<>();   // dest -> {sum, sx, sy}
            for (FlowVolume f : migrants) {
                if (!(f.origin instanceof Town t) || f.destination == null) continue;
                Double2D o = project(t.county().lon(), t.county().lat());
                double[] a = byDest.computeIfAbsent(f.destination, k -> new double[3]);
                a[0] += f.getPersons();
                a[1] += f.getPersons() * o.x;
                a[2] += f.getPersons() * o.y;
            }
            double max = 1;
            for (double[] a : byDest.values()) max = Math.max(max, a[0]);
            for (Map.Entry<Object, double[]> e : byDest.entrySet()) {
                Gateway gw = (Gateway) e.getKey();
                double[] a = e.getValue();
                Double2D to = project(gw.county.lon(), gw.county.lat());
                double x0 = info.draw.x + a[1] / a[0] * kmPx, y0 = info.draw.y + a[2] / a[0] * kmPx;
                double x1 = info.draw.x + to.x * kmPx, y1 = info.draw.y + to.y * kmPx;
                float w = (float) (3 + 13 * Math.sqrt(a[0] / max));
                boolean xj = "korla".equals(gw.getId());
                Color c = xj ? new Color(0xD9, 0x5F, 0x02, 170) : new Color(0x75, 0x70, 0xB3, 170);
                arrow(g, x0, y0, x1, y1, w, c);
                String text = labels.get(xj ? "legend.migrantXj.short" : "legend.migrantInland.short") + " "
                        + Format.persons(labels, a[0]);
                g.setFont(labelFont(13).deriveFont(Font.BOLD));
                float tx = (float) ((x0 + x1) / 2 + 8), ty = (float) ((y0 + y1) / 2 - 6);
                g.setPaint(new Color(255, 255, 255, 220));
                for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) g.drawString(text, tx + dx, ty + dy);
                g.setPaint(c.darker());
                g.drawString(text, tx, ty);
            }
        }

        private void arrow(Graphics2D g, double x0, double y0, double x1, double y1, float w, Color c) {
            double len = Math.hypot(x1 - x0, y1 - y0);
            if (len < 1) return;
            double ux = (x1 - x0) / len, uy = (y1 - y0) / len;
            double head = Math.min(len / 2, 3 * w + 6);
            double bx = x1 - ux * head, by = y1 - uy * head;
            g.setPaint(c);
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x0, y0, bx, by));
            java.awt.geom.Path2D.Double tip = new java.awt.geom.Path2D.Double();
            double hw = w * 1.2 + 4;
            tip.moveTo(x1, y1);
            tip.lineTo(bx - uy * hw, by + ux * hw);
            tip.lineTo(bx + uy * hw, by - ux * hw);
            tip.closePath();
            g.fill(tip);
        }
    }

    /** Roads and flows: a straight line whose width comes from the edge's info. */
    private static final class LinePortrayal extends SimpleEdgePortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Edge edge = (Edge) object;
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
            double zoom = Math.sqrt(Math.max(0.25, pxPerKm(info)));
            float width;
            Color color;
            if (edge.info instanceof RoadSegment r) {
                width = (float) ((r.isTrunk() ? 2.6 : 1.2) * zoom);
                color = ROAD;
            } else if (edge.info instanceof FlowVolume f) {
                width = (float) (Math.min(16, 0.4 + (f.kind() == FlowVolume.Kind.COMMUTE ? 2.0 : 0.8) * Math.sqrt(f.getPersons() / 1000.0)) * zoom);
                color = switch (f.kind()) {
                    case COMMUTE -> COMMUTE;
                    case MIGRANT_XJ -> MIGRANT_XJ;
                    case MIGRANT_INLAND -> MIGRANT_INLAND;
                };
            } else {
                width = 1;
                color = Color.GRAY;
            }
            g.setStroke(new BasicStroke(info.selected ? width + 2 : width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setPaint(info.selected ? Color.BLUE : color);
            g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
        }
    }

    /**
     * The base map: the real outlines of the counties ({@link CountyShapes}, geo/counties.geojson) in
     * a light line, the prefectures' outlines (unions of their counties; the XPCC cities' too) in a
     * darker, wider one. The shapes are projected to the field's km once; each draw only scales them.
     */
    private static final class BoundaryLayer extends FieldPortrayal2D {
        private static volatile Shape[][] km;   // {counties, prefectures}
        private static volatile int[] countyIndex; // county index (= town index) of each county shape

        private static Shape[][] shapes() {
            Shape[][] s = km;
            if (s != null) return s;
            ShapeWriter toKm = toKm();
            CountyShapes cs = CountyShapes.loadDefault();
            List<Shape> counties = new ArrayList<>();
            Map<String, List<Geometry>> byPrefecture = new LinkedHashMap<>();
            List<County> all = BeltGeography.loadDefault().counties();
            int[] idx = new int[all.size()];
            for (County c : all) {
                Geometry g = cs.shape(c.id());
                idx[counties.size()] = c.index();
                counties.add(toKm.toShape(g));
                byPrefecture.computeIfAbsent(c.isXpcc() ? c.id() : c.prefecture(), k -> new ArrayList<>()).add(g);
            }
            List<Shape> prefectures = new ArrayList<>();
            for (List<Geometry> gs : byPrefecture.values()) prefectures.add(toKm.toShape(UnaryUnionOp.union(gs)));
            s = new Shape[][] {counties.toArray(new Shape[0]), prefectures.toArray(new Shape[0])};
            countyIndex = idx;
            km = s;
            return s;
        }

        @Override
        public sim.portrayal.Portrayal getDefaultPortrayal() { return new SimplePortrayal2D(); }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Shape[][] s = shapes();
            AffineTransform t = new AffineTransform();
            t.translate(info.draw.x, info.draw.y);
            t.scale(info.draw.width / WIDTH_KM, info.draw.height / HEIGHT_KM);
            double kmPx = info.draw.width / WIDTH_KM;
            g.setPaint(COUNTY_BORDER);
            g.setStroke(new BasicStroke((float) Math.max(0.8, Math.min(1.5, 1.2 * kmPx)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Shape c : s[0]) g.draw(t.createTransformedShape(c));
            g.setPaint(PREFECTURE_BORDER);
            g.setStroke(new BasicStroke((float) Math.max(1.4, Math.min(2.5, 2.0 * kmPx)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Shape p : s[1]) g.draw(t.createTransformedShape(p));
        }
    }

    /**
     * The railways as context ({@link org.sxbelt.geo.Railways}, geo/railways.csv): each line straight
     * from county seat to county seat (schematic, not the track), dark with cross ticks; a line that opens
     * after the month shown (Hotan–Ruoqiang before 2022-06) is dashed.
     */
    private final class RailLayer extends FieldPortrayal2D {
        @Override
        public sim.portrayal.Portrayal getDefaultPortrayal() { return new SimplePortrayal2D(); }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double kmPx = info.draw.width / WIDTH_KM;
            int shown = model.belt() == null ? 0 : Math.max(0, model.monthsDone() - 1);
            float w = (float) Math.max(1.6, Math.min(3.0, 2.2 * kmPx));
            double tick = Math.max(3.0, 3.2 * w), spacing = Math.max(9, 11 * kmPx);
            for (org.sxbelt.geo.Railways.Line line : org.sxbelt.geo.Railways.loadDefault().lines()) {
                java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
                List<org.sxbelt.geo.Railways.Station> st = line.stations();
                for (int i = 0; i < st.size(); i++) {
                    Double2D p = project(st.get(i).lon(), st.get(i).lat());
                    double x = info.draw.x + p.x * kmPx, y = info.draw.y + p.y * kmPx;
                    if (i == 0) path.moveTo(x, y);
                    else path.lineTo(x, y);
                }
                boolean open = line.openedMonth() <= shown;
                g.setPaint(RAIL);
                if (!open) {
                    g.setStroke(new BasicStroke(w * 0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {7f, 5f}, 0f));
                    g.draw(path);
                    continue;
                }
                g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(path);
                g.setStroke(new BasicStroke(Math.max(1f, w * 0.6f)));
                for (int i = 1; i < st.size(); i++) {   // cross ticks at even spacing along each segment
                    Double2D a = project(st.get(i - 1).lon(), st.get(i - 1).lat()), b = project(st.get(i).lon(), st.get(i).lat());
                    double ax = info.draw.x + a.x * kmPx, ay = info.draw.y + a.y * kmPx;
                    double bx = info.draw.x + b.x * kmPx, by = info.draw.y + b.y * kmPx;
                    double len = Math.hypot(bx - ax, by - ay);
                    if (len < 1) continue;
                    double ux = (bx - ax) / len, uy = (by - ay) / len;
                    for (double d = spacing / 2; d < len; d += spacing) {
                        double cx = ax + ux * d, cy = ay + uy * d;
                        g.draw(new Line2D.Double(cx - uy * tick / 2, cy + ux * tick / 2, cx + uy * tick / 2, cy - ux * tick / 2));
                    }
                }
            }
        }
    }

    /** Draws JTS geometries in degrees as Java2D shapes in the field's km ({@link #project}). */
    private static ShapeWriter toKm() {
        return new ShapeWriter((src, dest) -> {
            Double2D p = project(src.x, src.y);
            dest.setLocation(p.x, p.y);
        });
    }

    private static volatile Shape desertKm;

    /** The desert's schematic outline ({@link org.sxbelt.geo.DesertOutline}) projected to the field's km, once. */
    private static Shape desertKm() {
        Shape s = desertKm;
        if (s == null) {
            s = toKm().toShape(org.sxbelt.geo.DesertOutline.loadDefault().polygon());
            desertKm = s;
        }
        return s;
    }

    /**
     * The choropleth: every county filled with the colour of the chosen indicator (the legend's scale
     * and units), so the map reads as a map of the belt's counties; no data yet stays pale grey.
     */
    private final class ChoroplethLayer extends FieldPortrayal2D {
        @Override
        public sim.portrayal.Portrayal getDefaultPortrayal() { return new SimplePortrayal2D(); }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Shape[][] s = BoundaryLayer.shapes();
            int[] idx = BoundaryLayer.countyIndex;
            AffineTransform t = new AffineTransform();
            t.translate(info.draw.x, info.draw.y);
            t.scale(info.draw.width / WIDTH_KM, info.draw.height / HEIGHT_KM);
            double[] values = townValue;
            for (int i = 0; i < s[0].length; i++) {
                int k = idx[i];
                double v = k < values.length ? values[k] : Double.NaN;
                Color c = Double.isNaN(v) ? CHOROPLETH_NO_DATA : rampColor(coloring.position(v));
                g.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), Double.isNaN(v) ? 255 : CHOROPLETH_ALPHA));
                g.fill(t.createTransformedShape(s[0][i]));
            }
            // the desert as context: the Taklamakan fills the empty middle of the belt (geo/desert.csv, schematic)
            g.setPaint(DESERT_FILL);
            g.fill(t.createTransformedShape(desertKm()));
            double kmPx = info.draw.width / WIDTH_KM;
            Double2D d = project(83.0, 38.9);
            g.setFont(CjkFonts.font(Font.ITALIC, (float) Math.max(12, Math.min(20, 17 * kmPx))));
            g.setPaint(DESERT_LABEL);
            String name = labels.get("map.desert");
            g.drawString(name, (float) (info.draw.x + d.x * kmPx - g.getFontMetrics().stringWidth(name) / 2.0),
                    (float) (info.draw.y + d.y * kmPx));
        }
    }

    /** Map title, month and colouring in the top-left corner of the visible area. */
    private final class TitleOverlay extends FieldPortrayal2D {
        @Override
        public sim.portrayal.Portrayal getDefaultPortrayal() { return new SimplePortrayal2D(); }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Labels l = labels;
            String month = model.belt() == null ? "" : shownMonth(model);
            float x = (float) (Math.max(info.clip.x, info.draw.x) + 12), y = (float) (Math.max(info.clip.y, info.draw.y) + 26);
            String head = l.get("map.title") + "   " + month + "   " + model.scenario().name();
            String sub = l.get("lever.mapColoring") + ": " + l.get(coloring.labelKey());
            Font headFont = CjkFonts.font(Font.BOLD, 18f), subFont = CjkFonts.font(Font.PLAIN, 13f);
            double boxW = Math.max(g.getFontMetrics(headFont).stringWidth(head), g.getFontMetrics(subFont).stringWidth(sub)) + 16;
            Rectangle2D.Double titleBox = new Rectangle2D.Double(x - 6, y - 20, boxW, 46);
            g.setPaint(new Color(255, 255, 255, 200));
            g.fill(titleBox);
            g.setPaint(Color.BLACK);
            g.setFont(headFont);
            g.drawString(head, x, y);
            g.setFont(subFont);
            g.drawString(sub, x, y + 18);
            if (model.belt() == null) return;
            double kmPx = info.draw.width / WIDTH_KM;
            double size = Math.max(11, Math.min(17, 13 * kmPx));
            g.setFont(labelFont(size).deriveFont(Font.BOLD));
            java.awt.FontMetrics fm = g.getFontMetrics();
            // every town, largest first, its label above its circle, else below, right or left of it;
            // a label that would overlap one already placed in all four is left out
            List<Town> towns = new ArrayList<>(model.belt().towns());
            towns.sort((a, b) -> Double.compare(b.getPopulation(), a.getPopulation()));
            List<Rectangle2D> placed = new ArrayList<>();
            placed.add(titleBox);
            for (Town t : towns) {
                Double2D p = project(t.county().lon(), t.county().lat());
                String name = l.town(t);
                double r = townDiameterKm(t) * kmPx / 2, cx = info.draw.x + p.x * kmPx, cy = info.draw.y + p.y * kmPx;
                int w = fm.stringWidth(name), asc = fm.getAscent();
                double[][] spots = {{cx - w / 2.0, cy - r - 3}, {cx - w / 2.0, cy + r + asc + 1},
                        {cx + r + 4, cy + asc / 2.0 - 1}, {cx - r - 4 - w, cy + asc / 2.0 - 1}};
                Rectangle2D box = null;
                float tx = 0, ty = 0;
                for (double[] spot : spots) {
                    tx = (float) Math.max(info.draw.x + 3, Math.min(info.draw.x + info.draw.width - w - 3, spot[0]));
                    ty = (float) spot[1];
                    Rectangle2D candidate = new Rectangle2D.Double(tx - 2, ty - asc, w + 4, asc + 2);
                    boolean free = true;
                    for (Rectangle2D q : placed) if (q.intersects(candidate)) { free = false; break; }
                    if (free) { box = candidate; break; }
                }
                if (box == null) continue;
                placed.add(box);
                g.setPaint(new Color(255, 255, 255, 220));
                for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) g.drawString(name, tx + dx, ty + dy);
                g.setPaint(LABEL);
                g.drawString(name, tx, ty);
            }
            if (model.monthsDone() == 0) hint(g, info, l.get("hint.start"));
            else if (model.monthsDone() >= model.params().getInt(org.sxbelt.params.ParamSchema.MONTHS)) {
                hint(g, info, l.get("hint.horizon"));
            }
        }

        /** The first-run hint: a yellow box at the bottom of the map saying what to press. */
        private void hint(Graphics2D g, DrawInfo2D info, String text) {
            g.setFont(CjkFonts.font(Font.BOLD, 15f));
            java.awt.FontMetrics fm = g.getFontMetrics();
            double w = fm.stringWidth(text) + 24, h = 30;
            double bx = Math.max(info.clip.x, info.draw.x) + 12;
            double by = Math.min(info.clip.y + info.clip.height, info.draw.y + info.draw.height) - h - 12;
            g.setPaint(HINT);
            g.fill(new java.awt.geom.RoundRectangle2D.Double(bx, by, w, h, 10, 10));
            g.setPaint(new Color(0x8A, 0x6D, 0x00));
            g.draw(new java.awt.geom.RoundRectangle2D.Double(bx, by, w, h, 10, 10));
            g.setPaint(Color.BLACK);
            g.drawString(text, (float) (bx + 12), (float) (by + 20));
        }
    }

    /** The month the map shows: the last one simulated, or January 2015 before the first. */
    static String shownMonth(BeltModel m) {
        return org.sxbelt.params.SimMonthFormat.format(Math.max(0, m.monthsDone() - 1));
    }

    /** Villages in the drawn sample (tests, legend). */
    public int villageDots() { return villages.getAllObjects().numObjs; }

    /** Flows of one kind this month (tests): commuting edges, or migration by county of origin. */
    public List<FlowVolume> flows(FlowVolume.Kind kind) {
        List<FlowVolume> out = new ArrayList<>();
        for (FlowVolume f : migrants) if (f.kind() == kind) out.add(f);
        for (Object o : allEdges()) {
            if (o instanceof Edge e && e.info instanceof FlowVolume f && f.kind() == kind) out.add(f);
        }
        return out;
    }

    private Object[] allEdges() {
        List<Object> edges = new ArrayList<>();
        sim.util.Bag nodes = flows.getAllNodes();
        for (int i = 0; i < nodes.numObjs; i++) {
            sim.util.Bag out = flows.getEdgesOut(nodes.objs[i]);
            for (int j = 0; j < out.numObjs; j++) edges.add(out.objs[j]);
        }
        return edges.toArray();
    }
}
