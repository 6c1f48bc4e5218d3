package org.sxbelt.policy;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Firm;
import org.sxbelt.agents.Town;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.DonorPurchases;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumption aid (policy.ConsumptionAid): each counterpart province's orders, at full capacity of the
 * agro-processing and craft firms of its paired towns, are worth exactly its budget, and no other
 * industry gets any.
 */
class ConsumptionAidTest {

    @Test
    void eachProvinceSpendsItsBudgetOnItsPairedTownsFoodAndCraftFirms() {
        double perResident = 146;
        BeltModel m = new BeltModel(3, ScenarioLoader.override(ScenarioLoader.loadDefault(),
                Map.of("run.scale", "500", "shock.consumptionAid", String.valueOf(perResident)), "test"),
                BeltGeography.loadDefault(), new Government());
        m.start();
        for (int t = 0; t < 24; t++) m.schedule.step(m);
        // the programme's own rule on the firms alive now (the run's firms changed after its policy phase)
        new ConsumptionAid().run(m);
        DonorPurchases donors = m.donorPurchases();
        Map<String, Double> bought = new LinkedHashMap<>(), budget = new LinkedHashMap<>();
        int buying = 0;
        for (Firm f : m.belt().liveFirms()) {
            double orders = donors.orders(f.industry(), f.town());
            if (!DonorPurchases.buys(f.industry())) {
                assertEquals(0, orders, 0, f.industry().id());
                continue;
            }
            buying++;
            bought.merge(f.town().getCounterpartProvince(), orders * f.getCapacity() * m.belt().scale() * f.valueAdded(),
                    Double::sum);
        }
        for (Town t : m.belt().towns()) {
            String province = t.getCounterpartProvince();
            if (province != null && !province.isEmpty() && bought.containsKey(province)) {
                budget.merge(province, perResident / 12 * t.getPopulation(), Double::sum);
            }
        }
        assertTrue(buying > 0, "no agro-processing or craft firm to buy from");
        assertTrue(bought.size() >= 5, "provinces buying: " + bought.keySet());
        for (var e : bought.entrySet()) {
            assertEquals(1, e.getValue() / budget.get(e.getKey()), 1e-9, e.getKey() + ": orders worth of its budget");
        }
        m.finish();
    }
}
