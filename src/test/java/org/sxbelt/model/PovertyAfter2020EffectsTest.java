package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 item 5, first part: the post-2020 indicators (ODD 8.4) tell policies apart. The baseline,
 * no-counterpart-aid and cotton-sanctions run to 2030 on the same seeds at 1:200 and are compared
 * seed by seed on the yearly means of 2025 and 2030. Nothing in the scenarios names an indicator:
 * without aid fewer local jobs, and under sanctions lower cotton prices, leave more exited households
 * near the line and a deeper gap.
 */
class PovertyAfter2020EffectsTest {

    private static final int SEEDS = 3;
    private static final int MONTHS = 192;
    /** 2025 and 2030, years counted from 2015. */
    private static final int[] YEARS = {10, 15};

    private static final TestRuns.BeltSeries[] BASE = new TestRuns.BeltSeries[SEEDS];
    private static final TestRuns.BeltSeries[] NO_AID = new TestRuns.BeltSeries[SEEDS];
    private static final TestRuns.BeltSeries[] COTTON = new TestRuns.BeltSeries[SEEDS];

    @BeforeAll
    static void run() {
        for (int i = 0; i < SEEDS; i++) {
            BASE[i] = series("baseline", i + 1);
            NO_AID[i] = series("no-counterpart-aid", i + 1);
            COTTON[i] = series("cotton-sanctions", i + 1);
        }
    }

    private static TestRuns.BeltSeries series(String scenario, long seed) {
        return TestRuns.scenarioSeries(scenario, seed, TestRuns.pairs("run.scale", "200", "run.months", String.valueOf(MONTHS)));
    }

    private static double year(TestRuns.BeltSeries s, String indicator, int y) { return s.mean(indicator, 12 * y, 12 * y + 12); }

    /** In every seed and in both years, the scenario's yearly mean of {@code indicator} is above the baseline's. */
    private static void higherThanBaseline(TestRuns.BeltSeries[] scenario, String name, String indicator) {
        StringBuilder why = new StringBuilder(indicator + ", " + name + " vs baseline by seed:");
        boolean all = true;
        for (int y : YEARS) {
            for (int i = 0; i < SEEDS; i++) {
                double a = year(scenario[i], indicator, y), b = year(BASE[i], indicator, y);
                why.append(String.format(" %d/%d %.4g/%.4g", 2015 + y, i + 1, a, b));
                all &= a > b;
            }
        }
        System.out.println(why);
        assertTrue(all, why.toString());
    }

    @Test
    void withoutCounterpartAidMoreExitedHouseholdsAreAtRisk() {
        higherThanBaseline(NO_AID, "no-counterpart-aid", "at_risk_households");
    }

    @Test
    void underCottonSanctionsRelativePovertyIsHigher() {
        higherThanBaseline(COTTON, "cotton-sanctions", "relative_poverty_rate");
    }

    @Test
    void withoutCounterpartAidThePovertyGapIsDeeper() {
        higherThanBaseline(NO_AID, "no-counterpart-aid", "poverty_gap_index");
    }

    /**
     * Was disabled while the whole guarantee ended in 2027: then the monitored households of 2030 were few
     * (255,500 against 257,000 in seed 1). With the minimum-living guarantee kept for households without a
     * wage earner (ODD 7.8.10) all six pairs are higher (2026-12-03: 2025 428,300/400,500, 435,400/421,600,
     * 393,600/383,200; 2030 462,800/443,700, 507,400/497,200, 456,800/439,000), and in seeds 4-6 as well
     * (from the CLI).
     */
    @Test
    void underCottonSanctionsMoreExitedHouseholdsAreAtRisk() {
        higherThanBaseline(COTTON, "cotton-sanctions", "at_risk_households");
    }

    /**
     * Was disabled while the relative line was 40 % of the belt's own median, which fell with the bottom
     * without aid and lay below the absolute line (ODD 8.4). Against the national rural median it is higher
     * in all six pairs (2026-12-03: 2025 0.414/0.328, 0.412/0.343, 0.394/0.316; 2030 0.547/0.393,
     * 0.570/0.431, 0.549/0.392), and in seeds 4-6 as well (from the CLI); so is the rate under cotton
     * sanctions (2025 0.353/0.328, 0.354/0.343, 0.335/0.316; 2030 0.426/0.393, 0.447/0.431, 0.413/0.392).
     */
    @Test
    void withoutCounterpartAidRelativePovertyIsHigher() {
        higherThanBaseline(NO_AID, "no-counterpart-aid", "relative_poverty_rate");
    }
}
