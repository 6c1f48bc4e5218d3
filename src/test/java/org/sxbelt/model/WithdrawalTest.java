package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import org.sxbelt.params.SimMonthFormat;
import org.sxbelt.params.TimedEvent;
import org.sxbelt.scenario.ScenarioException;
import org.sxbelt.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * The withdrawal levers (ODD 7.8.10): the arithmetic of one group's phase-out, the baseline's
 * transition period 2021-2025 keeping the 2020 levels of the instruments the sources keep, and the
 * early withdrawal moving the household side against the baseline, paired by seed.
 */
class WithdrawalTest {

    private static int month(String yyyyMm) { return SimMonthFormat.parse(yyyyMm); }

    private static ParamValues posts(int year, int phaseOut, double kept) {
        return new ParamValues().set(ECO_POSTS, 18).set(POSTS_WITHDRAWAL_YEAR, year)
                .set(POSTS_PHASE_OUT, phaseOut).set(POSTS_KEPT, kept);
    }

    @Test
    void aPhaseOutFallsLinearlyFromTheStartToTheKeptShare() {
        ParamValues p = posts(2026, 60, 0);
        assertEquals(18, Withdrawal.level(p, ECO_POSTS, month("2025-12")), 1e-12, "full level before the start");
        assertEquals(18 * 59 / 60.0, Withdrawal.level(p, ECO_POSTS, month("2026-01")), 1e-12, "first step in the start month");
        assertEquals(9, Withdrawal.level(p, ECO_POSTS, month("2028-06")), 1e-12, "half way: 30 of 60 steps");
        assertEquals(0, Withdrawal.level(p, ECO_POSTS, month("2030-12")), 1e-12, "gone in the last of the 60 months");
        assertEquals(0, Withdrawal.level(p, ECO_POSTS, month("2035-01")), 1e-12, "and after");

        ParamValues q = posts(2026, 60, 0.25);
        assertEquals(18 * (1 - 0.75 * 30 / 60.0), Withdrawal.level(q, ECO_POSTS, month("2028-06")), 1e-12);
        assertEquals(18 * 0.25, Withdrawal.level(q, ECO_POSTS, month("2030-12")), 1e-12, "the kept share remains");

        for (int l : new int[] {0, 1}) {
            ParamValues r = posts(2021, l, 0);
            assertEquals(18, Withdrawal.level(r, ECO_POSTS, month("2020-12")), 1e-12);
            assertEquals(0, Withdrawal.level(r, ECO_POSTS, month("2021-01")), 1e-12, "phase-out " + l + " is at once");
        }
        assertEquals(18, Withdrawal.level(new ParamValues().set(ECO_POSTS, 18), ECO_POSTS, 599), 1e-12,
                "the schema default (2065) never withdraws within the longest run");
    }

    @Test
    void eachGroupHasItsOwnTimingAndEveryInstrumentOneGroup() {
        ParamValues p = new ParamValues().set(SOCIAL_FLOOR, 1).set(COUNTERPART_AID, 1.3)
                .set(GUARANTEE_WITHDRAWAL_YEAR, 2021).set(AID_WITHDRAWAL_YEAR, 2030);
        assertEquals(0, Withdrawal.level(p, SOCIAL_FLOOR, month("2021-01")));
        assertEquals(1.3, Withdrawal.level(p, COUNTERPART_AID, month("2029-12")));
        assertEquals(0, Withdrawal.level(p, COUNTERPART_AID, month("2030-01")));
        Set<Param> seen = new HashSet<>();
        for (Withdrawal w : Withdrawal.values()) {
            for (Param i : w.instruments()) {
                assertTrue(seen.add(i), i + " in two groups");
                assertEquals(w, Withdrawal.of(i));
            }
        }
        assertNull(Withdrawal.of(DIVIDEND), "dividends are in no group");
        assertThrows(IllegalArgumentException.class, () -> Withdrawal.level(p, DIVIDEND, 0));
    }

