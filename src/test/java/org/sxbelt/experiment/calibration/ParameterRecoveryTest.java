package org.sxbelt.experiment.calibration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.experiment.CalibrationTarget;
import org.sxbelt.experiment.CalibrationTargetKind;
import org.sxbelt.experiment.Statistic;
import org.sxbelt.geo.BeltGeography;
import org.sxbelt.model.Level;
import org.sxbelt.params.ParamSchema;
import org.sxbelt.params.Scenario;
import org.sxbelt.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 item 4: the model run at known parameter values gives the targets; a calibration from the
 * former hand-set values (scenario {@code hand-tuned}) recovers those values. A small, fast configuration: two parameters with distinct
 * effects (eastern firms weighing the belt each month; the yearly rate of serious illness), two
 * statistics of 2015 at 1:1000 (relocations, illnesses), two replications with the truth's seeds (common
 * random numbers: the loss at the truth is exactly 0), with factory space never short (scenario
 * {@code ample-park-space}: where the parks the history before 2015 fills are full, 2015's relocations
 * follow the space built, and the search found 73 for a truth of 52). At this scale a statistic moves by 5-10 % from
 * one parameter value to a nearby one as the run's path diverges (relocations read 420, 358 and 412 for
 * 52, 45 and 60 firms a month, seed 1), so recovery is asked within 15 % of each parameter's search
 * range. Workshops built per month, tried first, are not recoverable at 1:1000: an agent workshop
 * stands for about 58 real ones, and the count at the end of 2016 read 930, 717 and 792 for 27.5, 28
 * and 28.3 a month. The same
 * calibration stopped after 25 evaluations and run again with the full budget ends with the same
 * calibration.csv, byte for byte, as one uninterrupted run.
 */
class ParameterRecoveryTest {

    private static final double[] TRUTH = {52, 0.018};
    private static final int BUDGET = 90;

    @TempDir
    static Path dir;

    private static BeltGeography geography;
    private static Scenario baseline;
    private static List<FreeParameter> free;
    private static List<CalibrationTarget> targets;
    private static Calibration.Result whole;

    private static CalibrationTarget target(String id, Statistic s, String indicator, int from, int to, double value) {
        return new CalibrationTarget(id, CalibrationTargetKind.FITTED, id, s, List.of(indicator), List.of(), Level.BELT,
                List.of("belt"), from, to, value, value, 0.05, "the model at the true values", "", 2);
    }

    private static Calibration.Options options(String name, int budget) {
        return new Calibration.Options(name, "baseline", baseline, targets, Set.of(), free, 2, budget, 1, 1000, 2, 0.3, 6, 0,
                dir, false, false);
    }

    @BeforeAll
    static void truthAndOneWholeCalibration() throws Exception {
        geography = BeltGeography.loadDefault();
        // Factory space never short (the scenario ample-park-space): with the parks of the initial economy
        // full (ODD 5.7), 2015's relocations read the space built more than the firms that come.
        // The free parameters at their former hand-set values (scenario hand-tuned: 30 firms a month, an
        // illness rate of 0.01), so that the search starts where the figures above were measured.
        Map<String, String> handTuned = new LinkedHashMap<>();
        Scenario start = ScenarioLoader.resolve("hand-tuned");
        FreeParameters.loadDefault().forEach(p -> handTuned.put(p.key(), start.params().asText().get(p.key())));
        baseline = ScenarioLoader.override(ScenarioLoader.loadResource("ample-park-space"), handTuned, "hand-tuned");
        free = List.of(new FreeParameter(ParamSchema.byKey("firm.candidatesPerMonth"), 10, 80, "test"),
                new FreeParameter(ParamSchema.byKey("health.illnessRate"), 0.003, 0.03, "test"));
        List<CalibrationTarget> proto = List.of(
                target("relocations_2015", Statistic.SUM, "firm_relocations", 0, 11, 1),
                target("illnesses_2015", Statistic.MEAN, "illnesses", 0, 11, 1));
        GenerationRuns truth = new GenerationRuns(new GenerationRuns.Setup("baseline", baseline, free, proto, 2, 1, 1000, 2,
                false), dir.resolve("truth"), geography, null);
        double[] stats = truth.run("truth", List.of(TRUTH), "the truth")[0];
        targets = new ArrayList<>();
        for (int k = 0; k < proto.size(); k++) {
            CalibrationTarget p = proto.get(k);
            targets.add(target(p.id(), p.statistic(), p.numerator().get(0), p.monthFrom(), p.monthTo(), stats[k]));
        }
        whole = new Calibration(options("whole", BUDGET), geography, null).run();
    }

    @Test
    void theCalibrationRecoversTheValuesThatMadeTheTargets() throws Exception {
        double[] found = whole.best().values();
        for (int j = 0; j < free.size(); j++) {
            FreeParameter f = free.get(j);
            double tolerance = 0.15 * (f.high() - f.low());
            assertEquals(TRUTH[j], found[j], tolerance, f.key() + ": found " + Arrays.toString(found) + ", loss " + whole.best().loss());
            System.out.println("recovered " + f.key() + " = " + found[j] + " (truth " + TRUTH[j] + ", loss " + whole.best().loss() + ")");
        }
        double start = whole.rows().get(0).loss();
        assertTrue(whole.best().loss() < start / 50, "the loss falls fifty-fold from the baseline's values: " + start
                + " -> " + whole.best().loss());
        // a candidate CMA-ES asks for twice (a repeat within a generation) is run once
        assertTrue(whole.rows().size() <= BUDGET && whole.rows().size() > BUDGET * 0.9, whole.rows().size() + " evaluations");
        assertTrue(Files.isRegularFile(whole.fittedScenario()));
        assertTrue(Files.size(dir.resolve("whole").resolve(Calibration.CHART)) > 1000, "a convergence chart");
    }

    @Test
    void aCalibrationStoppedAndRunAgainEndsExactlyAsOneThatRanThrough() throws Exception {
        Calibration.Result part = new Calibration(options("resumed", 25), geography, null).run();
        assertTrue(part.rows().size() <= 25 && part.rows().size() > 20, part.rows().size() + " evaluations");
        Calibration.Result rest = new Calibration(options("resumed", BUDGET), geography, null).run();
        assertEquals(whole.rows().size() - part.rows().size(), rest.evaluationsRun(), "only the evaluations not yet made are run");
        assertEquals(Files.readString(dir.resolve("whole").resolve(CalibrationTable.FILE_NAME)),
                Files.readString(dir.resolve("resumed").resolve(CalibrationTable.FILE_NAME)));
    }

    @Test
    void aFolderOfOtherSettingsIsRefusedInOneLineUnlessForced() throws Exception {
        new Calibration(options("other", 1), geography, null).run();
        Calibration.Options changed = new Calibration.Options("other", "baseline", baseline, targets, Set.of(), free, 3, 1, 1,
                1000, 2, 0.3, 6, 0, dir, false, false);
        CalibrationException e = org.junit.jupiter.api.Assertions.assertThrows(CalibrationException.class,
                () -> new Calibration(changed, geography, null).run());
        assertTrue(e.getMessage().contains("holds a calibration with other settings") && !e.getMessage().contains("\n"), e.getMessage());
        Calibration.Options forced = new Calibration.Options("other", "baseline", baseline, targets, Set.of(), free, 3, 1, 1,
                1000, 2, 0.3, 6, 0, dir, false, true);
        assertEquals(1, new Calibration(forced, geography, null).run().evaluationsRun());
    }
}
