package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Industry;
import org.sxbelt.agents.SourceRegion;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.geo.County;
import org.sxbelt.params.ParamValues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.params.ParamSchema.*;

/**
 * Sign and size of each term of the location utility that reads the towns' state
 * ({@link AgglomerationForces}, {@link Congestion}, {@link LocalCosts}), and of the freight index
 * by road to the railhead ({@link FreightDistance}).
 */
class AgglomerationForcesTest {

    private static final ParamValues P = new ParamValues();
    private static final int TOWNS = TestRuns.geography().counties().size();

    private static Town town(String id, double rawMaterialBase) {
        County c = TestRuns.geography().byId(id);
        return new Town(c, 0, 1.0, true, rawMaterialBase, 10_000);
    }

    @Test
    void labourPoolingGrowsWithExperiencedWorkersOfTheIndustry() {
        Town t = town("kuqa", 0.5);
        TownClusters c = new TownClusters();
        assertEquals(0, AgglomerationForces.labourPooling(Industry.GARMENTS, t, c, P), 1e-12);
        c.set(t, Industry.GARMENTS, 500, 300, 500, TOWNS);
        assertEquals(P.get(LABOUR_POOLING) * Math.log(4), AgglomerationForces.labourPooling(Industry.GARMENTS, t, c, P), 1e-12);
        // other industries' workers are no pool for garments
        assertEquals(0, AgglomerationForces.labourPooling(Industry.ELECTRONICS, t, c, P), 1e-12);
    }

    @Test
    void inputOutputLinksPullGarmentsToTextilesAndBack() {
        Town t = town("kuqa", 0.5);
        TownClusters c = new TownClusters();
        double cropGarments = P.get(CROP_PROXIMITY) * Math.log(Industry.GARMENTS.rawMaterialPull(0.5));
        double cropTextiles = P.get(CROP_PROXIMITY) * Math.log(Industry.TEXTILES.rawMaterialPull(0.5));
        assertEquals(cropGarments, AgglomerationForces.inputOutput(Industry.GARMENTS, t, c, P), 1e-12);
        c.set(t, Industry.TEXTILES, 300, 0, 300, TOWNS);
        // garments buy from textiles: ln(1 + 300/100) = ln 4
        assertEquals(P.get(INPUT_OUTPUT_PULL) * Math.log(4) + cropGarments,
                AgglomerationForces.inputOutput(Industry.GARMENTS, t, c, P), 1e-12);
        c.set(t, Industry.GARMENTS, 100, 0, 400, TOWNS);
        // textiles sell to garments: ln(1 + 100/100) = ln 2
        assertEquals(P.get(INPUT_OUTPUT_PULL) * Math.log(2) + cropTextiles,
                AgglomerationForces.inputOutput(Industry.TEXTILES, t, c, P), 1e-12);
        // electronics has no link in the chain and no crops
        assertEquals(0, AgglomerationForces.inputOutput(Industry.ELECTRONICS, t, c, P), 1e-12);
    }

    @Test
    void processorsArePulledToTheirCrops() {
        TownClusters c = new TownClusters();
        double rich = AgglomerationForces.inputOutput(Industry.AGRO_PROCESSING, town("aksu_city", 1.0), c, P);
        double poor = AgglomerationForces.inputOutput(Industry.AGRO_PROCESSING, town("artux", 0.1), c, P);
        assertEquals(P.get(CROP_PROXIMITY) * Math.log(1.5 / 0.6), rich - poor, 1e-12);
    }

    @Test
    void learningIsFasterWhereTheIndustryHasExperiencedWorkers() {
        Town t = town("kuqa", 0.5);
        TownClusters c = new TownClusters();
        assertEquals(1, AgglomerationForces.learningSpeed(Industry.TEXTILES, t, c, P), 1e-12);
        c.set(t, Industry.TEXTILES, 1000, 700, 1000, TOWNS);
        double speed = AgglomerationForces.learningSpeed(Industry.TEXTILES, t, c, P);
        assertEquals(1 + P.get(LEARNING_SPILLOVER) * Math.log(8), speed, 1e-12);
        double ceiling = P.get(MAX_LOCAL_PRODUCTIVITY);
        assertTrue(FirmEconomics.plannedProductivity(P, ceiling, speed) > FirmEconomics.plannedProductivity(P, ceiling));
        assertEquals(FirmEconomics.plannedProductivity(P, ceiling), FirmEconomics.plannedProductivity(P, ceiling, 1), 1e-15);
    }

