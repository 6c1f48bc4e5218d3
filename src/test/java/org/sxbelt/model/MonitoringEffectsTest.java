package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 item 3: the dynamic monitoring (ODD 7.7.4) lowers returns to poverty after 2020. The baseline
 * (detection 0.5 a quarter, a lag of 3 months, from 2020) against the baseline with monitoring off
 * ({@code monitoring.detection} 0), paired by seed at 1:200 on seeds 1-12, on the returns of 2021-2030.
 * Nothing names an indicator: identified households get medical assistance and help projects that can
 * fail, and fewer of them fall back.
 *
 * <p>Power: since the minimum-living guarantee of households without a wage earner is kept after 2027
 * (ODD 7.8.10), the effect is a few per cent of the returns, about one seed's noise at 1:200 (seeds 1-3
 * on 2026-12-03: lower in 2 of 3 by about 2 %; with the whole guarantee withdrawn in 2027 it had been
 * 5-7 % in every seed). So it is tested as a mean effect over twelve seeds ({@link PairedEffect}).
 */
class MonitoringEffectsTest {

    private static final int SEEDS = 12;
    private static final int MONTHS = 192;
    private static final TestRuns.BeltSeries[] ON = new TestRuns.BeltSeries[SEEDS];
    private static final TestRuns.BeltSeries[] OFF = new TestRuns.BeltSeries[SEEDS];

    @BeforeAll
    static void run() {
        for (int i = 0; i < SEEDS; i++) {
            ON[i] = series(i + 1, "0.5");
            OFF[i] = series(i + 1, "0");
        }
    }

    private static TestRuns.BeltSeries series(long seed, String detection) {
        return TestRuns.scenarioSeries("baseline", seed, TestRuns.pairs("run.scale", "200", "run.months",
                String.valueOf(MONTHS), "monitoring.detection", detection));
    }

    /** Sum of the monthly indicator over 2021-01 .. 2030-12. */
    private static double sum2021to2030(TestRuns.BeltSeries s, String indicator) {
        double total = 0;
        for (int t = 72; t < MONTHS; t++) total += s.get(t, indicator);
        return total;
    }

    @Test
    void monitoringLowersReturnsToPovertyAfter2020() {
        double[] on = new double[SEEDS], off = new double[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            on[i] = sum2021to2030(ON[i], "returns_to_poverty");
            off[i] = sum2021to2030(OFF[i], "returns_to_poverty");
        }
        PairedEffect.assertLower("returns_to_poverty 2021-2030 at 1:200, monitoring on/off", on, off);
    }

    /** Identification lags and misses: fewer households are monitored than qualify; none without monitoring. */
    @Test
    void monitoredHouseholdsAreFewerThanThoseQualifying() {
        for (int i = 0; i < SEEDS; i++) {
            for (int t = 72; t < MONTHS; t += 12) {
                double monitored = ON[i].get(t, "at_risk_households"), qualifying = ON[i].get(t, "risk_qualifying_households");
                assertTrue(monitored > 0 && monitored < qualifying, "seed " + (i + 1) + " month " + t + ": " + monitored + " of " + qualifying);
                assertEquals(0, OFF[i].get(t, "at_risk_households"), "monitoring off, seed " + (i + 1));
            }
        }
    }
}
