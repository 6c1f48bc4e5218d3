package org.sxbelt.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PopulationPathTest {

    private final BeltGeography geo = BeltGeography.loadDefault();
    private final PopulationPath path = PopulationPath.loadDefault();

    private long population2015(String prefecture) {
        long sum = 0;
        for (County c : geo.counties()) if (c.prefecture().equals(prefecture)) sum += path.population2015(c);
        return sum;
    }

    @Test
    void theFourPrefecturesHoldTheSources2015Total() {
        long four = population2015("Kashgar") + population2015("Hotan") + population2015("Aksu") + population2015("Kizilsu");
        assertEquals(9_950_000, four, 50, "four prefectures 2015 (003 ~1290)");
    }

    @Test
    void prefecturesAreInThe2018ProportionsAndCountiesInTheCensusOnes() {
        // 4.63 : 2.53 : 2.56 : 0.62 M in 2018 (003 part 4 §4.3)
        assertEquals(4.63 / 2.53, (double) population2015("Kashgar") / population2015("Hotan"), 1e-3);
        assertEquals(2.56 / 0.62, (double) population2015("Aksu") / population2015("Kizilsu"), 1e-3);
        County kashgar = geo.byId("kashgar_city"), shufu = geo.byId("shufu");
        assertEquals((double) kashgar.population() / shufu.population(),
                (double) path.population2015(kashgar) / path.population2015(shufu), 1e-4);
    }

    @Test
    void everyPrefectureGrowsFrom2015() {
        for (String p : new String[] {"Kashgar", "Hotan", "Aksu", "Kizilsu", "XPCC"}) {
            assertTrue(path.factor(p) > 0.85 && path.factor(p) < 1, p + ": " + path.factor(p));
        }
    }
}
