package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.geo.GeoDataException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** calibration/prefectures.csv, read by header name with Commons CSV. */
class PrefectureProfileTest {

    private static final String HEADER = String.join(",", PrefectureProfile.COLUMNS);

    @Test
    void theShippedProfilesAreRead() {
        Map<String, PrefectureProfile> m = PrefectureProfile.loadDefault();
        assertEquals(List.of("Kashgar", "Hotan", "Aksu", "Kizilsu", "XPCC"), List.copyOf(m.keySet()));
        PrefectureProfile hotan = m.get("Hotan");
        assertEquals(1.13, hotan.landPerCapita());
        assertEquals(6507, hotan.ruralIncome2015());
        assertEquals(0.412, hotan.poorShare2015());
        assertEquals(0.4, hotan.rawMaterialBase());
        assertEquals(1077, hotan.poorVillages2015());
        assertTrue(hotan.source().startsWith("land 003 part 4"), hotan.source());
    }

    @Test
    void aQuotedSourceMayHoldCommasAndTheFileMayHaveABomAndCrlf() {
        String text = "\uFEFF" + HEADER + "\r\nHotan,1.13,6507,0.412,0.4,1077,\"land, income and poor share: 003\"\r\n";
        PrefectureProfile p = PrefectureProfile.parse("prefectures.csv", text).get("Hotan");
        assertEquals("land, income and poor share: 003", p.source());
        assertEquals(0.4, p.rawMaterialBase());
    }

    @Test
    void aMissingColumnNamesFileAndLine() {
        String text = HEADER.replace(",raw_material_base", "") + "\nHotan,1.13,6507,0.412,1077,land\n";
        GeoDataException e = assertThrows(GeoDataException.class, () -> PrefectureProfile.parse("prefectures.csv", text));
        assertEquals("prefectures.csv", e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().endsWith("missing column [raw_material_base]"), e.getMessage());
    }

    @Test
    void aBadCellNamesFileLineAndColumn() {
        String text = HEADER + "\nKashgar,3.1,7007,0.324,0.6,1222,x\nHotan,1.13,6507,41.2,0.4,1077,y\n";
        GeoDataException e = assertThrows(GeoDataException.class, () -> PrefectureProfile.parse("prefectures.csv", text));
        assertEquals("prefectures.csv line 3, column poor_share_2015: 41.2 is outside [0, 1]", e.getMessage());
    }
}
