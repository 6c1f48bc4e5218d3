package org.sxbelt.policy;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programmes;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only: started models for the programme tests, which run the programme under test themselves. */
final class PolicyModels {

    private static BeltGeography geography;

    private PolicyModels() {}

    static synchronized BeltGeography geography() {
        if (geography == null) geography = BeltGeography.loadDefault();
        return geography;
    }

    /**
     * A started model of the schema defaults with {@code base} then {@code keyValues} ({@code key, value,
     * ...}) set, and no programmes.
     */
    static BeltModel started(long seed, Map<String, String> base, String... keyValues) {
        Map<String, String> o = new LinkedHashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) o.put(keyValues[i], keyValues[i + 1]);
        Scenario s = ScenarioLoader.override(Scenario.defaults(), o, "test");
        BeltModel m = new BeltModel(seed, s, geography(), Programmes.NONE);
        m.start();
        return m;
    }
}
