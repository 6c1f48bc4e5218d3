package org.sxbelt.experiment.theory;

import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A belt stripped to the market a theory speaks of: the schema defaults without timed events, with no
 * government programme, no firm at the start or arriving or leaving on its own account, no workshop,
 * no distant job, no illness or disaster, fixed orders and no growth of prices or wages; then the check's own values. The check's programmes
 * (say, one town's jobs let anew each month) are plugged in through the model's programme port.
 */
final class LimitingSetting {

    private static final String[] QUIET = {
            "policy.workshopsPerMonth", "0", "policy.satellites", "false", "firm.candidatesPerMonth", "0",
            "firm.localEntryPerMonth", "0", "firm.orderVolatility", "0", "firm.productivityDispersion", "0",
            "firm.pieceRateShare", "0", "labor.wageGrowth", "0", "farm.incomeGrowth", "0",
            "market.xinjiangDemand", "0", "market.xpccDemand", "0", "market.inlandDemand", "0",
            "policy.trainingSeats", "0", "policy.transferQuota", "0", "policy.ecoPosts", "0",
            "labor.quitRate", "0", "labor.casualHabitShare", "0", "labor.onJobSearchRate", "0",
            "policy.landTransferShare", "0", "labor.careShareWomen", "0", "policy.kindergartenCoverage", "1",
            "policy.boardingCoverage", "1", "policy.elderCareCoverage", "1", "policy.subsidyMonths", "360",
            "firm.historyMonths", "0", "market.initialStockShare", "0",
            // no illness or disaster: an ill worker leaving a job is outside every theory checked here
            "health.illnessRate", "0", "household.disasterRate", "0"};

    private final Map<String, String> overrides = new LinkedHashMap<>();

    LimitingSetting(String... keyValues) {
        put(QUIET);
        put(keyValues);
    }

    LimitingSetting put(String... keyValues) {
        if (keyValues.length % 2 != 0) throw new IllegalArgumentException("key/value pairs expected");
        for (int i = 0; i < keyValues.length; i += 2) overrides.put(keyValues[i], keyValues[i + 1]);
        return this;
    }

    Scenario scenario() {
        return ScenarioLoader.override(Scenario.defaults(), overrides, "theory");
    }

    /** A model of the setting whose policy phase runs only {@code programmes} (made afresh at each start). */
    BeltModel model(long seed, BeltGeography geography, java.util.function.Supplier<List<Programme>> programmes) {
        return new BeltModel(seed, scenario(), geography, s -> programmes.get());
    }

    /** A number as the scenario files spell it. */
    static String text(double v) { return org.sxbelt.params.NumberText.exact(v); }
}
