package org.sxbelt.experiment.calibration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenarios hold the recorded calibration (calibration/estimates.csv, ODD 10.4): {@code calibrated}
 * the logit rule's estimates, {@code calibrated-expected-income} the expected-income rule's, and
 * {@code hand-tuned} the start both searches began from, which the schema defaults still equal (the
 * estimates are not yet the defaults: ODD 10.4). An estimate or a default edited by hand, or a
 * calibration re-run without recording its values, fails here.
 */
class RecordedEstimatesTest {

    private static List<CSVRecord> estimates() throws IOException {
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                RecordedEstimatesTest.class.getResourceAsStream("/calibration/estimates.csv")), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void theScenariosHoldTheRecordedEstimatesAndStartOfEveryFreeParameter() throws IOException {
        Scenario defaults = Scenario.defaults();
        Scenario logitRule = ScenarioLoader.resolve("calibrated");
        Scenario start = ScenarioLoader.resolve("hand-tuned");
        Scenario startRule = ScenarioLoader.resolve("hand-tuned-expected-income");
        Scenario expectedIncome = ScenarioLoader.resolve("calibrated-expected-income");
        Set<String> logit = new TreeSet<>(), rule = new TreeSet<>();
        for (CSVRecord e : estimates()) {
            Param p = ParamSchema.byKey(e.get("parameter"));
            double estimate = Double.parseDouble(e.get("estimate")), from = Double.parseDouble(e.get("start"));
            switch (e.get("rule")) {
                case "logit" -> {
                    logit.add(p.key());
                    assertEquals(estimate, logitRule.params().get(p), 0, p.key() + ": calibrated against its estimate");
                    assertEquals(from, start.params().get(p), 0, p.key() + ": hand-tuned against the recorded start");
                    assertEquals(from, defaults.params().get(p), 0, p.key() + ": the default is still the start");
                }
                case "expected-income" -> {
                    rule.add(p.key());
                    assertEquals(estimate, expectedIncome.params().get(p), 0, p.key() + ": calibrated-expected-income");
                    assertEquals(from, startRule.params().get(p), 0, p.key() + ": hand-tuned-expected-income");
                }
                default -> throw new AssertionError("unknown rule " + e.get("rule"));
            }
            assertTrue(Double.parseDouble(e.get("sd")) >= 0, p.key() + " sd");
        }
        Set<String> free = new TreeSet<>();
        FreeParameters.loadDefault().forEach(f -> free.add(f.key()));
        assertEquals(free, logit, "the logit rule's record covers the free parameters");
        assertEquals(free, rule, "the expected-income rule's record covers the free parameters");
        assertEquals("expected-income", startRule.params().asText().get("run.decisionRule"));
    }
}
