package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.PovertyStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The post-2020 poverty indicators of ODD 8.2 (relative poverty, poverty gap and shortfall,
 * vulnerability, policy income share, return-to-poverty rate) recomputed by their definitions from
 * the state a short run leaves (baseline, 1:200, to December 2020), and the relative line the same
 * whatever the thread count.
 */
class PovertyIndicatorsTest {

    private static final int MONTHS = 72;
    private static BeltModel model;
    private static TestRuns.BeltSeries series;

    @BeforeAll
    static void run() {
        model = TestRuns.model(5, TestRuns.baseline("run.scale", "200", "run.months", String.valueOf(MONTHS)));
        series = new TestRuns.BeltSeries();
        model.addIndicatorSink(series);
        model.runToEnd();
    }

    private static double measured(Measure m) {
        double s = 0;
        for (int c = 0; c < model.belt().towns().size(); c++) s += model.observer().measure(c, m);
        return s;
    }

    /** Rural households with members, as the observer counts them. */
    private static List<Integer> rural() {
        Households hh = model.belt().households();
        List<Integer> out = new ArrayList<>();
        for (int h = 0; h < hh.size(); h++) if (hh.members(h) > 0 && !model.isUrban(h)) out.add(h);
        return out;
    }

    /** By default the relative line is 40 % of the national rural median of the year (15,204 yuan in 2020). */
    @Test
    void relativeLineIsFortyPercentOfTheNationalMedianByDefault() {
        double line = model.observer().latest("relative_poverty_line");
        assertEquals(0.4 * 15204, line, 0.002 * line);
        Households hh = model.belt().households();
        long below = 0;
        for (int h : rural()) if ((float) hh.annualIncomePerCapita(h) < line) below += hh.members(h);
        assertEquals(below, measured(Measure.RELATIVE_POOR_PERSONS));
    }

    /** With the belt's own median as reference (poverty.relativeReference = belt). */
    @Test
    void relativeLineIsFortyPercentOfTheExactPersonWeightedMedianAndCountsThoseBelowIt() {
        BeltModel model = TestRuns.model(5, TestRuns.baseline("run.scale", "200", "run.months", "14",
                "poverty.relativeReference", "belt"));
        TestRuns.BeltSeries series = new TestRuns.BeltSeries();
        model.addIndicatorSink(series);
        model.runToEnd();
        int months = 14;
        Households hh = model.belt().households();
        List<Integer> rural = new ArrayList<>();
        for (int h = 0; h < hh.size(); h++) if (hh.members(h) > 0 && !model.isUrban(h)) rural.add(h);
        int persons = 0;
        for (int h : rural) persons += hh.members(h);
        double[] y = new double[persons];
        int i = 0;
        for (int h : rural) for (int k = 0; k < hh.members(h); k++) y[i++] = hh.annualIncomePerCapita(h);
        Arrays.sort(y);
        double median = y.length % 2 == 1 ? y[y.length / 2] : (y[y.length / 2 - 1] + y[y.length / 2]) / 2;
        double line = model.observer().latest("relative_poverty_line");
        assertEquals(line, series.get(months - 1, "relative_poverty_line"));
        // one bin (<= 0.39%) for the median, half a bin for the snap to an edge
        assertEquals(0.4 * median, line, 0.006 * line, "line vs 0.4 x exact median " + median);
        long below = 0;
        for (int h : rural) if ((float) hh.annualIncomePerCapita(h) < line) below += hh.members(h);
        assertTrue(below > 0, "someone is below the relative line");
        double counted = 0;
        for (int c = 0; c < model.belt().towns().size(); c++) counted += model.observer().measure(c, Measure.RELATIVE_POOR_PERSONS);
        assertEquals(below, counted);
        assertEquals((double) below / persons, series.get(months - 1, "relative_poverty_rate"), 1e-12);
    }

    @Test
    void povertyGapShortfallAndVulnerabilityFollowTheirDefinitions() {
        Households hh = model.belt().households();
        double line = model.conditions().povertyLine();
        double bill = Illness.cost(model.params(), model.conditions());
        double gap = 0, shortfall = 0, vulnerable = 0, poor = 0, persons = 0;
        int disasterWorse = 0;
        for (int h : rural()) {
            int n = hh.members(h);
            double y = hh.annualIncomePerCapita(h);
            persons += n;
            if (y < line) {
                poor += n;
                gap += n * (line - y) / line;
                shortfall += n * (line - y);
            } else {
                // the typical shock: the worse of one serious illness's out-of-pocket bill and a disaster's
                // harvest loss less the indemnity; savings first, at most the month's income
                double illness = Illness.outOfPocket(model.params(), bill, !hh.has(h, Households.UNINSURED), Illness.entitledToAssistance(hh, h));
                double farm = hh.farmIncome(h);
                double disaster = farm > 0 ? model.params().get(org.sxbelt.params.ParamSchema.DISASTER_LOSS) * 12 * farm
                        * (1 - CropInsurance.cover(model.params(), model.seed(), hh, h)) : 0;
                double cost = Math.max(illness, disaster);
                if (disaster > illness) disasterWorse++;
                double lost = Math.min(Math.max(0, cost - hh.savings(h)), Math.max(0, hh.closedMonthIncome(h, model.month())));
                if ((hh.annualIncome(h) - lost) / n < line) vulnerable += n;
            }
        }
        assertTrue(poor > 0 && vulnerable > 0, "poor " + poor + ", vulnerable " + vulnerable);
        assertTrue(disasterWorse > 0, "for some households the typical shock is the disaster's");
        Map2 s = new Map2(series.month(MONTHS - 1));
        assertEquals(gap / persons, s.get("poverty_gap_index"), 1e-9);
        assertEquals(shortfall / poor, s.get("poverty_shortfall_mean"), 1e-6);
        assertEquals(vulnerable / persons, s.get("vulnerability"), 1e-12);
        assertTrue(s.get("poverty_gap_index") < s.get("income_poverty_rate"), "FGT1 < FGT0");
    }

