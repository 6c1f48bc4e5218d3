package org.sxbelt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.experiment.CalibrationTargets;
import org.sxbelt.experiment.ValidationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sxbelt.cli.MainTest.run;

/** End-to-end {@code sxbelt validate} on a small target file: 2 seeds, scale 1000, three months. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    private Path targets(String... rows) throws IOException {
        Path f = tmp.resolve("targets.csv");
        Files.writeString(f, CalibrationTargets.HEADER + "\n" + String.join("\n", rows) + "\n");
        return f;
    }

    private static final String REACHABLE =
            "pop,fitted,Population (persons),mean,population,belt,belt,2015-01,2015-03,1,1e9,0,003 part 4 §4.3,";
    private static final String IMPOSSIBLE =
            "jobs,fitted,Park jobs (persons),value,jobs_park,prefecture,Hotan,2015-03,2015-03,-2,-1,0,001 part 1 §2,";

    @Test
    void writesTheCsvAndPrintsTheTableAndSummary() throws IOException {
        Path f = targets(REACHABLE, IMPOSSIBLE);
        Path out = tmp.resolve("out");
        MainTest.Result r = run("validate", "--targets", f.toString(), "--seeds", "2", "--seed", "3", "--scale", "1000",
                "--threads", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "--quiet");
        assertTrue(r.out().contains("fitted: 1 of 2 OK; tested: 0 of 0 OK; input: 0 of 0 reproduce"), r.out());
        assertTrue(r.out().contains("Population (persons)") && r.out().contains("003 part 4 §4.3")
                && r.out().contains("95% CI") && r.out().contains(" OK") && r.out().contains(" MISS")
                && r.out().contains("Fitted facts") && r.out().contains("miss"), r.out());
        assertTrue(r.out().contains("seeds (3..4), scale 1000, 3 months"), r.out());
        Path csv = out.resolve("validate-baseline.csv");
        assertTrue(r.out().contains("Table written to " + csv), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ValidationReport.CSV_HEADER, lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("pop,") && lines.get(1).contains(",OK,baseline,1000,3;4,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("jobs,fitted,") && lines.get(2).contains(",MISS,"), lines.get(2));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("validate-baseline.csv"), s.map(p -> p.getFileName().toString()).toList(),
                    "no temporary files left");
        }

        // --strict: the same report, exit 3 because of the MISS
        MainTest.Result strict = run("validate", "--targets", f.toString(), "--seeds", "2", "--scale", "1000",
                "--out", out.toString(), "--quiet", "--strict");
        assertEquals(ValidateCommand.STRICT_FAILURE, strict.code(), strict.err());
        MainTest.Result strictOk = run("validate", "--targets", targets(REACHABLE).toString(), "--seeds", "1",
                "--scale", "1000", "--out", out.toString(), "--quiet", "--strict");
        assertEquals(0, strictOk.code(), strictOk.err());
        assertTrue(strictOk.out().contains("fitted: 1 of 1 OK"), strictOk.out());
        // --strict counts fitted and tested facts only: a missed input is shown, not failed
        MainTest.Result inputMiss = run("validate", "--targets", targets(REACHABLE, IMPOSSIBLE.replace("jobs,fitted,",
                "jobs,input,")).toString(), "--seeds", "1", "--scale", "1000", "--out", out.toString(), "--quiet", "--strict");
        assertEquals(0, inputMiss.code(), inputMiss.err());
        assertTrue(inputMiss.out().contains("input: 0 of 1 reproduce") && inputMiss.out().contains(" MISS"), inputMiss.out());
        MainTest.Result testedMiss = run("validate", "--targets", targets(REACHABLE, IMPOSSIBLE.replace("jobs,fitted,",
                "jobs,tested,")).toString(), "--seeds", "1", "--scale", "1000", "--out", out.toString(), "--quiet", "--strict");
        assertEquals(ValidateCommand.STRICT_FAILURE, testedMiss.code(), testedMiss.err());
    }

    /** Each rule at its own estimates: --rule-scenario names the other rule's scenario instead of switching the rule. */
    @Test
    void compareRulesTakesTheOtherRulesOwnScenario() throws IOException {
        Path f = targets(REACHABLE);
        Path out = tmp.resolve("rules");
        MainTest.Result r = run("validate", "--compare-rules", "--scenario", "calibrated", "--rule-scenario",
                "calibrated-expected-income", "--targets", f.toString(), "--seeds", "2", "--scale", "1000",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Validating calibrated under the logit rule and calibrated-expected-income under the "
                + "expected-income rule"), r.err());
        assertTrue(r.out().contains("logit: fitted: 1 of 1 OK") && r.out().contains("expected-income: fitted: 1 of 1 OK"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("validate-rules-calibrated.csv")));

        String o = tmp.resolve("bad").toString();
        assertEquals("error: --rule-scenario needs --compare-rules",
                run("validate", "--rule-scenario", "expected-income-rule", "--out", o).userError());
        assertEquals("error: --rule-scenario calibrated: its run.decisionRule is logit, the same as --scenario baseline's; "
                        + "expected expected-income",
                run("validate", "--compare-rules", "--rule-scenario", "calibrated", "--targets", f.toString(), "--out", o).userError());
        assertTrue(run("validate", "--compare-rules", "--rule-scenario", "nosuch.toml", "--out", o).userError()
                .contains("--rule-scenario: scenario file nosuch.toml not found"));
        assertFalse(Files.exists(Path.of(o)), "nothing written for a refused command");
    }

    @Test
    void progressGoesToStderrUnlessQuiet() throws IOException {
        MainTest.Result r = run("validate", "--targets", targets(REACHABLE).toString(), "--seeds", "2",
                "--scale", "1000", "--threads", "1", "--out", tmp.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("Validating baseline against 1 facts: 2 seeds from 1, scale 1000, 3 months"), r.err());
        assertTrue(r.err().contains("seed 1 done") && r.err().contains("seed 2 done"), r.err());
    }

    @Test
    void badOptionsAreOneLineUserErrors() throws IOException {
        String out = tmp.resolve("o").toString();
        assertTrue(run("validate", "--seeds", "0", "--out", out).userError().contains("--seeds = 0 is out of range"));
        assertTrue(run("validate", "--seeds", "many", "--out", out).userError().contains("--seeds = many is not a whole number"));
        assertTrue(run("validate", "--threads", "0", "--out", out).userError().contains("--threads = 0 is out of range"));
        assertTrue(run("validate", "--scale", "0", "--out", out).userError().contains("--scale = 0 is out of range"));
        assertTrue(run("validate", "--seed", "2147483647", "--seeds", "2", "--out", out).userError()
                .contains("goes past the largest seed"));
        assertTrue(run("validate", "--targets", tmp.resolve("none.csv").toString(), "--out", out).userError()
                .contains("--targets: target file"));
        Path bad = targets("a,fitted,X,mean,jobs_parks,belt,belt,2015-01,2015-02,1,2,0,000,");
        String line = run("validate", "--targets", bad.toString(), "--out", out).userError();
        assertTrue(line.contains("line 2, column 5 (indicator): unknown indicator \"jobs_parks\""), line);
        Path badKind = targets("a,evidence,X,mean,population,belt,belt,2015-01,2015-02,1,2,0,000,");
        String kindLine = run("validate", "--targets", badKind.toString(), "--out", out).userError();
        assertTrue(kindLine.contains(badKind + " line 2, column 2 (kind): unknown kind \"evidence\"; expected one of "
                + "fitted, tested, input"), kindLine);
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        assertTrue(run("validate", "--out", file.toString()).userError().contains("is a file, not a folder"));
        assertTrue(run("validate", "--scenario", "nosuch").userError().contains("nosuch"));
        assertTrue(run("validate", "--set", "labor.nope=1").userError().contains("labor.nope"));
    }

    @Test
    void helpListsTheOptions() {
        MainTest.Result r = run("validate", "--help");
        assertEquals(0, r.code());
        for (String o : List.of("--scenario", "--seeds", "--seed", "--scale", "--threads", "--set", "--targets", "--out",
                "--strict", "--quiet")) {
            assertTrue(r.out().contains(o), "help lacks " + o + ":\n" + r.out());
        }
        assertTrue(run("help").out().contains("validate"));
    }
}
