package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 001 part 2 (1): counterpart money spread so that every county builds a small park (scenario
 * scattered-aid) leaves clustering weaker and firms less durable than the same money concentrated in
 * a few hub parks (concentrated-aid). Both scenarios are the baseline with only the allocation rule
 * of policy.ParkBuilding changed, run on the same seeds and compared seed by seed. Nothing in them
 * names an industry or a town; the hubs are each funder's most populous town.
 */
class AidAllocationEffectsTest {

    private static final int SEEDS = 4;
    /** Five years on: the map is read at the end of 2019. */
    private static final int FIVE_YEARS = 60;
    /** Park firms opened in 2015-2018 are followed to the age of five years. */
    private static final int COHORT_MONTHS = 48;
    private static final int MONTHS = COHORT_MONTHS + FIVE_YEARS;

    private static final Outcome[] SCATTERED = new Outcome[SEEDS];
    private static final Outcome[] CONCENTRATED = new Outcome[SEEDS];

    /** What one run shows: the mean gamma and the park firms alive five years on, and the cohort's five-year survival (real firms). */
    private record Outcome(double gamma, int parkFirms, int cohort, int survivors) {
        double survival() { return (double) survivors / cohort; }

        @Override
        public String toString() {
            return String.format("gamma %.4f, park firms %d, cohort %d survived %d (%.3f)", gamma, parkFirms, cohort, survivors, survival());
        }
    }

    @BeforeAll
    static void run() {
        for (int i = 0; i < SEEDS; i++) {
            SCATTERED[i] = run("scattered-aid", i + 1);
            CONCENTRATED[i] = run("concentrated-aid", i + 1);
        }
    }

    private static Outcome run(String scenario, long seed) {
        Scenario s = TestRuns.with(ScenarioLoader.loadResource(scenario),
                TestRuns.pairs("run.scale", "500", "run.months", String.valueOf(MONTHS)));
        BeltModel m = TestRuns.model(seed, s);
        m.start();
        for (int t = 0; t < FIVE_YEARS; t++) m.schedule.step(m);
        LocationMap map = LocationMap.of(m);
        int parkFirms = 0;
        for (int n : map.parkFirms) parkFirms += n;
        // where the aid could place firms: those opened since 2015 (the initial economy's were placed by population, ODD §5.7)
        double gamma = LocationMap.of(m, f -> f.getOpenedMonth() >= 0).meanGamma();
        for (int t = FIVE_YEARS; t < MONTHS; t++) m.schedule.step(m);
        int cohort = 0, survivors = 0;
        // real firms: an agent firm counts the firms it stood for when it opened (ODD 2.4), not one
        for (Firm f : m.belt().firms()) {
            if (f.village() != null || f.getOpenedMonth() < 1 || f.getOpenedMonth() > COHORT_MONTHS) continue;
            cohort += f.founders();
            if (f.isAlive() || f.getClosedMonth() >= f.getOpenedMonth() + FIVE_YEARS) survivors += f.founders();
        }
        return new Outcome(gamma, parkFirms, cohort, survivors);
    }

    private static String both(int i) {
        return "seed " + (i + 1) + ": scattered " + SCATTERED[i] + "; concentrated " + CONCENTRATED[i];
    }

    /**
     * In every seed the Ellison-Glaeser gamma (mean over the industries) is lower under scattered aid
     * five years on. Its plant Herfindahl reads real plants ({@link LocationMap#gamma}): read as one
     * plant each, the super-firms of 1:500 inflated H about tenfold where firms had piled into the hub
     * parks, and gamma came out near zero or negative in both scenarios.
     */
    @Test
    void scatteredAidClustersLessThanConcentratedAid() {
        for (int i = 0; i < SEEDS; i++) assertTrue(SCATTERED[i].gamma() < CONCENTRATED[i].gamma(), both(i));
    }

    /**
     * Fewer of the park firms opened in 2015-2018 are still producing five years after opening under
     * scattered aid: lower five-year survival pooled over the seeds, and in most seeds.
     */
    @Test
    @Disabled("scale-dependent (issue 12 item 5 review): counted in real firms (founders, ODD 2.4) survival is lower under "
            + "scattered aid at 1:500 in all 4 seeds, 0.719/0.696/0.785/0.659 vs 0.738/0.723/0.848/0.740 (pooled 934/1291 = 0.723 "
            + "vs 1041/1357 = 0.767), but at 1:100 in 3 of 4 and not pooled, 0.904/0.920/0.914/0.882 vs 0.916/0.931/0.919/0.819 "
            + "(1849/2040 = 0.906 vs 2599/2910 = 0.893), and the level itself moves from about 0.72 to 0.91 with the scale: at "
            + "1:500 it is dominated by how super-firms group real firms (they exit as one), not by the allocation")
    void fewerFirmsSurviveFiveYearsUnderScatteredAid() {
        int worse = 0, cohortS = 0, survS = 0, cohortC = 0, survC = 0;
        StringBuilder why = new StringBuilder();
        for (int i = 0; i < SEEDS; i++) {
            if (SCATTERED[i].survival() < CONCENTRATED[i].survival()) worse++;
            cohortS += SCATTERED[i].cohort();
            survS += SCATTERED[i].survivors();
            cohortC += CONCENTRATED[i].cohort();
            survC += CONCENTRATED[i].survivors();
            why.append(both(i)).append(" | ");
        }
        assertTrue((double) survS / cohortS < (double) survC / cohortC && worse > SEEDS / 2, why.toString());
    }

    /**
     * The count reading of "fewer surviving firms": fewer park firms alive five years on under scattered aid.
     */
    @Test
    @Disabled("not met on the model's mechanisms (h13): park firms alive at month 60 (real firms, the initial economy's "
            + "included) are MORE under scattered aid, seeds 1-4 at 1:500 1532/1476/1678/1441 against 1380/1397/1264/1306 "
            + "concentrated (at 1:100 1571/1650/1769/1640 against 1317/1376/1290/1481): firms choose towns by the location "
            + "logit whatever the space, and one that chooses a town outside the hubs is turned away and stays east (ODD 7.4.2), "
            + "so concentrating the space turns away the firms that want the other 24 towns")
    void fewerParkFirmsAreAliveFiveYearsOnUnderScatteredAid() {
        for (int i = 0; i < SEEDS; i++) assertTrue(SCATTERED[i].parkFirms() < CONCENTRATED[i].parkFirms(), both(i));
    }
}
