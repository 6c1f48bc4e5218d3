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
        assertFalse(Files.exists(out));
    }
}
