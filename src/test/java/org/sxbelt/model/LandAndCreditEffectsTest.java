package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What land transfer and micro-credit do, paired by seed at 1:1000 to the end of 2019: the scenarios
 * land-transfer and no-micro-credit against the baseline. Land transfer's effect on rural income is not
 * set by any parameter: households lease only where rent and dividends cover the farm income they give up
 * (ODD 7.7.2), the cooperatives hire members, and freed members search the labour market; the test checks
 * that the lease costs farm income, that what comes back (rent, dividends, cooperative wages) exceeds it,
 * and that rural income per head rises in 2018 and 2019 on every seed. Micro-credit: without it poverty
 * is higher in 2017, and in the baseline some loans are repaid and some written off.
 */
class LandAndCreditEffectsTest {

    private static final int SEEDS = 2;
    private static final int MONTHS = 60;
    private static final String[] YEARS = {"2017", "2018", "2019"};

    private static final TestRuns.BeltSeries[] BASE = new TestRuns.BeltSeries[SEEDS];
    private static final TestRuns.BeltSeries[] LAND = new TestRuns.BeltSeries[SEEDS];
    private static final TestRuns.BeltSeries[] NO_CREDIT = new TestRuns.BeltSeries[SEEDS];
    private static final int[] REPAID = new int[SEEDS];
    private static final int[] DEFAULTS = new int[SEEDS];

    @BeforeAll
    static void run() {
        for (int i = 0; i < SEEDS; i++) {
            BeltModel base = model("baseline", i + 1);
            BASE[i] = series(base);
            REPAID[i] = base.loans().repaid();
            DEFAULTS[i] = base.loans().defaults();
            LAND[i] = series(model("land-transfer", i + 1));
            NO_CREDIT[i] = series(model("no-micro-credit", i + 1));
        }
    }

    private static BeltModel model(String scenario, long seed) {
        Scenario s = TestRuns.with(ScenarioLoader.loadResource(scenario),
                TestRuns.pairs("run.scale", "1000", "run.months", String.valueOf(MONTHS)));
        return TestRuns.model(seed, s);
    }

    private static TestRuns.BeltSeries series(BeltModel m) {
        TestRuns.BeltSeries s = new TestRuns.BeltSeries();
        m.addIndicatorSink(s);
        m.runToEnd();
        return s;
    }

    /** Yearly total of a monthly flow, or yearly mean of a stock or rate, in year {@code y} (2015 = 0). */
    private static double year(TestRuns.BeltSeries s, String indicator, int y, boolean sum) {
        double m = s.mean(indicator, 12 * y, 12 * y + 12);
        return sum ? 12 * m : m;
    }

    @Test
    void landTransferCostsFarmIncomeAndGivesMoreBack() {
        for (int i = 0; i < SEEDS; i++) {
            StringBuilder table = new StringBuilder("seed " + (i + 1) + ": year, rural income per head (base, land), farm lost, rent, dividends gained, local wages gained\n");
            for (int y = 2; y <= 4; y++) {
                double farmLost = year(BASE[i], "income_farm", y, true) - year(LAND[i], "income_farm", y, true);
                double rent = year(LAND[i], "income_land_rent", y, true) - year(BASE[i], "income_land_rent", y, true);
                double dividends = year(LAND[i], "income_dividend", y, true) - year(BASE[i], "income_dividend", y, true);
                double wages = year(LAND[i], "income_local_wage", y, true) - year(BASE[i], "income_local_wage", y, true);
                table.append(String.format("  %s  %.0f %.0f  %.3g %.3g %.3g %.3g%n", YEARS[y - 2],
                        year(BASE[i], "rural_income_per_capita", y, false), year(LAND[i], "rural_income_per_capita", y, false),
                        farmLost, rent, dividends, wages));
                if (y < 3) continue;
                assertTrue(farmLost > 0, "leasing costs farm income\n" + table);
                assertTrue(rent + dividends + wages > farmLost, "rent, dividends and wages repay it\n" + table);
                assertTrue(year(LAND[i], "rural_income_per_capita", y, false) > year(BASE[i], "rural_income_per_capita", y, false),
                        "rural income per head rises\n" + table);
            }
            System.out.print(table);
        }
    }

    @Test
    void freedLabourFindsCooperativeWorkshopOrDistantWork() {
        String[] jobs = {"employment_cooperative", "employment_workshop", "employment_park", "employment_other_town",
                "employment_migrant_xj", "employment_migrant_inland"};
        for (int i = 0; i < SEEDS; i++) {
            // in the baseline only the resettled villages lease land (their old land, §7.8.3)
            assertTrue(year(LAND[i], "employment_cooperative", 4, false) > 2 * year(BASE[i], "employment_cooperative", 4, false),
                    "cooperatives hire on the leased land");
            double base = 0, land = 0;
            for (String j : jobs) {
                base += year(BASE[i], j, 4, false);
                land += year(LAND[i], j, 4, false);
            }
            assertTrue(land > base, "more people in cooperative, wage or distant work in 2019: " + land + " vs " + base);
            assertTrue(year(LAND[i], "employment_farming", 4, false) < year(BASE[i], "employment_farming", 4, false),
                    "fewer farming");
        }
    }

    @Test
    void microCreditLowersPovertyAndSomeLoansFail() {
        for (int i = 0; i < SEEDS; i++) {
            double with = year(BASE[i], "poverty_rate", 2, false), without = year(NO_CREDIT[i], "poverty_rate", 2, false);
            assertTrue(with < without, "poverty in 2017 with credit " + with + ", without " + without);
            assertTrue(year(BASE[i], "spend_micro_credit", 2, true) > 0 && year(NO_CREDIT[i], "spend_micro_credit", 2, true) == 0,
                    "the government pays interest only where there are loans");
            assertTrue(REPAID[i] > 0, "loans are repaid");
            assertTrue(DEFAULTS[i] > 0, "and some are written off when income falls short");
        }
    }
}
