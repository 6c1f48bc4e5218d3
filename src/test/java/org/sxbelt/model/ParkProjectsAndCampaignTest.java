package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.params.ParkProject;
import org.sxbelt.params.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sxbelt.params.ParamSchema.FLOOR_WORKING_POOR;
import static org.sxbelt.params.ParamSchema.SOCIAL_FLOOR;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanisms added for the calibration of issue 3: park projects (open or dedicated to one
 * industry), the minimum-living guarantee for the working poor in the final push, and quits of
 * workshop workers paid below what they were hired for.
 */
class ParkProjectsAndCampaignTest {

    private static final int MONTHS = 36;

    private static Scenario withParks(Scenario s, ParkProject... parks) {
        return new Scenario(s.name(), s.description(), s.extendsName(), s.origin(), s.params(), s.events(),
                List.of(parks));
    }

    private static BeltModel run(Scenario s, long seed, int months) {
        BeltModel m = TestRuns.model(seed, s);
        m.start();
        for (int t = 0; t < months; t++) m.schedule.step(m);
        return m;
    }

    private static Town town(BeltModel m, String id) {
        return m.belt().towns().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void dedicatedSpaceIsKeptForItsIndustryAndOpenSpaceIsShared() {
        // empty parks at the start (no replayed history), so that no firm's space is counted yet
        BeltModel m = TestRuns.model(1, TestRuns.defaults("run.scale", "1000", "firm.historyMonths", "0"));
        m.start();
        Town t = town(m, "luopu");
        assertEquals(0, t.getUsedSpace(), 1e-9, "an empty park");
        double open = t.freeSpace(Industry.GARMENTS);
        assertEquals(open, t.freeSpace(Industry.HAIR_PRODUCTS), 1e-9, "no dedicated space yet");
        t.addSpace(Industry.HAIR_PRODUCTS, 5000);
        assertEquals(open + 5000, t.freeSpace(Industry.HAIR_PRODUCTS), 1e-9);
        assertEquals(open, t.freeSpace(Industry.GARMENTS), 1e-9, "garment firms cannot use the hair park");
        assertTrue(t.hasFreeDedicatedSpace(Industry.HAIR_PRODUCTS));
        t.occupy(Industry.HAIR_PRODUCTS, 3000);   // fills dedicated space first
        assertEquals(open + 2000, t.freeSpace(Industry.HAIR_PRODUCTS), 1e-9);
        assertEquals(open, t.freeSpace(Industry.GARMENTS), 1e-9);
        t.occupy(Industry.HAIR_PRODUCTS, 2500);   // 500 m2 spill into open space
        assertEquals(open - 500, t.freeSpace(Industry.GARMENTS), 1e-9);
        assertEquals(open - 500, t.freeSpace(Industry.HAIR_PRODUCTS), 1e-9);
        assertTrue(!t.hasFreeDedicatedSpace(Industry.HAIR_PRODUCTS));
        t.occupy(Industry.HAIR_PRODUCTS, -5500);
        assertEquals(open + 5000, t.freeSpace(Industry.HAIR_PRODUCTS), 1e-9);
    }

    @Test
    void counterpartProjectsFollowAidAndGovernmentProjectsDoNot() {
        ParkProject aid = new ParkProject("aid", List.of("cele", "yutian"), null, 0, 11, 120_000, true, null);
        ParkProject gov = new ParkProject("gov", List.of("Kizilsu"), "textiles", 0, 11, 60_000, false, null);
        for (double intensity : new double[] {0, 0.5, 2}) {
            Scenario s = withParks(TestRuns.defaults("run.scale", "1000", "policy.counterpartAid",
                    Double.toString(intensity), "policy.aidParkBudget", "0"), aid, gov);
            Scenario none = withParks(s);
            BeltModel with = run(s, 3, 12);
            BeltModel without = run(none, 3, 12);
            double built = 0;
            for (String id : List.of("cele", "yutian")) {
                built += town(with, id).getParkSpace() - town(without, id).getParkSpace();
            }
            assertEquals(120_000 * Math.min(1, intensity), built, 1e-6, "aid intensity " + intensity);
            double dedicated = 0;
            for (Town t : with.belt().towns()) {
                if (t.getPrefecture().equals("Kizilsu")) dedicated += t.dedicatedSpace(Industry.TEXTILES);
                else assertEquals(0, t.dedicatedSpace(Industry.TEXTILES));
            }
            assertEquals(60_000, dedicated, 1e-6, "government project, whatever the aid");
        }
    }

    @Test
    void aDedicatedParkDrawsItsIndustryAndOnlyItsIndustryUsesTheSpace() {
        ParkProject hairPark = new ParkProject("hair", List.of("shache"), "hair_products", 0, 11, 150_000, true, null);
        Scenario base = TestRuns.baseline("run.scale", "500");
        int with = 0;
        int without = 0;
        for (long seed = 1; seed <= 3; seed++) {
            BeltModel m = run(withParks(base, hairPark), seed, MONTHS);
            Town t = town(m, "shache");
            with += t.firmsIn(Industry.HAIR_PRODUCTS);
            double otherSpace = 0;
            for (Firm f : t.firms()) if (f.industry() != Industry.HAIR_PRODUCTS) otherSpace += f.space();
            assertTrue(otherSpace <= t.getParkSpace() - t.dedicatedSpace(Industry.HAIR_PRODUCTS) + 1e-6,
                    "other industries stay in the open space");
            without += town(run(base, seed, MONTHS), "shache").firmsIn(Industry.HAIR_PRODUCTS);
        }
        assertTrue(with >= without + 15, "hair-products firms in Shache over 3 seeds: " + with + " with the park, "
                + without + " without");
    }

    @Test
    void theGuaranteeForTheWorkingPoorLeavesNoRegisteredHouseholdBelowTheLine() {
        // The baseline's economy (parks, workshops, transfer) with the guarantee fixed from the start.
        Scenario b = TestRuns.baseline("run.scale", "500");
        List<org.sxbelt.params.TimedEvent> events = b.events().stream()
                .filter(e -> e.param() != SOCIAL_FLOOR && e.param() != FLOOR_WORKING_POOR).toList();
        double[] left = new double[2];
        for (int k = 0; k < 2; k++) {
            Scenario s = TestRuns.with(new Scenario(b.name(), b.description(), b.extendsName(), b.origin(),
                    b.params(), events, b.parks()), TestRuns.pairs("policy.socialFloor", "1",
                    "policy.floorWorkingPoor", k == 0 ? "0" : "1"));
            BeltModel m = TestRuns.model(7, s);
            TestRuns.BeltSeries belt = new TestRuns.BeltSeries();
            m.addIndicatorSink(belt);
            m.start();
            for (int t = 0; t < MONTHS; t++) m.schedule.step(m);
            // left on the register by income: those held there by a missing guarantee (ODD 7.7.3) are not the floor's to clear
            left[k] = (belt.get(MONTHS - 1, "registered_poor_households")
                    - belt.get(MONTHS - 1, "registered_lacking_guarantee_households")) / belt.get(0, "registered_poor_households");
            double official = belt.get(MONTHS - 1, "poverty_rate");
            if (k == 0) {
                assertTrue(official > 0, "without it, households with a wage earner stay below the line");
            } else {
                assertEquals(0, official, 1e-12, "with it, everyone below the line is secured");
                assertTrue(belt.get(MONTHS - 1, "income_poverty_rate") > 0, "incomes still lag the guarantee");
            }
        }
        assertTrue(left[1] < left[0], "fewer registered households left with it: " + left[1] + " vs " + left[0]);
        assertTrue(left[1] < 0.005, "with it, almost none is left at the December review: " + left[1]);
    }

    @Test
    void lowPayQuitsLeaveWorkshopPlacesEmpty() {
        double[] fill = new double[2];
        for (int k = 0; k < 2; k++) {
            BeltModel m = TestRuns.model(5, TestRuns.baseline("run.scale", "200", "labor.lowPayQuitRate",
                    k == 0 ? "0" : "1"));
            TestRuns.BeltSeries belt = new TestRuns.BeltSeries();
            m.addIndicatorSink(belt);
            m.start();
            for (int t = 0; t < MONTHS; t++) m.schedule.step(m);
            fill[k] = belt.mean("workshop_fill_rate", 24, MONTHS);
        }
        assertTrue(fill[0] > 0.85, "without low-pay quits workshops stay nearly full: " + fill[0]);
        assertTrue(fill[1] < fill[0] - 0.1, "with them, places go unfilled: " + fill[1] + " vs " + fill[0]);
    }
}
