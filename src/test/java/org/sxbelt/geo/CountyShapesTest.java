package org.sxbelt.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class CountyShapesTest {

    private static final BeltGeography GEO = BeltGeography.loadDefault();
    private static final CountyShapes SHAPES = CountyShapes.loadDefault();

    @Test
    void everyRealUnitHasOneShapeInFileOrder() {
        List<String> ids = GEO.counties().stream().map(County::id).toList();
        assertEquals(ids, List.copyOf(SHAPES.shapes().keySet()));
        long fourPrefectures = GEO.counties().stream().filter(c -> !c.isXpcc()).count();
        assertEquals(33, fourPrefectures);
        assertEquals(36, SHAPES.shapes().size());
        assertEquals(null, SHAPES.shape("urumqi"), "gateways have no shape");
    }

    @Test
    void everySeatLiesInsideOrWithinAFewKmOfItsShape() {
        Map<String, Double> off = new TreeMap<>();
        for (County c : GEO.counties()) {
            double d = CountyShapes.distanceKm(SHAPES.shape(c.id()), c.lat(), c.lon());
            if (d > 0) off.put(c.id(), Math.round(d * 10) / 10.0);
            assertTrue(d <= 5, c.id() + " seat is " + d + " km outside its polygon");
        }
        System.out.println("seats outside their polygon (km): " + off);
    }

    @Test
    void areasArePlausible() {
        Map<String, Double> byPrefecture = new TreeMap<>();
        for (County c : GEO.counties()) {
            double a = CountyShapes.areaKm2(SHAPES.shape(c.id()));
            assertTrue(a > 50, c.id() + " area " + a + " km²");
            byPrefecture.merge(c.prefecture(), a, Double::sum);
        }
        System.out.println("area by prefecture (km²): " + byPrefecture);
        // Hotan prefecture: 248,000 km² in the official figures (which include the claimed south-east)
        double hotan = byPrefecture.get("Hotan");
        assertTrue(Math.abs(hotan / 248_000 - 1) < 0.20, "Hotan prefecture " + hotan + " km²");
        // the four prefectures together: about 560,000 km² (Kashgar 112k, Hotan 248k, Aksu 128k, Kizilsu 71k);
        // a scale or projection error would miss this by far more than 20 %
        double four = byPrefecture.entrySet().stream().filter(e -> !e.getKey().equals("XPCC"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertTrue(Math.abs(four / 560_000 - 1) < 0.20, "four prefectures " + four + " km²");
    }

    @Test
    void noTwoShapesOverlap() {
        // the XPCC cities are cut out of the counties around them, so areas may be added up
        List<County> units = GEO.counties();
        for (int i = 0; i < units.size(); i++) {
            Geometry a = SHAPES.shape(units.get(i).id());
            for (int j = i + 1; j < units.size(); j++) {
                Geometry b = SHAPES.shape(units.get(j).id());
                if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) continue;
                double overlap = CountyShapes.areaKm2(a.intersection(b));
                assertTrue(overlap < 1, units.get(i).id() + " and " + units.get(j).id() + " overlap by " + overlap + " km²");
            }
        }
    }

    @Test
    void neighboursTouchAndDistantCountiesDoNot() {
        Geometry kashgar = SHAPES.shape("kashgar_city"), shufu = SHAPES.shape("shufu"), minfeng = SHAPES.shape("minfeng");
        assertTrue(kashgar.distance(shufu) < 0.01, "Kashgar city borders Shufu");
        assertTrue(kashgar.distance(minfeng) > 5, "Kashgar city is far from Minfeng");
    }

    @Test
    void aBadFileIsOneLineNamingFileAndFeature(@TempDir Path dir) throws Exception {
        String good = DataTable.readResource(CountyShapes.RESOURCE, "counties.geojson");
        // a bow-tie ring instead of Luopu's shape
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[80,37],[81,38],[81,37],[80,38],[80,37]]]}";
        int at = good.indexOf("\"id\":\"luopu\"");
        int g0 = good.indexOf("\"geometry\":", at) + "\"geometry\":".length();
        int g1 = good.indexOf("}}", g0) + 1;
        String bad = good.substring(0, g0) + bowtie + good.substring(g1);
        GeoDataException e = assertThrows(GeoDataException.class, () -> load(dir, bad));
        assertTrue(e.getMessage().matches("bad\\.geojson: feature \\d+ \\(luopu\\): geometry is not valid: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        String unknown = good.replace("\"id\":\"luopu\"", "\"id\":\"lopnur\"");
        e = assertThrows(GeoDataException.class, () -> load(dir, unknown));
        assertTrue(e.getMessage().startsWith("bad.geojson: feature 17 (lopnur): id is not a county"), e.getMessage());

        String missing = good.replace("\"id\":\"luopu\"", "\"id\":\"moyu\"");
        e = assertThrows(GeoDataException.class, () -> load(dir, missing));
        assertTrue(e.getMessage().startsWith("bad.geojson: feature 17 (moyu): a second feature"), e.getMessage());

        e = assertThrows(GeoDataException.class, () -> load(dir, good.substring(0, good.length() / 2)));
        assertTrue(e.getMessage().startsWith("bad.geojson: not valid JSON"), e.getMessage());

        e = assertThrows(GeoDataException.class, () -> load(dir, "{\"type\":\"FeatureCollection\",\"features\":[]}"));
        assertEquals("bad.geojson: no feature for kashgar_city (喀什市)", e.getMessage());
    }

    private static CountyShapes load(Path dir, String text) throws Exception {
        Path f = dir.resolve("bad.geojson");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CountyShapes.load(f, GEO);
    }
}
