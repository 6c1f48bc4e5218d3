package org.sxbelt.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesertOutlineTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static boolean inside(Polygon p, double lat, double lon) {
        return p.contains(GF.createPoint(new Coordinate(lon, lat)));
    }

    /** The outline lies between the oasis belts: no county seat, town or city of the belt is in the sand. */
    @Test
    void theSandHoldsNoCountySeatAndFillsTheMiddleOfTheBasin() {
        Polygon p = DesertOutline.loadDefault().polygon();
        assertTrue(p.isValid());
        for (County c : BeltGeography.loadDefault().allUnits()) {
            assertFalse(inside(p, c.lat(), c.lon()), c.id() + " (" + c.lat() + ", " + c.lon() + ") is inside the desert outline");
        }
        assertTrue(inside(p, 39.0, 83.0), "the middle of the Tarim Basin");
        assertTrue(inside(p, 38.5, 80.5), "the Aral-Hotan desert highway crosses sand");
        // roughly the Taklamakan's extent (about 337,000 km2): degrees to km2 at 39 N
        double km2 = p.getArea() * 111.2 * 111.2 * Math.cos(Math.toRadians(39));
        assertTrue(km2 > 200_000 && km2 < 450_000, "area " + km2 + " km2");
    }

    @Test
    void aBadOutlineIsOneLineNamingTheFile() {
        String head = "order,lat,lon\n";
        GeoDataException twisted = assertThrows(GeoDataException.class,
                () -> DesertOutline.read("d.csv", head + "1,38,78\n2,40,82\n3,38,82\n4,40,78\n"));
        assertEquals(1, twisted.getMessage().lines().count());
        assertTrue(twisted.getMessage().contains("d.csv") && twisted.getMessage().contains("crosses itself"), twisted.getMessage());
        assertTrue(assertThrows(GeoDataException.class, () -> DesertOutline.read("d.csv", head + "1,38,78\n3,40,82\n"))
                .getMessage().contains("order"));
        assertTrue(assertThrows(GeoDataException.class, () -> DesertOutline.read("d.csv", head + "1,38,78\n2,40,95\n3,39,80\n"))
                .getMessage().contains("lon"));
        assertTrue(assertThrows(GeoDataException.class, () -> DesertOutline.read("d.csv", head + "1,38,78\n2,40,82\n"))
                .getMessage().contains("at least 3"));
    }
}
