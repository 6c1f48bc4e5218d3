package org.sxbelt.policy;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Households;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.FarmSide;
import org.sxbelt.model.Flow;
import org.sxbelt.model.Programme;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The farm programmes (policy.FarmProgramme, ODD 7.8.9) reach their yearly number of households
 * registered poor in 2015, a twelfth each month, give each what the programme gives and pay its unit
 * cost; households outside the register get nothing.
 */
class FarmProgrammeTest {

    private static final int SCALE = 1000;
    private static final int PER_YEAR = 1_200_000 / 10; // 10,000 real households a month: 10 agent households

    /**
     * A model whose only programme is {@code kind}, with a reach of PER_YEAR and a cost of 1,000 yuan,
     * started empty (no initial economy, ODD §5.7: its migrants and firms move who is at home and so
     * which households each month's draw finds eligible, which this rule test keeps out).
     */
    private static BeltModel model(FarmProgramme.Kind kind) {
        Scenario s = ScenarioLoader.override(Scenario.defaults(), Map.of("run.scale", String.valueOf(SCALE),
                kind.reach.key(), String.valueOf(PER_YEAR), kind.cost.key(), "1000", "firm.historyMonths", "0", "market.initialStockShare", "0"), "test");
        BeltModel m = new BeltModel(11, s, BeltGeography.loadDefault(), sc -> List.<Programme>of(new FarmProgramme(kind)));
        m.start();
        return m;
    }

    private static int reached(BeltModel m, FarmProgramme.Kind kind) {
        FarmSide farm = m.farm();
        Households hh = m.belt().households();
        int n = 0;
        double step = m.params().get(org.sxbelt.params.ParamSchema.TRAINING_YIELD_GAIN);
        for (int h = 0; h < hh.size(); h++) {
            boolean got = switch (kind) {
                case ORCHARD -> farm.yields().treeYield(h) > farm.yields().fieldYield(h);
                case TRAINING -> hh.has(h, Households.REGISTERED_2015) && farm.yields().fieldYield(h) > 0.7 + 1e-6;
                case GREENHOUSE -> farm.plots().hasGreenhouse(h);
                case COURTYARD -> farm.plots().hasCourtyard(h);
            };
            if (!got) continue;
            assertTrue(hh.has(h, Households.REGISTERED_2015) && !m.isUrban(h), kind + " reached household " + h);
            n += kind == FarmProgramme.Kind.TRAINING ? (int) Math.round((farm.yields().fieldYield(h) - 0.7) / step) : 1;
        }
        return n;
    }

    @Test
    void eachProgrammeReachesItsQuotaOfRegisteredPoorAndPaysItsCost() {
        for (FarmProgramme.Kind kind : FarmProgramme.Kind.values()) {
            BeltModel m = model(kind);
            for (int t = 0; t < 3; t++) m.schedule.step(m);
            int n = reached(m, kind);
            // 10 places a month, stochastically rounded exactly (10.0): 30 in three months (a trained
            // household still below the frontier may be drawn again: reached counts training steps)
            assertEquals(30, n, kind.toString());
            assertEquals(30.0 * 1000 * SCALE, m.accounts().totalCumulative(Flow.SPEND_FARM_PROGRAMMES), 1e-6, kind.toString());
        }
    }

    @Test
    void orchardUpgradingClosesTheTreeCropGapAndTrainingStepsTowardIt() {
        BeltModel m = model(FarmProgramme.Kind.ORCHARD);
        m.schedule.step(m);
        FarmSide farm = m.farm();
        for (int h = 0; h < m.belt().households().size(); h++) {
            if (farm.yields().treeYield(h) > farm.yields().fieldYield(h)) assertEquals(1, farm.yields().treeYield(h), 1e-6);
        }
        BeltModel t = model(FarmProgramme.Kind.TRAINING);
        t.schedule.step(t);
        int trained = 0;
        for (int h = 0; h < t.belt().households().size(); h++) {
            double y = t.farm().yields().fieldYield(h);
            if (y > 0.7 + 1e-6 && y < 1) {
                assertEquals(0.82, y, 1e-6);
                assertEquals(0.82, t.farm().yields().treeYield(h), 1e-6);
                trained++;
            }
        }
        assertEquals(10, trained);
    }
}
