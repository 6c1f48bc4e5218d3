package org.sxbelt.policy;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.Town;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Flow;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * Park space supplied in response to demand and budgets (policy.ParkBuilding): built where firms were
 * turned away and nowhere else, paid from the paired province's budget until it is spent, with the
 * deep-poverty share kept for the deep-poverty counties, and idle space costing its owner.
 */
class ParkBuildingTest {

    /** A started model without programmes (the test runs the park builder itself), with overrides. */
    private static BeltModel model(String... kv) {
        return PolicyModels.started(1, Map.of("run.scale", "1000", "policy.offTrunkBuildMarkup", "1",
                "policy.idleSpaceCost", "0"), kv);
    }

    private static Town town(BeltModel m, String id) {
        return m.belt().towns().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static AidBudget budget(ParkBuilding b, String funder) {
        return b.budgets().stream().filter(x -> x.funder().equals(funder)).findFirst().orElseThrow();
    }

    /** Tianjin's part of the belt's monthly aid for space: its paired residents' share. */
    private static double share(BeltModel m, String province) {
        long all = 0, mine = 0;
        for (Town t : m.belt().towns()) {
            all += t.getPopulation();
            if (t.getCounterpartProvince().equals(province)) mine += t.getPopulation();
        }
        return (double) mine / all;
    }

    @Test
    void spaceIsBuiltWhereFirmsWereTurnedAwayAndNowhereElse() {
        BeltModel m = model("policy.aidParkBudget", "1e9", "policy.parkBuildLimit", "1e6");
        double[] before = m.belt().towns().stream().mapToDouble(Town::getParkSpace).toArray();
        Town cele = town(m, "cele");
        cele.unmetDemand().turnedAway(Industry.SHOES_SOCKS_HATS, 4000);
        cele.unmetDemand().turnedAway(Industry.GARMENTS, 2000);
        new ParkBuilding().run(m);
        for (Town t : m.belt().towns()) {
            double built = t.getParkSpace() - before[m.belt().towns().indexOf(t)];
            if (t == cele) assertEquals(6000, built, 1e-6, "what the turned-away firms asked for");
            else assertEquals(0, built, 1e-9, "no space where nobody was turned away: " + t.id());
        }
        assertEquals(0, cele.getUnmetSpace(), 1e-6, "the record is met");
        assertEquals(6000 * m.params().get(PARK_COST_PER_M2), m.accounts().get(cele.index(), Flow.SPEND_PARK_BUILDING), 1e-3);
    }

    @Test
    void buildingStopsAtTheMonthlyLimitAndCostsMoreOffTheTrunkRoads() {
        BeltModel m = model("policy.aidParkBudget", "1e10", "policy.parkBuildLimit", "1000",
                "policy.offTrunkBuildMarkup", "1.5");
        Town t = m.belt().towns().stream().filter(x -> !x.isOnTrunkRoad()).findFirst().orElseThrow();
        double limit = 1000 * t.getPopulation() / 100_000.0;
        double space = t.getParkSpace();
        t.unmetDemand().turnedAway(Industry.GARMENTS, 2 * limit);
        ParkBuilding b = new ParkBuilding();
        b.run(m);
        assertEquals(limit, t.getParkSpace() - space, 1e-6, "at most the limit a month (1,000 m2 per 100,000 residents)");
        assertEquals(limit * 1.5 * m.params().get(PARK_COST_PER_M2), m.accounts().get(t.index(), Flow.SPEND_PARK_BUILDING),
                1e-3, "off the trunk roads a m2 costs the markup more");
        assertEquals(limit * Math.exp(-1 / 12.0), t.getUnmetSpace(), 1e-6, "the rest waits (less what lapsed)");
    }

    @Test
    void aCountysSpaceIsPaidByItsCounterpartProvinceUntilTheBudgetIsSpent() {
        BeltModel m = model("policy.aidParkBudget", "1e8", "policy.parkBuildLimit", "1e7");
        double inflow = 1e8 * share(m, "Tianjin");
        double cost = m.params().get(PARK_COST_PER_M2);
        Town cele = town(m, "cele");
        Town kashgar = town(m, "kashgar_city");
        cele.unmetDemand().turnedAway(Industry.GARMENTS, 1e6);   // far more than Tianjin can pay
        ParkBuilding b = new ParkBuilding();
        double space = cele.getParkSpace();
        b.run(m);
        assertEquals(inflow / cost, cele.getParkSpace() - space, 1e-6, "Tianjin's whole month builds in Cele");
        assertEquals(0, budget(b, "Tianjin").balance(), 1e-3, "and is spent");
        assertEquals(1e8 * share(m, "Shenzhen"), budget(b, "Shenzhen").balance(), 1e-3,
                "other provinces' money is not spent on Tianjin's counties; it carries over");

        m.params().set(AID_PARK_BUDGET, 0);
        space = cele.getParkSpace();
        b.run(m);
        assertEquals(0, cele.getParkSpace() - space, 1e-9, "no money left, no space, however much is wanted");

        // Shenzhen's unspent money of the first month pays for demand in its county later.
        kashgar.unmetDemand().turnedAway(Industry.GARMENTS, 1e6);
        double kSpace = kashgar.getParkSpace();
        b.run(m);
        assertEquals(1e8 * share(m, "Shenzhen") / cost, kashgar.getParkSpace() - kSpace, 1e-6, "carried over");
        assertEquals(0, budget(b, "Shenzhen").balance(), 1e-3);
    }

    @Test
    void theDeepPovertyShareIsKeptForTheDeepPovertyCounties() {
        BeltModel m = model("policy.aidParkBudget", "1e8", "policy.parkBuildLimit", "1e7",
                "policy.deepPovertyAidShare", "0.6");
        double inflow = 1e8 * share(m, "Beijing");
        double cost = m.params().get(PARK_COST_PER_M2);
        Town hotanCity = town(m, "hotan_city");   // Beijing-paired, not a deep-poverty county
        Town luopu = town(m, "luopu");            // Beijing-paired deep-poverty county
        assertTrue(DeepPovertyCounties.contains("luopu") && !DeepPovertyCounties.contains("hotan_city"));
        hotanCity.unmetDemand().turnedAway(Industry.GARMENTS, 1e6);
        ParkBuilding b = new ParkBuilding();
        double space = hotanCity.getParkSpace();
        b.run(m);
        assertEquals(0.4 * inflow / cost, hotanCity.getParkSpace() - space, 1e-6, "only the open 40% outside the deep counties");
        assertEquals(0.6 * inflow, budget(b, "Beijing").reservedBalance(), 1e-3, "the reserved 60% waits for them");

        m.params().set(AID_PARK_BUDGET, 0);
        luopu.unmetDemand().turnedAway(Industry.HAIR_PRODUCTS, 1e6);
        double lSpace = luopu.getParkSpace();
        space = hotanCity.getParkSpace();
        b.run(m);
        assertEquals(0.6 * inflow / cost, luopu.getParkSpace() - lSpace, 1e-6, "spent in the deep-poverty county");
        assertEquals(0, hotanCity.getParkSpace() - space, 1e-9);
        assertEquals(0, budget(b, "Beijing").balance(), 1e-3);
    }

    @Test
    void scatteredAidGivesEveryPairedCountyTheSameMoneyWhateverFirmsAskedFor() {
        BeltModel m = model("policy.aidParkBudget", "1e8", "policy.parkBuildLimit", "1e7",
                "policy.aidAllocation", "every-county");
        double inflow = 1e8 * share(m, "Tianjin");
        double cost = m.params().get(PARK_COST_PER_M2);
        town(m, "cele").unmetDemand().turnedAway(Industry.GARMENTS, 1e6);   // demand does not steer it
        double[] before = m.belt().towns().stream().mapToDouble(Town::getParkSpace).toArray();
        ParkBuilding b = new ParkBuilding();
        b.run(m);
        for (String id : new String[]{"cele", "yutian", "minfeng"}) {
            Town t = town(m, id);
            assertEquals(inflow / 3 / cost, t.getParkSpace() - before[t.index()], 1e-6, "a third of Tianjin's month in " + id);
        }
        assertEquals(0, budget(b, "Tianjin").balance(), 1e-3, "the whole pot is spent");
    }

    @Test
    void concentratedAidBuildsOnlyInTheFundersMostPopulousTowns() {
        BeltModel m = model("policy.aidParkBudget", "1e8", "policy.parkBuildLimit", "1e7",
                "policy.aidAllocation", "hubs", "policy.aidHubs", "1");
        double inflow = 1e8 * share(m, "Tianjin");
        double cost = m.params().get(PARK_COST_PER_M2);
        double[] before = m.belt().towns().stream().mapToDouble(Town::getParkSpace).toArray();
        new ParkBuilding().run(m);
        Town yutian = town(m, "yutian");   // Tianjin's largest paired county
        assertEquals(inflow / cost, yutian.getParkSpace() - before[yutian.index()], 1e-6, "all of it in the hub");
        for (String id : new String[]{"cele", "minfeng"}) {
            Town t = town(m, id);
            assertEquals(0, t.getParkSpace() - before[t.index()], 1e-9, "nothing outside the hub: " + id);
        }
    }

    @Test
    void idleSpaceCostsItsOwnerEveryMonth() {
        BeltModel m = model("policy.aidParkBudget", "0", "policy.idleSpaceCost", "2");
        Town t = town(m, "luopu");
        double idle = t.getIdleSpace();
        assertTrue(idle > 0, "the 2015 stock stands empty before firms come");
        new ParkBuilding().run(m);
        assertEquals(2 * idle, m.accounts().get(t.index(), Flow.SPEND_IDLE_SPACE), 1e-6);
        t.occupy(Industry.GARMENTS, idle);   // a firm takes it all
        double booked = m.accounts().get(t.index(), Flow.SPEND_IDLE_SPACE);
        new ParkBuilding().run(m);
        assertEquals(booked, m.accounts().get(t.index(), Flow.SPEND_IDLE_SPACE), 1e-6, "space in use costs the county nothing");
    }
}
