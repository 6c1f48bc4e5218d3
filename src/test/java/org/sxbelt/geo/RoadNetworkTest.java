package org.sxbelt.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RoadNetworkTest {

    private static final BeltGeography GEO = BeltGeography.loadDefault();
    private static final RoadNetwork NET = GEO.roads();

    private static double km(String a, String b) {
        return NET.km(GEO.byId(a).index(), GEO.byId(b).index());
    }

    @Test
    void distancesAreSymmetricFiniteAndZeroOnTheDiagonal() {
        int n = NET.size();
        assertEquals(GEO.allUnits().size(), n);
        for (int i = 0; i < n; i++) {
            assertEquals(0.0, NET.km(i, i));
            for (int j = 0; j < n; j++) {
                assertEquals(NET.km(i, j), NET.km(j, i), "asymmetric " + i + "," + j);
                assertTrue(Double.isFinite(NET.km(i, j)), "unreachable " + i + "," + j);
                if (i != j) {
                    assertTrue(NET.km(i, j) > 0, "zero distance " + i + "," + j);
                }
            }
        }
    }

    @Test
    void triangleInequalityHoldsOnShortestPaths() {
        int n = NET.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    assertTrue(NET.km(i, k) <= NET.km(i, j) + NET.km(j, k) + 1e-9,
                            "triangle inequality fails for " + i + "," + j + "," + k);
                }
            }
        }
    }

    @Test
    void shortestPathIsNeverLongerThanAnyDirectRoad() {
        for (Road r : NET.roads()) {
            assertTrue(km(r.from(), r.to()) <= r.km() + 1e-9, r.toString());
        }
    }

    @Test
    void everyRoadIsAtLeastTheGreatCircleDistance() {
        for (Road r : NET.roads()) {
            double gc = GEO.byId(r.from()).greatCircleKm(GEO.byId(r.to()));
            assertTrue(r.km() >= gc, r + " is shorter than the great-circle distance " + gc);
            // A detour factor above 3 would point to a wrong id or coordinate rather than a winding road.
            assertTrue(r.km() <= 3 * gc + 20, r + " is implausibly long for great-circle " + gc);
            assertFalse(r.source().isBlank(), r.toString());
        }
    }

    @Test
    void keyDistancesAreRealistic() {
        double kashgarHotan = km("kashgar_city", "hotan_city");
        assertTrue(kashgarHotan >= 450 && kashgarHotan <= 600, "Kashgar-Hotan " + kashgarHotan);
        double aksuKashgar = km("aksu_city", "kashgar_city");
        assertTrue(aksuKashgar >= 400 && aksuKashgar <= 550, "Aksu-Kashgar " + aksuKashgar);
        // The desert highway makes Aksu-Hotan far shorter than the ring road through Kashgar.
        assertTrue(km("aksu_city", "hotan_city") < km("aksu_city", "kashgar_city") + km("kashgar_city", "hotan_city"));
        // Distant migration to Urumqi is well over 1000 km from the southwest.
        assertTrue(km("kashgar_city", "urumqi") > 1300 && km("kashgar_city", "urumqi") < 1700,
                "Kashgar-Urumqi " + km("kashgar_city", "urumqi"));
        assertTrue(km("hotan_city", "urumqi") > km("aksu_city", "urumqi"));
    }

    @Test
    void trunkRoadMembership() {
        int luopu = GEO.byId("luopu").index();
        assertTrue(NET.onTrunkRoad(luopu));
        assertTrue(NET.roadNamesAt(luopu).contains("G315"));

        int tumxuk = GEO.byId("tumxuk").index();
        int aral = GEO.byId("aral").index();
        assertFalse(NET.roadNamesAt(tumxuk).contains("G315"));
        assertFalse(NET.roadNamesAt(aral).contains("G315"));
        assertFalse(NET.onTrunkRoad(aral), "Aral is reached by local roads and the desert highway only");

        for (String id : List.of("kashgar_city", "shache", "yecheng", "hotan_city", "aksu_city", "kuqa", "artux")) {
            assertTrue(NET.onTrunkRoad(GEO.byId(id).index()), id);
        }
        for (String id : List.of("wushi", "akqi", "wuqia", "akto", "makit", "yopurga", "awati", "shaya", "baicheng",
                "kunyu")) {
            assertFalse(NET.onTrunkRoad(GEO.byId(id).index()), id);
        }
        assertEquals(List.of("G3012", "G314", "S16"), NET.roadNamesAt(GEO.byId("kashgar_city").index())
                .stream().filter(s -> !s.equals("G315")).toList());
    }

    @Test
    void graphIsConnected() {
        // Connectivity is checked at construction; every unit must reach every other.
        int n = NET.size();
        for (int j = 1; j < n; j++) {
            assertTrue(Double.isFinite(NET.km(0, j)));
        }
    }

    @Test
    void parallelRoadsKeepTheShorterLength() {
        List<County> units = List.of(unit(0, "a", 40.0, 80.0), unit(1, "b", 40.0, 81.0));
        RoadNetwork net = new RoadNetwork(units, List.of(
                new Road("a", "b", "G315", 120, "test"),
                new Road("a", "b", "G3012", 100, "test")));
        assertEquals(100, net.km(0, 1));
        assertEquals(2, net.roads().size());
        assertEquals(List.of("G3012", "G315"), net.roadNamesAt(0));
        double[][] m = net.distanceMatrix();
        m[0][1] = -1;
        assertEquals(100, net.km(0, 1), "distanceMatrix must return a copy");
    }

    @Test
    void disconnectedOrInvalidNetworksAreRejected() {
        List<County> units = List.of(unit(0, "a", 40, 80), unit(1, "b", 40, 81), unit(2, "c", 41, 81));
        GeoDataException e = assertThrows(GeoDataException.class,
                () -> new RoadNetwork(units, List.of(new Road("a", "b", "local", 90, "test"))));
        assertTrue(e.getMessage().contains("not connected") && e.getMessage().contains("c"), e.getMessage());
        assertThrows(GeoDataException.class,
                () -> new RoadNetwork(units, List.of(new Road("a", "x", "local", 90, "test"))));
        assertThrows(GeoDataException.class, () -> new RoadNetwork(units, List.of(
                new Road("a", "b", "local", 0, "test"), new Road("b", "c", "local", 10, "test"))));
    }

    @Test
    void distancesOfTheDefaultNetworkMatchPublishedSegments() {
        // Spot checks against the published G315 / G314 km tables (see README).
        Map<String[], Double> published = Map.of(
                new String[] {"yecheng", "pishan"}, 88.0,
                new String[] {"shufu", "tashkurgan"}, 303.0,
                new String[] {"urumqi", "korla"}, 468.0);
        published.forEach((pair, expected) -> assertEquals(expected, km(pair[0], pair[1]), 1e-9,
                pair[0] + "-" + pair[1]));
    }

    private static County unit(int index, String id, double lat, double lon) {
        return new County(index, id, id, id, "Aksu", "county", lat, lon, 1000, 2020, "test", 0.2, 1, "Zhejiang");
    }
}
