package org.sxbelt.scenario;

import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.ParamValues;
import org.sxbelt.params.Scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Text overrides (CLI --set, sweep factors) go through the same checks as file values. */
class ScenarioOverrideTest {

    private static String error(Map<String, String> overrides) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.override(Scenario.defaults(), overrides, "--set"));
        assertTrue(e.getMessage().startsWith("--set: "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void validOverridesOfEveryKindAreApplied() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("policy.subsidyMonths", "48");
        o.put("policy.wageSubsidy", "0.3");
        o.put("policy.rentFree", "false");
        o.put("run.decisionRule", "expected-income");
        o.put("policy.transferQuota", "1_000");
        Scenario base = Scenario.defaults();
        Scenario s = ScenarioLoader.override(base, o, "--set");
        assertEquals(48, s.params().get(ParamSchema.SUBSIDY_MONTHS));
        assertEquals(0.3, s.params().get(ParamSchema.WAGE_SUBSIDY));
        assertEquals(0, s.params().get(ParamSchema.RENT_FREE));
        assertEquals(1, s.params().get(ParamSchema.DECISION_RULE));
        assertEquals(1000, s.params().get(ParamSchema.TRANSFER_QUOTA));
        assertEquals(new ParamValues(), base.params(), "the original scenario is unchanged");
        assertNotSame(base.params(), s.params());
        assertEquals(base.name(), s.name());
    }

    @Test
    void eventsAreKeptByOverrides() {
        Scenario baseline = ScenarioLoader.load(java.nio.file.Path.of("scenarios", "baseline.toml"));
        Scenario s = ScenarioLoader.override(baseline, Map.of("policy.transferQuota", "100"), "sweep");
        assertEquals(100, s.params().get(ParamSchema.TRANSFER_QUOTA));
        assertEquals(baseline.events(), s.events());
    }

    @Test
    void outOfRangeNamesOriginKeyValueAndRange() {
        assertEquals("--set: policy.subsidyMonths = 500 is out of range: expected a whole number in [0, 360] (months)",
                error(Map.of("policy.subsidyMonths", "500")));
    }

    @Test
    void badTextIsRejectedLikeInFiles() {
        assertTrue(error(Map.of("policy.subsidyMonths", "2.5")).contains("not a whole number"));
        assertTrue(error(Map.of("policy.wageSubsidy", "lots")).contains("is not a number"));
        assertTrue(error(Map.of("policy.wageSubsidy", "NaN")).contains("is not a number"));
        assertTrue(error(Map.of("policy.rentFree", "1")).contains("expected true or false"));
        assertTrue(error(Map.of("run.decisionRule", "max")).contains("expected one of logit, expected-income"));
        assertTrue(error(Map.of("policy.wageSubsidy", " ")).contains("has no value"));
    }

    @Test
    void unknownKeySuggestsTheNearest() {
        assertEquals("--set: unknown key \"policy.subsidyMonth\"; did you mean \"policy.subsidyMonths\"?",
                error(Map.of("policy.subsidyMonth", "36")));
    }

    @Test
    void quotedChoiceTextIsAccepted() {
        Scenario s = ScenarioLoader.override(Scenario.defaults(), Map.of("run.decisionRule", "\"expected-income\""), "sweep");
        assertEquals(1, s.params().get(ParamSchema.DECISION_RULE));
    }
}