    @Test
    void theLoaderNamesTheLeverAndItsRange(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String[][] bad = {
                {"\"policy.postsWithdrawalYear\" = 2070", "policy.postsWithdrawalYear", "a whole number in [2015, 2065]"},
                {"\"policy.aidPhaseOutMonths\" = 2.5", "policy.aidPhaseOutMonths", "a whole number in [0, 600]"},
                {"\"policy.guaranteeKept\" = 1.5", "policy.guaranteeKept", "a number in [0, 1]"},
                {"\"policy.supportWithdrawalYear\" = \"2026\"", "policy.supportWithdrawalYear", "[2015, 2065]"}};
        for (String[] b : bad) {
            Path f = dir.resolve("bad.toml");
            Files.writeString(f, String.join("\n", "name = \"bad\"", "description = \"x\"", "[params]", b[0]) + "\n");
            String msg = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).getMessage();
            assertTrue(msg.contains("line 4") && msg.contains(b[1]) && msg.contains(b[2]), msg);
        }
    }

    /** The scenario's parameter values in force in each month of [0, months), events applied as the clock does. */
    private static ParamValues[] valuesByMonth(Scenario s, int months) {
        ParamValues p = s.params().copy();
        List<TimedEvent> events = s.events();
        ParamValues[] out = new ParamValues[months];
        int next = 0;
        for (int t = 0; t < months; t++) {
            while (next < events.size() && events.get(next).month() <= t) {
                TimedEvent e = events.get(next++);
                p.set(e.param(), e.value());
            }
            out[t] = p.copy();
        }
        return out;
    }

    private static double levelOf(ParamValues p, Param i, int t) {
        return Withdrawal.of(i) == null ? p.get(i) : Withdrawal.level(p, i, t);
    }

    @Test
    void theBaselineKeepsThe2020LevelsThroughTheTransitionPeriod() {
        ParamValues[] v = valuesByMonth(ScenarioLoader.loadDefault(), 16 * 12);
        int dec2020 = month("2020-12");
        List<Param> kept = List.of(SOCIAL_FLOOR, FLOOR_WORKING_POOR, TRANSFER_QUOTA, TRAINING_SEATS, WORKSHOPS_PER_MONTH,
                COUNTERPART_AID, DEEP_POVERTY_AID_SHARE, ECO_POSTS, MOBILISATION, DIVIDEND, ORCHARD_HOUSEHOLDS,
                FARM_TRAINING_HOUSEHOLDS, GREENHOUSES, COURTYARD_HOUSEHOLDS, HOTAN_PARK_FUND);
        for (Param i : kept) {
            double level2020 = levelOf(v[dec2020], i, dec2020);
            assertTrue(level2020 > 0, i + " is in force in 2020");
            for (int t = month("2021-01"); t <= month("2025-12"); t++) {
                assertEquals(level2020, levelOf(v[t], i, t), 1e-9, i + " in " + SimMonthFormat.format(t));
            }
        }
        assertEquals(0.38, v[dec2020].get(MICRO_CREDIT_RATE));
        assertEquals(0, v[month("2021-01")].get(MICRO_CREDIT_RATE), "micro-credit: the sources describe it for 2014-2020");

        int jan2026 = month("2026-01");
        for (Param i : List.of(TRANSFER_QUOTA, TRAINING_SEATS, WORKSHOPS_PER_MONTH, ECO_POSTS, COURTYARD_HOUSEHOLDS)) {
            assertEquals(0, levelOf(v[jan2026], i, jan2026), i + " withdrawn with the transition period's end");
        }
        assertEquals(1, levelOf(v[month("2026-12")], FLOOR_WORKING_POOR, month("2026-12")), "guarantee fund to 2026");
        assertEquals(0, levelOf(v[month("2027-01")], FLOOR_WORKING_POOR, month("2027-01")));
        assertEquals(1.3, levelOf(v[month("2030-12")], COUNTERPART_AID, month("2030-12")), 1e-12, "aid kept");
    }

    /**
     * Poverty returns in December 2021 (the first assessment after the guarantee stops) and the floor
     * spending of April-December 2021 (top-ups granted at the December 2020 review run to the first
     * quarterly review of 2021, ODD 7.7.4).
     */
    private static double[] returnsAndFloorSpending(String scenario, long seed) {
        TestRuns.BeltSeries series = TestRuns.scenarioSeries(scenario, seed, TestRuns.pairs("run.scale", "1000", "run.months", "84"));
        return new double[] {series.get(month("2021-12"), "returns_to_poverty"),
                9 * series.mean("spend_social_floor", month("2021-04"), month("2022-01"))};
    }

    @Test
    void anEarlyWithdrawalOfTheGuaranteeBringsReturnsToPoverty() {
        StringBuilder seen = new StringBuilder();
        boolean allMore = true;
        for (long seed = 1; seed <= 3; seed++) {
            double[] base = returnsAndFloorSpending("baseline", seed);
            double[] early = returnsAndFloorSpending("early-withdrawal", seed);
            seen.append(String.format(" seed %d: returns %.0f -> %.0f, floor spending Apr-Dec 2021 %.3g -> %.3g;",
                    seed, base[0], early[0], base[1], early[1]));
            allMore &= early[0] > base[0];
            assertEquals(0, early[1], "no top-up once the guarantee is withdrawn");
            assertTrue(base[1] > 0, "the baseline still tops up in 2021");
        }
        System.out.println("early withdrawal vs baseline, Dec 2021:" + seen);
        assertTrue(allMore, "returns to poverty in Dec 2021, baseline -> early-withdrawal:" + seen);
    }
}
