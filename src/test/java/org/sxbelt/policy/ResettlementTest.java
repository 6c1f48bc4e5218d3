package org.sxbelt.policy;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Households;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Village;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;
import org.sxbelt.model.IndicatorSink;
import org.sxbelt.model.Level;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * Poverty-alleviation relocation (policy.Resettlement): the most remote poor villages move at the
 * persons due, each follow-up lever does what it says on its own, and in the baseline the sources'
 * 139,500 persons move in 2016-2019, better off with the follow-up than without.
 */
class ResettlementTest {

    private static final String[] NO_FOLLOW_UP = {"policy.siteFactories", "0", "policy.siteGreenhouses", "0",
            "policy.siteLand", "0", "policy.siteSchools", "0"};
    /** A started model at 1:200 without programmes (the test runs the relocation itself), with overrides. */
    private static BeltModel model(String... kv) {
        return PolicyModels.started(3, Map.of("run.scale", "200", "policy.relocationPersons", "120000"), kv);
    }

    private static List<Village> sites(BeltModel m) {
        return m.belt().villages().stream().filter(Village::isResettled).toList();
    }

    private static double persons(BeltModel m, List<Village> vs) {
        Households hh = m.belt().households();
        double n = 0;
        for (Village v : vs) for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) n += hh.members(h);
        return n * m.belt().scale();
    }

    @Test
    void movesTheMostRemotePoorVillagesAtThePersonsDueAndPaysForThem() {
        BeltModel m = model();
        Map<Village, Double> kmBefore = new HashMap<>();
        for (Village v : m.belt().villages()) kmBefore.put(v, v.getKmToTown());
        Resettlement r = new Resettlement();
        for (int month = 0; month < 12; month++) r.run(m);
        List<Village> sites = sites(m);
        double moved = persons(m, sites);
        double largest = 0;
        for (Village v : sites) largest = Math.max(largest, persons(m, List.of(v)));
        assertEquals(120_000, moved, largest / 2 + 1, "persons moved in a year of 120,000 due");
        double nearestMoved = Double.MAX_VALUE;
        for (Village v : sites) {
            assertTrue(v.isPoorVillage(), v + " is not a poor village");
            assertTrue(v.getKmToTown() <= Resettlement.NEW_SITE_KM && v.getRoadQuality() == 1, v + " not at a site");
            nearestMoved = Math.min(nearestMoved, kmBefore.get(v));
        }
        for (Village v : m.belt().villages()) {
            if (v.isPoorVillage() && !v.isUrbanWard() && !v.isResettled()) {
                assertTrue(kmBefore.get(v) <= nearestMoved, v + " is more remote than a village moved");
            }
        }
        assertEquals(moved * m.params().get(RELOCATION_COST), m.accounts().total(Flow.SPEND_RELOCATION), 1e-6 * moved);
    }

    @Test
    void eachFollowUpLeverAddsWhatItSays() {
        // ten factories per 10,000 so that some are kept as agent workshops at 1:200 (SuperFirm)
        // 120,000 persons due in the first month, so that every site's first month is paid in the same month
        BeltModel with = model("policy.relocationPersons", "1440000", "policy.siteGreenhouses", "1", "policy.siteFactories", "10");
        String[] none = java.util.Arrays.copyOf(NO_FOLLOW_UP, NO_FOLLOW_UP.length + 2);
        none[NO_FOLLOW_UP.length] = "policy.relocationPersons";
        none[NO_FOLLOW_UP.length + 1] = "1440000";
        BeltModel without = model(none);
        new Resettlement().run(with);
        new Resettlement().run(without);
        List<Village> sitesWith = sites(with);
        assertEquals(sitesWith.size(), sites(without).size(), "the levers do not change who moves");
        // factories at the sites, none without the lever
        int factories = 0;
        for (Village v : sitesWith) for (Firm f : v.workshops()) factories += f.represents();
        assertTrue(factories > 0, "site factories built");
        for (Village v : sites(without)) assertEquals(0, v.workshops().size(), v + " has a workshop without the lever");
        // land: every household with members earns at least the land's rent; greenhouse: every one has the
        // farm side's greenhouse (whose income FarmSideTest pins), none without the lever
        Households hw = with.belt().households();
        Households hb = without.belt().households();
        double least = Math.min(with.params().get(FARM_INCOME_PER_MU), with.params().get(LAND_RENT)) * with.params().get(SITE_LAND) / 12;
        for (Village v : sitesWith) {
            for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
                if (hw.members(h) > 0) assertTrue(with.farm().plots().hasGreenhouse(h), "household " + h + " has a site greenhouse");
                assertFalse(without.farm().plots().hasGreenhouse(h), "household " + h + " has a greenhouse without the lever");
            }
        }
        int households = 0;
        for (Village v : sitesWith) {
            for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
                if (hw.members(h) == 0) continue;
                households++;
                assertTrue(hw.monthIncome(h) - hb.monthIncome(h) >= least - 1e-3,
                        "household " + h + " gained " + (hw.monthIncome(h) - hb.monthIncome(h)) + " in its first month");
            }
        }
        assertTrue(households > 0);
        // schools: the next reassessment releases care duties at the sites
        with.schedule.step(with);
        without.schedule.step(without);
        int[] careWith = care(with, sitesWith);
        int[] careWithout = care(without, sites(without));
        assertTrue(careWith[0] < careWithout[0] && careWith[1] > careWithout[1],
                "care duties / released at the sites, with schools " + careWith[0] + "/" + careWith[1]
                        + ", without " + careWithout[0] + "/" + careWithout[1]);
        assertEquals(Resettlement.OLD_LAND_LEASED, sitesWith.get(0).leaseShareFloor());
    }

    /** Persons at the sites with a care duty, and released from one. */
    private static int[] care(BeltModel m, List<Village> sites) {
        Households hh = m.belt().households();
        Persons ps = m.belt().persons();
        int[] n = new int[2];
        for (Village v : sites) {
            for (int h = v.firstHousehold(); h < v.firstHousehold() + v.householdCount(); h++) {
                for (int q = hh.firstMember(h); q != Persons.NONE; q = ps.nextMember(q)) {
                    if (ps.has(q, Persons.CARE)) n[0]++;
                    if (ps.has(q, Persons.CARE_RELEASED)) n[1]++;
                }
            }
        }
        return n;
    }

    /**
     * The baseline moves the sources' persons year by year (003 ~1544: 14,934 in 2016 and 62,918 in
     * 2017; 003 ~1580: 139,500 in 2016-2020, done in 2019) and the relocated are better off with the
     * follow-up package than without it (scenario resettlement), from the same seed.
     */
    @Test
    void baselineRelocatesTheSourcesPersonsAndTheFollowUpRaisesTheirIncome() {
        Map<String, double[]> base = run("baseline");
        Map<String, double[]> bare = run("resettlement");
        double[] due = {14_934, 77_852, 108_676, 139_500};
        double[] moved = base.get("relocated_persons");
        for (int y = 0; y < due.length; y++) {
            double dec = moved[12 * (y + 1) + 11];
            System.out.printf("relocated by %d-12: %.0f (due %.0f)%n", 2016 + y, dec, due[y]);
            assertEquals(due[y], dec, 0.25 * due[y], "relocated persons at the end of " + (2016 + y));
        }
        double[] incomeWith = base.get("relocated_income_per_capita");
        double[] incomeWithout = bare.get("relocated_income_per_capita");
        int dec2019 = 59;
        System.out.printf("relocated income per person 2019: %.0f with follow-up, %.0f without%n",
                incomeWith[dec2019], incomeWithout[dec2019]);
        assertTrue(incomeWith[dec2019] > 1.05 * incomeWithout[dec2019]);
    }

    private static Map<String, double[]> run(String scenario) {
        Scenario s = ScenarioLoader.override(ScenarioLoader.loadResource(scenario),
                Map.of("run.scale", "200", "run.months", "60"), "test");
        BeltModel m = new BeltModel(5, s, PolicyModels.geography(), new Government());
        Map<String, double[]> series = new HashMap<>();
        m.addIndicatorSink((month, level, unit, indicator, value) -> {
            if (level == Level.BELT && indicator.startsWith("relocated_")) {
                series.computeIfAbsent(indicator, k -> new double[60])[month] = value;
            }
        });
        m.runToEnd();
        return series;
    }
}
