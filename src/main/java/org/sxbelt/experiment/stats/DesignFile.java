package org.sxbelt.experiment.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment's {@code design.csv}, read and written here:
 * {@code point,scenario,<factor keys...>,design_type,design_group,design_step}, one row per point.
 *
 * <p>design_type is none, factorial, lhs, morris or sobol. For morris, design_group is the trajectory
 * and design_step the step (0..k) within it; for sobol (Saltelli 2010) design_group is the matrix
 * ({@code A}, {@code B} or {@code AB<i>}, i = 1..k in factor order) and design_step the base sample
 * index j. Both are empty for the other designs.
 */
public final class DesignFile {

    public static final String FILE_NAME = "design.csv";
    public static final List<String> TYPES = List.of("none", "factorial", "lhs", "morris", "sobol");
    /** The columns before and after the factor keys. */
    private static final List<String> LEAD = List.of("point", "scenario");
    private static final List<String> TAIL = List.of("design_type", "design_group", "design_step");
    private static final String EXPECTED_HEADER = "point,scenario,<factors...>,design_type,design_group,design_step";

    /** One design point; {@code values} are the factor values as written, in {@link #factors()} order. */
    public record Point(int point, String scenario, List<String> values, String type, String group, String step) {

        /** The value of factor {@code i} as a number (NaN when it is not one). */
        public double value(int i) {
            try {
                return Double.parseDouble(values.get(i).strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    private final List<String> factors;
    private final List<Point> points;
    private final Map<Integer, Point> byId = new LinkedHashMap<>();

    public DesignFile(List<String> factors, List<Point> points) {
        this.factors = List.copyOf(factors);
        this.points = List.copyOf(points);
        for (Point p : points) {
            if (p.values().size() != factors.size()) {
                throw new IllegalArgumentException("point " + p.point() + " has " + p.values().size()
                        + " factor values for " + factors.size() + " factors");
            }
            if (byId.put(p.point(), p) != null) throw new IllegalArgumentException("duplicate point " + p.point());
        }
    }

    /** The file's text: header, then one row per point in point order. */
    public String csv() {
        StringBuilder sb = new StringBuilder();
        List<String> head = pointColumns();
        head.addAll(TAIL);
        Csv.append(sb, head);
        for (Point p : points) {
            List<String> f = pointFields(p.point(), p.scenario());
            f.addAll(List.of(p.type(), p.group(), p.step()));
            Csv.append(sb, f);
        }
        return sb.toString();
    }

    /** The columns that lead the design and the tables per point: point, scenario, the factor keys (a new list). */
    public List<String> pointColumns() {
        List<String> c = new ArrayList<>(LEAD);
        c.addAll(factors);
        return c;
    }

    /** The fields under {@link #pointColumns()}: the point, the scenario given and {@link #valuesOf} (a new list). */
    public List<String> pointFields(int point, String scenario) {
        List<String> f = new ArrayList<>(List.of(Integer.toString(point), scenario));
        f.addAll(valuesOf(point));
        return f;
    }

    /** Reads {@code design.csv}; problems name the file and line. */
    public static DesignFile read(Path file) {
        return DataFile.read(file, (name, in) -> {
            Csv.Row header = in.next();
            if (header == null) throw new ExperimentDataException(name + " is empty: expected the header "
                    + EXPECTED_HEADER);
            List<String> cols = header.fields();
            int k = cols.size();
            if (k < LEAD.size() + TAIL.size() || !cols.subList(0, LEAD.size()).equals(LEAD)
                    || !cols.subList(k - TAIL.size(), k).equals(TAIL)) {
                throw new ExperimentDataException(name + " line " + header.line() + ": expected the header "
                        + EXPECTED_HEADER + ", got " + header.text());
            }
            List<String> factors = cols.subList(2, k - 3);
            List<Point> points = new ArrayList<>();
            Set<Integer> seen = new LinkedHashSet<>();
            for (Csv.Row f; (f = in.next()) != null; ) {
                String where = name + " line " + f.line() + ": ";
                if (f.size() != k) throw new ExperimentDataException(where + f.size() + " fields, the header has " + k);
                int point;
                try {
                    point = Integer.parseInt(f.get(0).strip());
                } catch (NumberFormatException e) {
                    throw new ExperimentDataException(where + "point '" + f.get(0) + "' is not a whole number");
                }
                if (!seen.add(point)) throw new ExperimentDataException(where + "point " + point + " appears twice");
                String type = f.get(k - 3).strip();
                if (type.isEmpty()) type = "none";
                if (!TYPES.contains(type)) throw new ExperimentDataException(where + "design_type '" + type
                        + "' is not one of " + String.join("|", TYPES));
                points.add(new Point(point, f.get(1), List.copyOf(f.fields().subList(2, k - 3)), type,
                        f.get(k - 2).strip(), f.get(k - 1).strip()));
            }
            if (points.isEmpty()) throw new ExperimentDataException(name + " has no design points");
            return new DesignFile(factors, points);
        });
    }

    public List<String> factors() { return factors; }

    public List<Point> points() { return points; }

    /** The point with this id, or null. */
    public Point point(int id) { return byId.get(id); }

    /** A point's factor values as written, or empty strings when the point is not in the design. */
    public List<String> valuesOf(int id) {
        Point p = byId.get(id);
        return p != null ? p.values() : Collections.nCopies(factors.size(), "");
    }

    /** The design's type: the first type other than none among the points, or none. */
    public String type() {
        for (Point p : points) if (!p.type().equals("none")) return p.type();
        return "none";
    }

    /** The points of the given design type. */
    public List<Point> pointsOfType(String type) {
        List<Point> r = new ArrayList<>();
        for (Point p : points) if (p.type().equals(type)) r.add(p);
        return r;
    }

    /** Distinct scenario names in point order. */
    public List<String> scenarios() {
        Set<String> s = new LinkedHashSet<>();
        for (Point p : points) s.add(p.scenario());
        return List.copyOf(s);
    }

    /** Smallest and largest numeric value of factor {@code i} over the points given (NaN, NaN if none). */
    public static double[] range(List<Point> points, int i) {
        double lo = Double.NaN, hi = Double.NaN;
        for (Point p : points) {
            double v = p.value(i);
            if (Double.isNaN(v)) continue;
            if (Double.isNaN(lo) || v < lo) lo = v;
            if (Double.isNaN(hi) || v > hi) hi = v;
        }
        return new double[] {lo, hi};
    }

    /** Distinct values of factor {@code i} as written, in point order. */
    public List<String> levels(int i) {
        Set<String> s = new LinkedHashSet<>();
        for (Point p : points) s.add(p.values().get(i));
        return Collections.unmodifiableList(new ArrayList<>(s));
    }
}
