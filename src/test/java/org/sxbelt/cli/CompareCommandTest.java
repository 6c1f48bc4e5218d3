package org.sxbelt.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code compare} on real runs: baseline and no counterpart aid, seed 1, 3 months at 1:1000. */
class CompareCommandTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void runTwoScenarios() {
        for (String s : new String[] {"baseline", "no-counterpart-aid"}) {
            MainTest.Result r = MainTest.run("run", "--scenario", s, "--months", "3", "--scale", "1000", "--quiet",
                    "--out", tmp.toString());
            assertEquals(0, r.code(), r.err());
        }
        MainTest.Result r = MainTest.run("run", "--months", "3", "--scale", "1000", "--quiet", "--out", tmp.toString(),
                "--name", "baseline-again");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void writesTheTablesAndThePage() throws IOException {
        Path out = tmp.resolve("cmp");
        MainTest.Result r = MainTest.run("compare", tmp.resolve("baseline-seed1").toString(),
                tmp.resolve("no-counterpart-aid-seed1").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("A: baseline-seed1 (baseline, seed 1)\nB: no-counterpart-aid-seed1 (no-counterpart-aid, seed 1)\n"),
                r.out());
        assertTrue(r.out().contains("First difference: 2015-"), r.out());
        assertTrue(r.out().contains("Largest relative differences in 2015-03"), r.out());
        String html = Files.readString(out.resolve("compare.html"));
        assertTrue(html.contains("id=\"chart-jobs_park\"") && html.contains("data:image/png;base64,"));
        assertTrue(Files.readString(out.resolve("compare-summary.csv"))
                .startsWith("indicator,first_difference,month,a,b,difference,relative_difference\n"));
        assertTrue(Files.readString(out.resolve("compare-belt.csv")).startsWith("month,indicator,a,b,difference\n"));
        assertTrue(Files.readString(out.resolve("compare-counties.csv")).contains(",kuqa,2015-03,"));

        // the same scenario and seed twice: identical, no chart
        r = MainTest.run("compare", tmp.resolve("baseline-seed1").toString(), tmp.resolve("baseline-again").toString(),
                "--out", tmp.resolve("same").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("The runs are identical"), r.out());
        assertTrue(Files.readString(tmp.resolve("same/compare.html")).contains("nothing to draw"));
    }

    @Test
    void runsTwoScenariosWithTheSameSeedFirst() throws IOException {
        Path out = tmp.resolve("spot");
        MainTest.Result r = MainTest.run("compare", "--scenarios", "baseline,no-counterpart-aid", "--months", "2",
                "--scale", "1000", "--seed", "4", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("A: a-baseline (baseline, seed 4)\nB: b-no-counterpart-aid (no-counterpart-aid, seed 4)\n"),
                r.out());
        assertTrue(r.out().contains("2 common months, 2015-01 to 2015-02"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("a-baseline/indicators.csv")));
        assertTrue(Files.isRegularFile(out.resolve("compare.html")));
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        Path out = tmp.resolve("not-made");
        String a = tmp.resolve("baseline-seed1").toString();
        assertTrue(MainTest.run("compare", a, "--out", out.toString()).userError().contains("needs two run folders, got 1"));
        assertTrue(MainTest.run("compare", a, tmp.resolve("nope").toString(), "--out", out.toString()).userError()
                .contains("not found"));
        assertTrue(MainTest.run("compare", a, a, "--indicators", "jobs_parc", "--out", out.toString()).userError()
                .contains("'jobs_parc'"));
        assertTrue(MainTest.run("compare", a, tmp.toString(), "--out", out.toString()).userError()
                .contains("indicators.csv not found"));
        assertTrue(MainTest.run("compare", "--scenarios", "baseline", "--out", out.toString()).userError()
                .contains("expected two scenarios"));
        assertTrue(MainTest.run("compare", "--scenarios", "baseline,nope", "--out", out.toString()).userError()
                .contains("nope"));
        assertTrue(MainTest.run("compare", a, a, "--seed", "3", "--out", out.toString()).userError()
                .contains("--seed goes with --scenarios"));
        assertTrue(MainTest.run("compare", a, "--scenarios", "baseline,export-shock", "--out", out.toString()).userError()
                .contains("not both"));
        assertTrue(MainTest.run("compare", "--scenarios", "baseline,export-shock", "--months", "0", "--out",
                out.toString()).userError().contains("--months"));
        assertFalse(Files.exists(out));
    }
}
