package org.sxbelt.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentFileTest {

    @TempDir
    Path dir;

    private static final String HEAD = "name = \"x\"\nindicators = [\"poverty_rate\"]\n";

    private String error(String text) throws IOException {
        Path f = dir.resolve("x.toml");
        Files.writeString(f, text);
        String msg = assertThrows(ExperimentException.class, () -> ExperimentFile.load(f)).getMessage();
        assertTrue(msg.startsWith(f.toString()), msg);
        assertFalse(msg.contains("\n"), "one line: " + msg);
        return msg;
    }

    @Test
    void outOfRangeFactorNamesFileLineKeyAndRange() throws IOException {
        String msg = error(HEAD + "[design]\ntype = \"lhs\"\npoints = 4\n[[factors]]\nkey = \"policy.subsidyMonths\"\n"
                + "min = 12\nmax = 400\n");
        assertTrue(msg.contains("line 9"), msg);
        assertTrue(msg.contains("factors[1].max") && msg.contains("policy.subsidyMonths"), msg);
        assertTrue(msg.contains("a whole number in [0, 360]"), msg);
    }

    @Test
    void unknownParameterKeyIsNamedWithASuggestion() throws IOException {
        String msg = error(HEAD + "[design]\ntype = \"factorial\"\n[[factors]]\nkey = \"policy.subsidyMonth\"\nlevels = [1]\n");
        assertTrue(msg.contains("unknown parameter key \"policy.subsidyMonth\"") && msg.contains("policy.subsidyMonths"), msg);
    }

    @Test
    void otherMistakes() throws IOException {
        assertTrue(error(HEAD + "replications = 0\n").contains("replications = 0 is out of range: expected a whole number in [1,"));
        assertTrue(error("name = \"x\"\nindicators = [\"poverty_rat\"]\n").contains("unknown indicator \"poverty_rat\""));
        assertTrue(error("name = \"x\"\n").contains("indicators is missing"));
        assertTrue(error(HEAD + "levels = [\"village\"]\n").contains("unknown level \"village\""));
        assertTrue(error(HEAD + "replicates = 3\n").contains("unknown key \"replicates\""));
        assertTrue(error("name = \"y\"\nindicators = [\"poverty_rate\"]\n").contains("does not match the file name"));
        assertTrue(error(HEAD + "[design]\ntype = \"morris\"\ntrajectories = 2\ngrid = 5\n[[factors]]\nkey = "
                + "\"policy.wageSubsidy\"\nmin = 0\nmax = 1\n").contains("grid = 5 must be even"));
        assertTrue(error(HEAD + "[[factors]]\nkey = \"policy.wageSubsidy\"\nlevels = [0.1]\n").contains("type is \"none\""));
        assertTrue(error(HEAD + "[design]\ntype = \"factorial\"\n[[factors]]\nkey = \"policy.wageSubsidy\"\nlevels = [0.1, 2]\n")
                .contains("policy.wageSubsidy = 2 is out of range: expected a number in [0, 1]"));
        assertTrue(error(HEAD + "[design]\ntype = \"sobol\"\n[[factors]]\nkey = \"policy.wageSubsidy\"\nmin = 0\nmax = 1\n")
                .contains("needs samples"));
        assertTrue(error(HEAD + "months = 601\n").contains("months = 601 is out of range: expected a whole number in [1, 600]"));
    }

    @Test
    void validFileAndTheShippedExperimentsParse() {
        Experiment e = ExperimentFile.parse(HEAD + "scenarios = [\"baseline\", \"subsidy-5y\"]\nreplications = 3\n"
                + "[design]\ntype = \"factorial\"\n[[factors]]\nkey = \"policy.subsidyMonths\"\nlevels = [24, 36, 60]\n"
                + "[[factors]]\nkey = \"policy.rentFree\"\nlevels = [true, false]\n", "x.toml", "x");
        SweepPlan d = SweepPlan.of(e);
        assertEquals(2 * 3 * 2, d.points().size());
        assertEquals(36, d.runs().size());
        assertEquals("p00-r0", d.runs().get(0).id());
        assertEquals("p11-r2", d.runs().get(35).id());
        assertEquals(3, d.runs().get(35).seed(), "seed = base + replicate");
        List<String> lines = d.file().csv().lines().toList();
        assertEquals("point,scenario,policy.subsidyMonths,policy.rentFree,design_type,design_group,design_step", lines.get(0));
        assertEquals("0,baseline,24,true,factorial,,", lines.get(1));
        assertEquals("11,subsidy-5y,60,false,factorial,,", lines.get(12));

        for (String name : List.of("smoke", "policy-comparison", "subsidy-morris", "relocation-follow-up")) {
            Experiment x = ExperimentFile.load(Path.of("scenarios/experiments/" + name + ".toml"));
            assertEquals(name, x.name());
            Sweep.loadScenarios(x);
            assertTrue(SweepPlan.of(x).runs().size() > 0);
        }
    }

    /**
     * The policy comparison runs long enough for every event of every scenario it lists to take
     * effect (issue 13: it stopped in 2020, before the 2022 export shock).
     */
    @Test
    void policyComparisonRunsPastTheLastEventOfEveryScenarioItLists() {
        Experiment x = ExperimentFile.load(Path.of("scenarios/experiments/policy-comparison.toml"));
        for (var e : Sweep.loadScenarios(x).entrySet()) {
            for (var event : e.getValue().events()) {
                assertTrue(event.month() < x.months(), e.getKey() + ": " + event + " after the horizon of " + x.months() + " months");
            }
        }
    }

    @Test
    void aPointsDesignRunsEachListedPointOnce() {
        Experiment e = ExperimentFile.parse(HEAD + "replications = 2\n[design]\ntype = \"points\"\n"
                + "[[factors]]\nkey = \"policy.subsidyMonths\"\nvalues = [24, 36, 24]\n"
                + "[[factors]]\nkey = \"labor.quitRate\"\nvalues = [0.01, 0.02, 0.0123456]\n", "test", "x");
        SweepPlan plan = SweepPlan.of(e);
        assertEquals(3, plan.pointCount());
        assertEquals(6, plan.runCount());
        assertEquals(36, plan.point(1).value(0));
        assertEquals(0.0123456, plan.point(2).value(1));
        assertEquals(24, plan.point(2).value(0), "a value may repeat: points are not combinations");
        assertTrue(plan.file().csv().contains("0.0123456"), "design.csv holds exactly the value run");
    }

    @Test
    void aPointsDesignNeedsOneValuePerPointForEveryFactor() throws IOException {
        String base = HEAD + "[design]\ntype = \"points\"\n";
        assertTrue(error(base + "[[factors]]\nkey = \"policy.subsidyMonths\"\nvalues = [24, 36]\n"
                + "[[factors]]\nkey = \"labor.quitRate\"\nvalues = [0.01]\n")
                .endsWith("factors[2] (labor.quitRate) lists 1 values, factors[1] (policy.subsidyMonths) 2: a points design "
                        + "gives every factor one value per point"));
        assertTrue(error(base + "[[factors]]\nkey = \"policy.subsidyMonths\"\nlevels = [24, 36]\n")
                .contains("levels does not apply to a points design"));
        assertTrue(error(base + "[[factors]]\nkey = \"policy.subsidyMonths\"\nvalues = [24, 400]\n")
                .contains("out of range"));
        assertTrue(error(HEAD + "[design]\ntype = \"lhs\"\npoints = 3\n[[factors]]\nkey = \"policy.subsidyMonths\"\n"
                + "min = 1\nmax = 3\nvalues = [2]\n").contains("values apply only to a points design"));
    }

    @Test
    void morrisDesignCsvHasTrajectoryAndStep() {
        Experiment e = ExperimentFile.parse(HEAD + "[design]\ntype = \"morris\"\ntrajectories = 2\ngrid = 4\n"
                + "[[factors]]\nkey = \"policy.subsidyMonths\"\nmin = 12\nmax = 72\n"
                + "[[factors]]\nkey = \"policy.wageSubsidy\"\nmin = 0\nmax = 0.5\n", "x.toml", "x");
        List<String> lines = SweepPlan.of(e).file().csv().lines().toList();
        assertEquals(1 + 2 * 3, lines.size());
        assertTrue(lines.get(1).endsWith(",morris,1,0"), lines.get(1));
        assertTrue(lines.get(6).endsWith(",morris,2,2"), lines.get(6));
        // integer factor on its grid: 12 + {0, 1/3, 2/3, 1} * 60
        String months = lines.get(1).split(",")[2];
        assertTrue(List.of("12", "32", "52", "72").contains(months), months);
    }
}
