package org.sxbelt.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeltGeographyTest {

    private static final BeltGeography GEO = BeltGeography.loadDefault();

    private static final Set<String> KASHGAR = Set.of("kashgar_city", "shufu", "shule", "yengisar", "zepu",
            "shache", "yecheng", "makit", "yopurga", "jiashi", "bachu", "tashkurgan");
    private static final Set<String> HOTAN = Set.of("hotan_city", "hotan_county", "moyu", "pishan", "luopu",
            "cele", "yutian", "minfeng");
    private static final Set<String> AKSU = Set.of("aksu_city", "kuqa", "wensu", "shaya", "xinhe", "baicheng",
            "wushi", "awati", "keping");
    private static final Set<String> KIZILSU = Set.of("artux", "akto", "akqi", "wuqia");
    private static final Set<String> XPCC = Set.of("aral", "tumxuk", "kunyu");

    /** 2018 prefecture populations from the project's calibration table. */
    private static final Map<String, Double> POP_2018 =
            Map.of("Hotan", 2.53e6, "Aksu", 2.56e6, "Kashgar", 4.63e6, "Kizilsu", 0.62e6);

    @Test
    void allUnitsOfTheFourPrefecturesAndThreeXpccCitiesArePresent() {
        assertEquals(KASHGAR, idsIn("Kashgar"));
        assertEquals(HOTAN, idsIn("Hotan"));
        assertEquals(AKSU, idsIn("Aksu"));
        assertEquals(KIZILSU, idsIn("Kizilsu"));
        assertEquals(XPCC, idsIn("XPCC"));
        assertEquals(36, GEO.counties().size());
        assertEquals(List.of("Kashgar", "Hotan", "Aksu", "Kizilsu", "XPCC"), GEO.prefectures());
        assertTrue(GEO.counties().stream().noneMatch(County::isGateway));
        assertTrue(GEO.countiesIn("XPCC").stream().allMatch(County::isXpcc));
    }

    @Test
    void perPrefectureCountyCounts() {
        assertEquals(12, GEO.countiesIn("Kashgar").size());
        assertEquals(8, GEO.countiesIn("Hotan").size());
        assertEquals(9, GEO.countiesIn("Aksu").size());
        assertEquals(4, GEO.countiesIn("Kizilsu").size());
        assertEquals(3, GEO.countiesIn("XPCC").size());
    }

    @Test
    void gatewaysComeLastSoCountyIndexEqualsListPosition() {
        List<County> all = GEO.allUnits();
        assertEquals(38, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).index());
        }
        for (int i = 0; i < GEO.counties().size(); i++) {
            assertEquals(i, GEO.counties().get(i).index());
        }
        County urumqi = GEO.byId("urumqi");
        County korla = GEO.byId("korla");
        assertTrue(urumqi.isGateway() && korla.isGateway());
        assertEquals("External", urumqi.prefecture());
        assertEquals(0, urumqi.population());
        assertEquals(0, korla.villages());
        assertThrows(IllegalArgumentException.class, () -> GEO.byId("nowhere"));
    }

    @Test
    void prefecturePopulationsAreWithin15PercentOf2018Figures() {
        for (Map.Entry<String, Double> e : POP_2018.entrySet()) {
            long total = GEO.countiesIn(e.getKey()).stream().mapToLong(County::population).sum();
            double rel = Math.abs(total - e.getValue()) / e.getValue();
            assertTrue(rel <= 0.15, e.getKey() + " population " + total + " is " + Math.round(rel * 100)
                    + "% away from " + e.getValue());
        }
        long belt = GEO.counties().stream().filter(c -> !c.isXpcc()).mapToLong(County::population).sum();
        assertTrue(belt > 9_000_000 && belt < 11_500_000, "belt population " + belt);
    }

    @Test
    void beltVillageTotalIsWithin10PercentOfCalibration() {
        int villages = GEO.counties().stream().filter(c -> !c.isXpcc()).mapToInt(County::villages).sum();
        assertTrue(Math.abs(villages - 5061) <= 506, "belt villages " + villages);
        // XPCC cities count regiments, as stated in the README.
        assertEquals(16, GEO.byId("aral").villages());
        assertEquals(18, GEO.byId("tumxuk").villages());
        assertEquals(4, GEO.byId("kunyu").villages());
    }

    @Test
    void everyUnitHasPlausibleAttributes() {
        for (County c : GEO.counties()) {
            assertTrue(BeltGeography.COUNTERPART_PROVINCES.contains(c.counterpartProvince()), c.id());
            assertTrue(c.population() > 10_000, c.id());
            assertTrue(c.villages() > 0, c.id());
            assertTrue(c.urbanShare() > 0 && c.urbanShare() < 1, c.id());
            assertTrue(c.lat() > 35 && c.lat() < 43 && c.lon() > 74 && c.lon() < 84, c.id());
            assertFalse(c.popSource().isBlank(), c.id());
        }
        // Cities are more urban than counties on average.
        double cities = GEO.counties().stream().filter(c -> c.kind().equals("city"))
                .mapToDouble(County::urbanShare).average().orElseThrow();
        double counties = GEO.counties().stream().filter(c -> c.kind().equals("county"))
                .mapToDouble(County::urbanShare).average().orElseThrow();
        assertTrue(cities > counties);
    }

    @Test
    void knownCounterpartPairings() {
        assertEquals("Beijing", GEO.byId("luopu").counterpartProvince());
        assertEquals("Beijing", GEO.byId("kunyu").counterpartProvince());
        assertEquals("Tianjin", GEO.byId("cele").counterpartProvince());
        assertEquals("Anhui", GEO.byId("pishan").counterpartProvince());
        assertEquals("Shanghai", GEO.byId("shache").counterpartProvince());
        assertEquals("Shandong", GEO.byId("yopurga").counterpartProvince());
        assertEquals("Guangdong", GEO.byId("tumxuk").counterpartProvince());
        assertEquals("Shenzhen", GEO.byId("tashkurgan").counterpartProvince());
        assertEquals("Jiangxi", GEO.byId("akto").counterpartProvince());
        assertEquals("Jiangsu", GEO.byId("artux").counterpartProvince());
        assertTrue(GEO.countiesIn("Aksu").stream().allMatch(c -> c.counterpartProvince().equals("Zhejiang")));
        assertEquals("Zhejiang", GEO.byId("aral").counterpartProvince());
    }

    @Test
    void loadFromFilesGivesTheSameDataAsTheClasspath(@TempDir Path dir) throws IOException {
        assertSameAsTheClasspath(dir, resource("/geo/counties.csv"), resource("/geo/roads.csv"));
    }

    // ---------------------------------------------------------------- malformed input

    @Test
    void latitudeOutOfRangeNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        String text = luopuAtLatitude912("");
        int line = lineOf(text, "luopu,");
        GeoDataException e = loadExpectingError(dir, text, resource("/geo/roads.csv"));
        assertEquals("counties.csv line " + line + ", column lat: 91.2 is outside [30, 45]", e.getMessage());
        assertEquals(line, e.line());
        assertEquals("lat", e.column());
    }

    @Test
    void nonNumericPopulationIsReported(@TempDir Path dir) throws IOException {
        String text = resource("/geo/counties.csv").replace(",286900,", ",28690O,");
        GeoDataException e = loadExpectingError(dir, text, resource("/geo/roads.csv"));
        assertTrue(e.getMessage().startsWith("counties.csv line " + lineOf(text, "luopu,") + ", column population:"),
                e.getMessage());
    }

    @Test
    void unknownPrefectureAndCounterpartAreReported(@TempDir Path dir) throws IOException {
        String bad = resource("/geo/counties.csv").replace(",Kizilsu,county,", ",Kyzylsu,county,");
        GeoDataException e = loadExpectingError(dir, bad, resource("/geo/roads.csv"));
        assertEquals("prefecture", e.column());
        assertTrue(e.getMessage().contains("'Kyzylsu'"), e.getMessage());

        String bad2 = resource("/geo/counties.csv").replace(",Anhui\n", ",Hubei\n");
        GeoDataException e2 = loadExpectingError(dir, bad2, resource("/geo/roads.csv"));
        assertEquals("counterpart_province", e2.column());
        assertEquals(lineOf(bad2, "pishan,"), e2.line());
    }

    @Test
    void wrongColumnCountAndHeaderAreReported(@TempDir Path dir) throws IOException {
        String text = resource("/geo/counties.csv").replace("(Wikipedia zh)", "(Wikipedia, zh)");
        GeoDataException e = loadExpectingError(dir, text, resource("/geo/roads.csv"));
        assertEquals(lineOf(text, "aral,"), e.line());
        assertTrue(e.getMessage().contains("expected 13 columns but found 14"), e.getMessage());

        String header = resource("/geo/counties.csv").replaceFirst("id,name_zh", "id,name");
        GeoDataException e2 = loadExpectingError(dir, header, resource("/geo/roads.csv"));
        assertEquals(1, e2.line());
        assertTrue(e2.getMessage().startsWith("counties.csv line 1: header must be"), e2.getMessage());
    }

    @Test
    void duplicateIdIsReported(@TempDir Path dir) throws IOException {
        String text = resource("/geo/counties.csv").replaceFirst("(?m)^shule,", "shufu,");
        GeoDataException e = loadExpectingError(dir, text, resource("/geo/roads.csv"));
        assertEquals("id", e.column());
        assertTrue(e.getMessage().contains("duplicate id 'shufu'"), e.getMessage());
    }

    @Test
    void roadErrorsNameRoadsFileLineAndColumn(@TempDir Path dir) throws IOException {
        String counties = resource("/geo/counties.csv");
        String unknown = resource("/geo/roads.csv").replace("\nshule,akto,", "\nshule,atko,");
        GeoDataException e = loadExpectingError(dir, counties, unknown);
        assertEquals("roads.csv", e.file());
        assertEquals("to", e.column());
        assertEquals(lineOf(unknown, "shule,atko,"), e.line());
        assertTrue(e.getMessage().contains("unknown unit id 'atko'"), e.getMessage());

        String zero = resource("/geo/roads.csv").replaceFirst("(?m)^(shule,akto,local,)[0-9.]+,", "$10,");
        GeoDataException e2 = loadExpectingError(dir, counties, zero);
        assertEquals("km", e2.column());
        assertEquals("roads.csv line " + lineOf(zero, "shule,akto,") + ", column km: 0 must be greater than 0",
                e2.getMessage());
    }

    @Test
    void disconnectedGraphIsReported(@TempDir Path dir) throws IOException {
        // Wuqia hangs on a single road; without it the unit is unreachable.
        String roads = resource("/geo/roads.csv").lines()
                .filter(l -> !l.startsWith("artux,wuqia,"))
                .collect(Collectors.joining("\n", "", "\n"));
        GeoDataException e = loadExpectingError(dir, resource("/geo/counties.csv"), roads);
        assertEquals("roads.csv", e.file());
        assertTrue(e.getMessage().startsWith("roads.csv: road graph is not connected"), e.getMessage());
        assertTrue(e.getMessage().contains("wuqia"), e.getMessage());
    }

    // ---------------------------------------------------------------- CSV form (Commons CSV)

    @Test
    void aQuotedFieldMayHoldACommaAndQuotes(@TempDir Path dir) throws IOException {
        String counties = resource("/geo/counties.csv");
        String aral = counties.lines().filter(l -> l.startsWith("aral,")).findFirst().orElseThrow();
        List<String> cells = new java.util.ArrayList<>(List.of(aral.split(",", -1)));
        int popSource = List.of(BeltGeography.COUNTIES_HEADER.split(",")).indexOf("pop_source");
        String source = cells.get(popSource) + ", checked \"twice\"";
        cells.set(popSource, "\"" + source.replace("\"", "\"\"") + "\"");
        Path c = write(dir, "counties.csv", counties.replace(aral, String.join(",", cells)));
        Path r = write(dir, "roads.csv", resource("/geo/roads.csv"));
        BeltGeography geo = BeltGeography.load(c, r);
        assertEquals(source, geo.byId("aral").popSource());
        assertEquals(GEO.byId("aral").villages(), geo.byId("aral").villages(), "the cells after it stay in place");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead(@TempDir Path dir) throws IOException {
        assertSameAsTheClasspath(dir, "\uFEFF" + resource("/geo/counties.csv").replace("\n", "\r\n"),
                "\uFEFF" + resource("/geo/roads.csv").replace("\n", "\r\n"));
    }

    @Test
    void lineNumbersCountCrlfAndBlankLines(@TempDir Path dir) throws IOException {
        // blank lines straight before the bad row: Commons CSV counts a record from the blank lines it skips
        String text = luopuAtLatitude912("\n\n");
        int line = lineOf(text, "luopu,");
        GeoDataException e = loadExpectingError(dir, "\uFEFF" + text.replace("\n", "\r\n"),
                resource("/geo/roads.csv"));
        assertEquals("counties.csv line " + line + ", column lat: 91.2 is outside [30, 45]", e.getMessage());
    }

    @Test
    void columnsAreFoundByHeaderNameInAnyOrder(@TempDir Path dir) throws IOException {
        // roads.csv with its first and last columns swapped
        String roads = resource("/geo/roads.csv").lines().map(l -> {
            String[] c = l.split(",", -1);
            String first = c[0];
            c[0] = c[c.length - 1];
            c[c.length - 1] = first;
            return String.join(",", c);
        }).collect(Collectors.joining("\n", "", "\n"));
        assertSameAsTheClasspath(dir, resource("/geo/counties.csv"), roads);
    }

    @Test
    void aMissingColumnNamesFileAndHeaderLine(@TempDir Path dir) throws IOException {
        int villages = List.of(BeltGeography.COUNTIES_HEADER.split(",")).indexOf("villages");
        String text = "\n" + resource("/geo/counties.csv").lines().map(l -> {
            List<String> c = new java.util.ArrayList<>(List.of(l.split(",", -1)));
            c.remove(villages);
            return String.join(",", c);
        }).collect(Collectors.joining("\n", "", "\n"));
        GeoDataException e = loadExpectingError(dir, text, resource("/geo/roads.csv"));
        assertEquals("counties.csv", e.file());
        assertEquals(2, e.line(), "the header is on line 2, after a blank line");
        assertTrue(e.getMessage().startsWith("counties.csv line 2: header must be '" + BeltGeography.COUNTIES_HEADER
                + "' (in any order)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; missing column [villages]"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteNamesItsLine(@TempDir Path dir) throws IOException {
        String text = resource("/geo/roads.csv").replace("\nshule,akto,", "\nshule,\"akto,");
        GeoDataException e = loadExpectingError(dir, resource("/geo/counties.csv"), text);
        assertEquals("roads.csv", e.file());
        assertEquals(lineOf(text, "shule,\"akto,"), e.line(), e.getMessage());
    }

    // ---------------------------------------------------------------- helpers

    private static void assertSameAsTheClasspath(Path dir, String counties, String roads) throws IOException {
        BeltGeography fromFiles = BeltGeography.load(write(dir, "counties.csv", counties), write(dir, "roads.csv", roads));
        assertEquals(GEO.allUnits(), fromFiles.allUnits());
        assertEquals(GEO.roads().roads(), fromFiles.roads().roads());
    }

    /** counties.csv with luopu's latitude 91.2, its row preceded by {@code before}. */
    private static String luopuAtLatitude912(String before) throws IOException {
        return resource("/geo/counties.csv").replaceFirst("(?m)^(luopu,[^,]*,[^,]*,[^,]*,[^,]*,)37\\.0740,",
                before + "$191.2,");
    }

    private static Set<String> idsIn(String prefecture) {
        return GEO.countiesIn(prefecture).stream().map(County::id).collect(Collectors.toSet());
    }

    private static GeoDataException loadExpectingError(Path dir, String counties, String roads) throws IOException {
        Path c = write(dir, "counties.csv", counties);
        Path r = write(dir, "roads.csv", roads);
        return assertThrows(GeoDataException.class, () -> BeltGeography.load(c, r));
    }

    private static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = BeltGeographyTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
