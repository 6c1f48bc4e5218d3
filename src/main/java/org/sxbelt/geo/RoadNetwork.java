package org.sxbelt.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.FloydWarshallShortestPaths;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The main road network as an undirected weighted graph over all units (gateways included).
 *
 * <p>Shortest road distances are computed once (Floyd–Warshall; the graph has a few dozen nodes) and
 * kept in a {@code double[][]}, because agents ask for distances every step and a graph search per
 * lookup would dominate the run time. Parallel roads between the same two units (e.g. G315 and the
 * G3012 expressway) stay in {@link #roads()} but only the shorter one enters the graph.
 */
public final class RoadNetwork implements java.io.Serializable {

    /** Roads that count as trunk roads for {@link #onTrunkRoad(int)}. */
    public static final Set<String> TRUNK_ROADS = Set.of("G314", "G315", "G3012");

    private final List<County> units;
    private final List<Road> roads;
    private final double[][] km;
    private final boolean[] onTrunk;
    private final List<List<String>> namesAt;

    /**
     * @param units all units in index order ({@code units.get(i).index() == i}), gateways included
     * @param roads road segments between unit ids
     * @throws GeoDataException if a road names an unknown unit, has a non-positive length, or the
     *                          graph is not connected (an unreachable unit would get infinite distances)
     */
    public RoadNetwork(List<County> units, List<Road> roads) {
        this(units, roads, "roads");
    }

    /** @param file name used in error messages (the CSV the roads came from) */
    RoadNetwork(List<County> units, List<Road> roads, String file) {
        this.units = List.copyOf(units);
        this.roads = List.copyOf(roads);
        int n = this.units.size();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            County c = this.units.get(i);
            if (c.index() != i) {
                throw GeoDataException.inFile(file, "unit '" + c.id() + "' has index " + c.index()
                        + " but is at position " + i + " of the unit list");
            }
            if (indexOf.put(c.id(), i) != null) {
                throw GeoDataException.inFile(file, "duplicate unit id '" + c.id() + "'");
            }
        }

        SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        List<Set<String>> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(new TreeSet<>());
        }
        for (Road r : this.roads) {
            Integer a = indexOf.get(r.from());
            Integer b = indexOf.get(r.to());
            if (a == null || b == null) {
                throw GeoDataException.inFile(file, "road " + r.name() + " references unknown unit id '"
                        + (a == null ? r.from() : r.to()) + "'");
            }
            if (a.equals(b)) {
                throw GeoDataException.inFile(file, "road " + r.name() + " joins '" + r.from() + "' to itself");
            }
            if (!(r.km() > 0) || Double.isInfinite(r.km())) {
                throw GeoDataException.inFile(file, "road " + r.name() + " " + r.from() + "-" + r.to()
                        + " has length " + r.km() + " km; it must be a positive finite number");
            }
            DefaultWeightedEdge e = graph.getEdge(a, b);
            if (e == null) {
                graph.setEdgeWeight(graph.addEdge(a, b), r.km());
            } else if (r.km() < graph.getEdgeWeight(e)) {
                graph.setEdgeWeight(e, r.km());
            }
            names.get(a).add(r.name());
            names.get(b).add(r.name());
        }

        ConnectivityInspector<Integer, DefaultWeightedEdge> inspector = new ConnectivityInspector<>(graph);
        if (n > 0 && !inspector.isConnected()) {
            Set<Integer> reached = inspector.connectedSetOf(0);
            String unreachable = this.units.stream()
                    .filter(c -> !reached.contains(c.index()))
                    .map(County::id)
                    .collect(Collectors.joining(" "));
            throw GeoDataException.inFile(file, "road graph is not connected; not reachable from '"
                    + this.units.get(0).id() + "': " + unreachable);
        }

        FloydWarshallShortestPaths<Integer, DefaultWeightedEdge> fw = new FloydWarshallShortestPaths<>(graph);
        this.km = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                km[i][j] = i == j ? 0.0 : fw.getPathWeight(i, j);
            }
        }
        // Floyd–Warshall on an undirected graph is symmetric up to rounding; force exact symmetry so that
        // callers can rely on km(a, b) == km(b, a).
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = Math.min(km[i][j], km[j][i]);
                km[i][j] = d;
                km[j][i] = d;
            }
        }

        this.onTrunk = new boolean[n];
        List<List<String>> namesList = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<String> s = names.get(i);
            onTrunk[i] = s.stream().anyMatch(TRUNK_ROADS::contains);
            namesList.add(List.copyOf(s));
        }
        this.namesAt = Collections.unmodifiableList(namesList);
    }

    /** Number of units (graph nodes), gateways included. */
    public int size() {
        return units.size();
    }

    /** Shortest road distance in km between two units, by {@link County#index()}; O(1). */
    public double km(int fromIndex, int toIndex) {
        return km[fromIndex][toIndex];
    }

    /** A copy of the full distance matrix, indexed by {@link County#index()}. */
    public double[][] distanceMatrix() {
        double[][] copy = new double[km.length][];
        for (int i = 0; i < km.length; i++) {
            copy[i] = Arrays.copyOf(km[i], km[i].length);
        }
        return copy;
    }

    /** All road segments as read, in file order (parallel roads included). */
    public List<Road> roads() {
        return roads;
    }

    /** True when the unit lies on G314, G315 or the G3012 expressway. */
    public boolean onTrunkRoad(int index) {
        return onTrunk[index];
    }

    /** Sorted, distinct names of the roads that touch the unit. */
    public List<String> roadNamesAt(int index) {
        return namesAt.get(index);
    }
}
