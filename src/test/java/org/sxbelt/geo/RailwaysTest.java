package org.sxbelt.geo;

import org.junit.jupiter.api.Test;
import org.sxbelt.params.SimMonthFormat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** geo/railways.csv: three lines through the belt's county seats, with their opening months. */
class RailwaysTest {

    @Test
    void theThreeLinesRunThroughTheCountySeatsInOrder() {
        Map<String, Railways.Line> lines = Railways.loadDefault().lines().stream()
                .collect(Collectors.toMap(Railways.Line::id, l -> l));
        assertEquals(List.of("southern_xinjiang", "kashgar_hotan", "hotan_ruoqiang"),
                Railways.loadDefault().lines().stream().map(Railways.Line::id).toList());
        assertEquals(List.of("korla", "kuqa", "aksu_city", "bachu", "jiashi", "artux", "kashgar_city"), places(lines.get("southern_xinjiang")));
        assertEquals("kashgar_city", places(lines.get("kashgar_hotan")).get(0));
        assertEquals("hotan_city", places(lines.get("kashgar_hotan")).get(places(lines.get("kashgar_hotan")).size() - 1));
        assertEquals("hotan_city", places(lines.get("hotan_ruoqiang")).get(0));
        assertEquals(SimMonthFormat.parse("2022-06"), lines.get("hotan_ruoqiang").openedMonth());
        assertEquals(SimMonthFormat.parse("2011-06"), lines.get("kashgar_hotan").openedMonth());
        County kuqa = BeltGeography.loadDefault().byId("kuqa");
        Railways.Station st = lines.get("southern_xinjiang").stations().get(1);
        assertEquals(kuqa.lat(), st.lat());
        assertEquals(kuqa.lon(), st.lon());
    }

    private static List<String> places(Railways.Line l) { return l.stations().stream().map(Railways.Station::place).toList(); }

    @Test
    void aBadRowIsNamedInOneLine() {
        BeltGeography geo = BeltGeography.loadDefault();
        String head = "line,order,place,lat,lon,opened\n";
        GeoDataException e = assertThrows(GeoDataException.class,
                () -> Railways.read("r.csv", head + "a,1,korla,,,1999-12\na,2,atlantis,,,1999-12\n", geo));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals(true, e.getMessage().contains("r.csv") && e.getMessage().contains("atlantis"), e.getMessage());
        assertThrows(GeoDataException.class, () -> Railways.read("r.csv", head + "a,1,korla,,,1999-13\na,2,kuqa,,,1999-12\n", geo));
        assertThrows(GeoDataException.class, () -> Railways.read("r.csv", head + "a,1,korla,,,1999-12\na,3,kuqa,,,1999-12\n", geo));
        assertThrows(GeoDataException.class, () -> Railways.read("r.csv", head + "a,1,korla,,,1999-12\n", geo));
    }
}
