package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every indicator a run writes has a title and a unit for people, in English and in Chinese. */
class IndicatorLabelsTest {

    @Test
    void everyIndicatorOfARunHasATitleAndAUnitInBothLanguages(@TempDir Path tmp) throws IOException {
        assertEquals(0, Main.execute("run", "--scale", "1000", "--months", "13", "--out", tmp.toString(), "--quiet"));
        Set<String> names = new TreeSet<>();
        for (Indicator i : Indicator.all()) names.add(i.name());
        try (var lines = Files.lines(tmp.resolve("baseline-seed1/indicators.csv"))) {
            lines.skip(1).forEach(l -> names.add(l.split(",")[3]));
        }
        assertTrue(names.size() > 150, names.size() + " names");
        List<String> missing = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            IndicatorLabels l = IndicatorLabels.of(lang);
            for (String n : names) {
                if (!l.knows(n) || l.unit(n).isEmpty() || l.title(n).contains("null")) missing.add(lang + ": " + n);
            }
        }
        assertTrue(missing.isEmpty(), "indicators without a title or unit: " + missing);
    }

    @Test
    void titlesAreHumanAndChineseIsChinese() {
        IndicatorLabels en = IndicatorLabels.of("en"), zh = IndicatorLabels.of("zh");
        assertEquals("Poverty rate (share)", en.axis("poverty_rate"));
        assertEquals("Employment: town park", en.title("employment_park"));
        assertEquals("Public spending: training", en.title("spend_training"));
        assertEquals("Firms: garments", en.title("firms_garments"));
        assertEquals("贫困发生率", zh.title("poverty_rate"));
        assertEquals("服装企业", zh.title("firms_garments"));
        assertTrue(zh.axis("public_spending_cumulative").contains("元"));
        assertNotEquals(en.title("wage_mean_park"), zh.title("wage_mean_park"));
        assertEquals("no_such_thing", en.title("no_such_thing"));
        assertEquals("", en.unit("no_such_thing"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorLabels.of("fr"));
    }
}
