package org.sxbelt.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
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
    /** The scale of the gamma and count tests. */
    private static final int SCALE = 500;
    /**
     * The scale of the survival test: fine enough that almost every real firm is an agent firm of its
     * own (at 1:10 one of m = ceil(40 / R) real firms of R workers, 1 for all but the smallest), so that
     * survival reads the firms and not how super-firms group them (ODD 2.4).
     */
    private static final int FINE_SCALE = 10;

    private static final Outcome[] SCATTERED = new Outcome[SEEDS];
    private static final Outcome[] CONCENTRATED = new Outcome[SEEDS];

    /**
     * What one run shows: the mean gamma and the park firms alive five years on, and the five-year
     * survival of the real park firms opened in 2015-2018, each counted from its own opening, those
     * that joined an agent firm included ({@link ParkCohort}).
     */
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
            SCATTERED[i] = run("scattered-aid", i + 1, SCALE);
            CONCENTRATED[i] = run("concentrated-aid", i + 1, SCALE);
        }
    }

    private static Outcome run(String scenario, long seed, int scale) {
        Scenario s = TestRuns.with(ScenarioLoader.loadResource(scenario),
                TestRuns.pairs("run.scale", String.valueOf(scale), "run.months", String.valueOf(MONTHS)));
        BeltModel m = TestRuns.model(seed, s);
        ParkCohort opened = new ParkCohort();
        m.setFirmEventSink(opened);
        m.start();
        for (int t = 0; t < FIVE_YEARS; t++) m.schedule.step(m);
        LocationMap map = LocationMap.of(m);
        int parkFirms = 0;
        for (int n : map.parkFirms) parkFirms += n;
        // where the aid could place firms: those opened since 2015 (the initial economy's were placed by population, ODD §5.7)
        double gamma = LocationMap.of(m, f -> f.getOpenedMonth() >= 0).meanGamma();
        for (int t = FIVE_YEARS; t < MONTHS; t++) m.schedule.step(m);
        // real firms, each from its own opening: at a coarse scale most join an agent firm (ODD 2.4), and
        // counting an agent firm's founders only would leave out those admitted to nearly full parks
        ParkCohort.Count c = opened.count(m.belt()::firm, 1, COHORT_MONTHS, FIVE_YEARS);
        return new Outcome(gamma, parkFirms, c.cohort(), c.survivors());
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
     * scattered aid: lower five-year survival pooled over the seeds, and in most seeds. Read at
     * {@link #FINE_SCALE}, with every real firm counted from its own opening ({@link ParkCohort}).
     */
    @Test
    @Disabled("not met on the model's mechanisms (h22, issue 12 item 5): at 1:10, where nearly every real firm is an agent "
            + "firm of its own, five-year survival (every real park firm opened in 2015-18, joiners included) is "
            + "0.981/0.970/0.978/0.969 scattered against 0.977/0.971/0.971/0.959 concentrated, seeds 1-4 (pooled 4660/4781 = "
            + "0.975 against 3991/4116 = 0.970): lower under scattered aid in 1 of 4. Almost every firm survives five years in "
            + "both; the few exits are losses once support ends, mostly shoes, socks, hats and carpets and crafts. In the hubs "
            + "learning spillovers run faster (speed 1.35 against 1.24-1.27) but the base wage is bid up (premium 0.068 against "
            + "under 0.01), which costs the low-value-added industries whose pay sits at the base wage (carpets 36/256 exits "
            + "concentrated against 34/432, agro-processing 21/443 against 6/695) what it gains the others. The gap of coarse "
            + "scales (1:500 0.782 against 0.828, 1:100 0.898 against 0.918 over seeds 1-8) is granularity: agent firms of one "
            + "place (survival 0.70/0.53 at 1:100, all the no-workers exits) and super-firms that close as one. Labour pooling "
            + "paid in the accounts (a hire's start raised with the town's experienced pool) lifts survival in both to "
            + "0.984-0.995, lower under scattered aid in 2 of 4: the test needs firms near the margin, so a firm-failure "
            + "target and the calibration of ODD 10.4")
    void fewerFirmsSurviveFiveYearsUnderScatteredAid() {
        int worse = 0, cohortS = 0, survS = 0, cohortC = 0, survC = 0;
        StringBuilder why = new StringBuilder();
        for (int i = 0; i < SEEDS; i++) {
            Outcome scattered = run("scattered-aid", i + 1, FINE_SCALE);
            Outcome concentrated = run("concentrated-aid", i + 1, FINE_SCALE);
            if (scattered.survival() < concentrated.survival()) worse++;
            cohortS += scattered.cohort();
            survS += scattered.survivors();
            cohortC += concentrated.cohort();
            survC += concentrated.survivors();
            why.append("seed ").append(i + 1).append(": scattered ").append(scattered).append("; concentrated ")
                    .append(concentrated).append(" | ");
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
