package org.sxbelt.model;

import org.sxbelt.geo.DataTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sources say about each prefecture's rural economy in 2015: land per person, mean rural
 * income and the share registered poor (the synthetic population is drawn to match these), how
 * much of the raw material of processing industries (cotton, fruit, nuts) is grown there, 0..1, and how
 * many of its villages were key poor villages in 2015.
 */
public record PrefectureProfile(String prefecture, double landPerCapita, double ruralIncome2015,
                                double poorShare2015, double rawMaterialBase, int poorVillages2015, String source) {

    /**
     * The poverty line the registered-poor shares of the sources count against: the national line of
     * 2015, 2,300 yuan at 2010 prices = 2,855 yuan (003 part 4 §2). The incomes are fitted to it whatever
     * {@code poverty.line} a scenario sets, so that another line changes who counts as poor, not the
     * incomes the sources report (ODD 5.5).
     */
    public static final double SOURCE_POVERTY_LINE = 2855;

    private static final String RESOURCE = "/calibration/prefectures.csv";
    static final List<String> COLUMNS = List.of("prefecture", "land_per_capita_mu", "rural_income_2015",
            "poor_share_2015", "raw_material_base", "poor_villages_2015", "source");

    /** The profiles of {@value #RESOURCE}, in file order; a bad cell is a GeoDataException naming it. */
    public static Map<String, PrefectureProfile> loadDefault() {
        return parse("prefectures.csv", DataTable.readResource(RESOURCE, "prefectures.csv"));
    }

    static Map<String, PrefectureProfile> parse(String file, String text) {
        Map<String, PrefectureProfile> m = new LinkedHashMap<>();
        for (DataTable.Row r : DataTable.read(file, text, COLUMNS)) {
            String name = r.nonEmpty("prefecture");
            if (m.containsKey(name)) throw r.error("prefecture", "duplicate prefecture '" + name + "'");
            // Generous bounds: they catch a shifted or mistyped cell, not an unusual but real figure.
            m.put(name, new PrefectureProfile(name, r.decimal("land_per_capita_mu", 0, 1000),
                    r.decimal("rural_income_2015", 0, 1_000_000), r.decimal("poor_share_2015", 0, 1),
                    r.decimal("raw_material_base", 0, 1), (int) r.decimal("poor_villages_2015", 0, 100_000), r.raw("source")));
        }
        return m;
    }
}