    /**
     * What the household economy records as policy income is what the programmes paid: over all
     * rural households it adds up to the month's dividends, post pay and top-ups; the share counts
     * the households out of poverty only (exited by the test or secured by transfer).
     */
    @Test
    void policyIncomeShareReadsWhatTransfersAndPostsPaidExitedHouseholds() {
        Households hh = model.belt().households();
        int scale = model.belt().scale();
        double all = 0, exitedPolicy = 0, exitedIncome = 0;
        for (int h : rural()) {
            all += hh.policyIncome(h);
            if (hh.poverty(h) == PovertyStatus.EXITED || hh.poverty(h) == PovertyStatus.SECURED) {
                exitedPolicy += hh.policyIncome(h);
                exitedIncome += hh.closedMonthIncome(h, model.month());
            }
        }
        Map2 s = new Map2(series.month(MONTHS - 1));
        double paid = s.get("spend_dividends") + s.get("spend_eco_posts") + s.get("spend_social_floor");
        assertTrue(paid > 0, "policy paid something in December 2020");
        assertEquals(paid, all * scale, 1e-4 * paid);
        double share = s.get("policy_income_share");
        assertEquals(exitedPolicy / exitedIncome, share, 1e-9);
        assertTrue(share > 0 && share < 1, "share " + share);
    }

    /** Each December: returns of the last twelve months over households out of poverty (exited or secured) twelve months before. */
    @Test
    void returnRateIsTheYearsReturnsOverTheHouseholdsExitedAtItsStart() {
        int checked = 0;
        for (int dec = 23; dec < MONTHS; dec += 12) {
            double returns = 0;
            for (int t = dec - 11; t <= dec; t++) returns += series.get(t, "returns_to_poverty");
            double exited = series.get(dec - 12, "exited_households") + series.get(dec - 12, "secured_by_transfer_households");
            assertEquals(returns / exited, series.get(dec, "return_to_poverty_rate"), 1e-12, "month " + dec);
            // the window rolls: in June the rate is still that of the last December's returns
            if (dec + 6 < MONTHS) {
                assertEquals(returns > 0, series.get(dec + 6, "return_to_poverty_rate") > 0, "month " + (dec + 6));
            }
            if (returns > 0) checked++;
        }
        assertTrue(checked >= 2, "years with returns: " + checked);
        assertTrue(Double.isNaN(series.get(11, "return_to_poverty_rate")), "no full window in the first year");
    }

    /** The relative line and the persons below it, county by county, the same with 1 and 2 threads. */
    @Test
    void relativeLineIsTheSameWhateverTheThreadCount() {
        List<String> one = relative(1), two = relative(2);
        assertTrue(one.size() > 14 * 37, "rows " + one.size());
        assertEquals(one, two);
    }

    private static List<String> relative(int threads) {
        BeltModel m = TestRuns.model(3, TestRuns.baseline("run.scale", "50", "run.months", "14",
                "poverty.relativeReference", "belt"));
        m.setThreads(threads);
        List<String> out = new ArrayList<>();
        m.addIndicatorSink((month, level, unit, indicator, value) -> {
            if (indicator.startsWith("relative_poverty")) {
                out.add(month + "," + level + "," + unit + "," + indicator + "," + Double.doubleToLongBits(value));
            }
        });
        int[] blocks = new int[1];
        m.runToEnd(() -> blocks[0] = (m.belt().households().size() + HouseholdTally.SIZE - 1) / HouseholdTally.SIZE);
        assertTrue(blocks[0] >= 2, "household blocks: " + blocks[0]);
        return out;
    }

    /** A month's belt values, failing on a missing name. */
    private record Map2(java.util.Map<String, Double> values) {
        double get(String name) {
            Double v = values.get(name);
            if (v == null) throw new AssertionError(name + " not recorded");
            return v;
        }
    }
}