    @Test
    void rentRisesWithOccupancyAndTheBaseWageWithParkJobsPerResident() {
        Town t = town("kuqa", 0.5);
        // firm.rentPerM2 is the rent of a full park; an empty one lets for less
        assertEquals(1 - P.get(RENT_CONGESTION), Congestion.rentFactor(t, P), 1e-12);
        t.occupy(Industry.GARMENTS, 5_000);
        assertEquals(1 - 0.5 * P.get(RENT_CONGESTION), Congestion.rentFactor(t, P), 1e-12);
        t.occupy(Industry.GARMENTS, 50_000); // over-full counts as full
        assertEquals(1, Congestion.rentFactor(t, P), 1e-12);

        TownClusters c = new TownClusters();
        assertEquals(0, Congestion.wagePremium(t, c, P), 1e-12);
        double pop = t.getPopulation();
        c.set(t, Industry.GARMENTS, 0.02 * pop, 0, 0.02 * pop, TOWNS); // 2 park jobs per 100 residents
        c.setBeltParkJobsPerResident(0.005);                          // the belt: 0.5 per 100
        assertEquals(1.5 * P.get(WAGE_CONGESTION), Congestion.wagePremium(t, c, P), 1e-12);
        c.setBeltParkJobsPerResident(0.03);                           // a town below the belt's density pays the base wage
        assertEquals(0, Congestion.wagePremium(t, c, P), 1e-12);
    }

    @Test
    void congestionLowersAndSpilloversRaiseTheExpectedMargin() {
        Town t = town("kuqa", 0.5);
        Conditions cond = new Conditions();
        double base = FirmEconomics.expectedMargin(Industry.GARMENTS, t, P, cond);
        assertEquals(base, FirmEconomics.expectedMargin(Industry.GARMENTS, t, P, cond, LocalCosts.NONE), 1e-15);
        assertTrue(FirmEconomics.expectedMargin(Industry.GARMENTS, t, P, cond, new LocalCosts(1, 0, 0.5)) > base);
        assertTrue(FirmEconomics.expectedMargin(Industry.GARMENTS, t, P, cond, new LocalCosts(1.3, 0, 1)) > base);
        // where the base wage binds over the planning horizon, a premium on it costs margin; where piece rates do, nothing
        assertEquals(base, FirmEconomics.expectedMargin(Industry.GARMENTS, t, P, cond, new LocalCosts(1, 0.1, 1)), 1e-15);
        ParamValues highFloor = P.copy().set(WAGE_FLOOR, 3000);
        assertTrue(FirmEconomics.expectedMargin(Industry.GARMENTS, t, highFloor, cond, new LocalCosts(1, 0.1, 1))
                < FirmEconomics.expectedMargin(Industry.GARMENTS, t, highFloor, cond));
        assertThrows(IllegalArgumentException.class, () -> new LocalCosts(0.9, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LocalCosts(1, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new LocalCosts(1, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new LocalCosts(1, 0, 0));
    }

    @Test
    void theLabourReserveEntersAsTheLogOfATownsSize() {
        Town small = town("akqi", 0.1);
        Town large = town("shache", 0.6);
        TownClusters c = new TownClusters();
        // before any observation the reserve is 60% of the residents, so the difference is the log population ratio
        assertEquals(P.get(LABOUR_RESERVE_WEIGHT) * Math.log((double) large.getPopulation() / small.getPopulation()),
                Congestion.labourReserve(large, c, P) - Congestion.labourReserve(small, c, P), 1e-9);
    }

    @Test
    void locationUtilityRisesWithTheTownsIndustryAndFallsWithItsCongestion() {
        Town t = town("kuqa", 0.5);
        Conditions cond = new Conditions();
        SourceRegion origin = SourceRegion.ALL.get(0);
        TownClusters empty = new TownClusters();
        double before = LocationUtility.of(Industry.GARMENTS, origin, t, empty, P, cond);
        TownClusters withIndustry = new TownClusters();
        withIndustry.set(t, Industry.GARMENTS, 300, 300, 0, TOWNS);
        assertTrue(LocationUtility.of(Industry.GARMENTS, origin, t, withIndustry, P, cond) > before);
        t.occupy(Industry.ELECTRONICS, 9_000); // 90% full: dearer rent than the empty park's
        assertTrue(LocationUtility.of(Industry.GARMENTS, origin, t, empty, P, cond) < before);
    }

    @Test
    void freightGoesByRoadToTheRailheadThenByRail() {
        BeltGeography geo = TestRuns.geography();
        double rho = P.get(RAIL_COST_RATIO);
        int urumqi = geo.byId("urumqi").index();
        County kashgar = geo.byId("kashgar_city");
        // a railhead ships by rail from its own yard
        assertEquals(rho * geo.roads().km(kashgar.index(), urumqi), FreightDistance.costKm(geo, kashgar, rho), 1e-9);
        // Minfeng, on the desert highway, is nearer Urumqi by road than Kashgar but far from any railhead
        County minfeng = geo.byId("minfeng");
        assertTrue(geo.roads().km(minfeng.index(), urumqi) < geo.roads().km(kashgar.index(), urumqi));
        assertTrue(FreightDistance.costKm(geo, minfeng, rho) > FreightDistance.costKm(geo, kashgar, rho));
        // the index keeps the population-weighted belt mean of road km / 1,500
        double[] idx = FreightDistance.indices(geo, rho);
        double pop = 0, mean = 0, road = 0;
        for (County c : geo.counties()) {
            pop += c.population();
            mean += c.population() * idx[c.index()];
            road += c.population() * geo.roads().km(c.index(), urumqi) / 1500;
        }
        assertEquals(road / pop, mean / pop, 1e-12);
    }
}
